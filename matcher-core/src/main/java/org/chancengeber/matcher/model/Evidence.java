package org.chancengeber.matcher.model;

/** How well a skill claim is backed, weakest first. */
public enum Evidence {
  /** Only the person says so. */
  SELF_REPORTED,
  /** Assessed, e.g. in a skills assessment. */
  ASSESSED,
  /** Shown in a practical trial. */
  PRACTICAL_TRIAL,
  /** An employer's reference. */
  EMPLOYER_REFERENCE,
  /** A certificate. */
  CERTIFICATE,
  /** A qualification recognised in Germany. */
  RECOGNISED;

  /**
   * {@return whether this evidence is {@code other} or stronger}
   *
   * @param other the evidence to compare with
   */
  public boolean isAtLeast(Evidence other) {
    return compareTo(other) >= 0;
  }
}
