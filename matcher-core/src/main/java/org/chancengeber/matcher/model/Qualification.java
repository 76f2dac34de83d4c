package org.chancengeber.matcher.model;

import static java.util.Objects.requireNonNull;

/**
 * A vocational or academic qualification for an occupation.
 *
 * @param documents whether the person holds documents proving it
 * @param occupation the occupation it qualifies for
 * @param recognition how far it is recognised in Germany
 */
public record Qualification(ConceptRef occupation, Recognition recognition, boolean documents) {
  /** Creates a qualification, checking that no component is null. */
  public Qualification {
    requireNonNull(occupation, "occupation");
    requireNonNull(recognition, "recognition");
  }
}
