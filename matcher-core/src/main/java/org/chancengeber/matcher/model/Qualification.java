package org.chancengeber.matcher.model;

import static java.util.Objects.requireNonNull;

/**
 * A vocational or academic qualification for an occupation.
 *
 * @param documents whether the person holds documents proving it
 */
public record Qualification(ConceptRef occupation, Recognition recognition, boolean documents) {
  public Qualification {
    requireNonNull(occupation, "occupation");
    requireNonNull(recognition, "recognition");
  }
}
