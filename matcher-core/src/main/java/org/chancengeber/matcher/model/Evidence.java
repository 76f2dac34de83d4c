package org.chancengeber.matcher.model;

/** How well a skill claim is backed, weakest first. */
public enum Evidence {
  SELF_REPORTED,
  ASSESSED,
  PRACTICAL_TRIAL,
  EMPLOYER_REFERENCE,
  CERTIFICATE,
  RECOGNISED;

  public boolean isAtLeast(Evidence other) {
    return compareTo(other) >= 0;
  }
}
