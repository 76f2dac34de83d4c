package org.chancengeber.matcher.model;

import static java.util.Objects.requireNonNull;

/** One step of a pathway, with its duration in whole months. */
public record PathwayStep(StepKind step, Message detail, int months) {
  public PathwayStep {
    requireNonNull(step, "step");
    requireNonNull(detail, "detail");
    if (months < 0) {
      throw new IllegalArgumentException("months (" + months + ") must not be negative");
    }
  }
}
