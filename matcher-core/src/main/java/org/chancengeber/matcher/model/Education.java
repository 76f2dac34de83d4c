/*
 * Copyright 2026 The Chancengeber authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
