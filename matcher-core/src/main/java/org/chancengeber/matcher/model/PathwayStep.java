package org.chancengeber.matcher.model;

import static java.util.Objects.requireNonNull;

/**
 * One step of a pathway, with its duration in whole months.
 *
 * @param step what kind of step
 * @param detail the step in plain language
 * @param months how long it takes, whole months
 */
public record PathwayStep(StepKind step, Message detail, int months) {
  /** Creates a step, checking that no component is null and {@code months} is not negative. */
  public PathwayStep {
    requireNonNull(step, "step");
    requireNonNull(detail, "detail");
    if (months < 0) {
      throw new IllegalArgumentException("months (" + months + ") must not be negative");
    }
  }
}
