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
