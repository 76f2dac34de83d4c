package org.chancengeber.matcher.model;

import static java.util.Objects.requireNonNull;

import java.util.OptionalInt;

/**
 * Formal education.
 *
 * @param isced highest ISCED 2011 level attained (0..8), where known
 * @param germanSchoolCertificate German school certificate or recognised equivalent
 */
public record Education(OptionalInt isced, SchoolCertificate germanSchoolCertificate) {
  public static final Education UNKNOWN =
      new Education(OptionalInt.empty(), SchoolCertificate.NONE);

  /** Creates the education, checking that no component is null. */
  public Education {
    requireNonNull(isced, "isced");
    requireNonNull(germanSchoolCertificate, "germanSchoolCertificate");
    if (isced.isPresent() && (isced.getAsInt() < 0 || isced.getAsInt() > 8)) {
      throw new IllegalArgumentException("isced (" + isced.getAsInt() + ") must be in 0..8");
    }
  }
}
