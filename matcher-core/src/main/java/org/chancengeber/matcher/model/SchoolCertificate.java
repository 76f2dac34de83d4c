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
