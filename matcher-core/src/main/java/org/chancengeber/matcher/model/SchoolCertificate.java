package org.chancengeber.matcher.model;

/** German school-leaving certificates (or recognised equivalents), in ascending order. */
public enum SchoolCertificate {
  /** No school certificate. */
  NONE,
  /** Hauptschulabschluss (lower secondary). */
  HAUPTSCHULE,
  /** Mittlere Reife (intermediate secondary). */
  MITTLERE_REIFE,
  /** Abitur (higher education entrance qualification). */
  ABITUR;

  /**
   * {@return whether this certificate is {@code other} or higher}
   *
   * @param other the certificate to compare with
   */
  public boolean isAtLeast(SchoolCertificate other) {
    return compareTo(other) >= 0;
  }
}
