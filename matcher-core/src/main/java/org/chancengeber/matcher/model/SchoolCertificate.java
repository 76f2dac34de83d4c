package org.chancengeber.matcher.model;

/** German school-leaving certificates (or recognised equivalents), in ascending order. */
public enum SchoolCertificate {
  NONE,
  HAUPTSCHULE,
  MITTLERE_REIFE,
  ABITUR;

  public boolean isAtLeast(SchoolCertificate other) {
    return compareTo(other) >= 0;
  }
}
