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

import java.util.Locale;
import java.util.Optional;

/** Common European Framework of Reference levels, in ascending order. */
public enum Cefr {
  /** Breakthrough: basic user, first level. */
  A1,
  /** Waystage: basic user, second level. */
  A2,
  /** Threshold: independent user, first level. */
  B1,
  /** Vantage: independent user, second level. */
  B2,
  /** Effective operational proficiency: proficient user, first level. */
  C1,
  /** Mastery: proficient user, second level. */
  C2;

  /**
   * {@return the level named by {@code text} (case-insensitive), or empty when it is not a CEFR
   * level}
   *
   * @param text the level's name, e.g. {@code b1}
   */
  public static Optional<Cefr> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    return switch (text.trim().toUpperCase(Locale.ROOT)) {
      case "A1" -> Optional.of(A1);
      case "A2" -> Optional.of(A2);
      case "B1" -> Optional.of(B1);
      case "B2" -> Optional.of(B2);
      case "C1" -> Optional.of(C1);
      case "C2" -> Optional.of(C2);
      default -> Optional.empty();
    };
  }

  /**
   * {@return whether this level is {@code other} or higher}
   *
   * @param other the level to compare with
   */
  public boolean isAtLeast(Cefr other) {
    return compareTo(other) >= 0;
  }

  /**
   * {@return CEFR steps from this level up to {@code target}; 0 when this level already reaches it}
   *
   * @param target the level to reach
   */
  public int stepsTo(Cefr target) {
    return Math.max(0, target.ordinal() - ordinal());
  }
}
