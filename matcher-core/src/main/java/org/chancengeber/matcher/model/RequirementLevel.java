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

import java.util.Optional;

/** KldB 2010 requirement level (Anforderungsniveau): the 5th digit of a 5-digit code. */
public enum RequirementLevel {
  /** Helper tasks (KldB level 1). */
  HELPER(1),
  /** Skilled work, a vocational qualification (KldB level 2). */
  SKILLED(2),
  /** Complex specialist work, a master craftsman or bachelor level (KldB level 3). */
  SPECIALIST(3),
  /** Highly complex expert work, a university degree (KldB level 4). */
  EXPERT(4);

  private final int kldbDigit;

  RequirementLevel(int kldbDigit) {
    this.kldbDigit = kldbDigit;
  }

  /** {@return the 5th digit of a KldB code for this level, 1..4} */
  public int kldbDigit() {
    return kldbDigit;
  }

  /**
   * {@return the level of a KldB code's 5th digit, where mapped}
   *
   * @param digit the digit
   */
  public static Optional<RequirementLevel> ofKldbDigit(int digit) {
    for (RequirementLevel l : values()) {
      if (l.kldbDigit == digit) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
