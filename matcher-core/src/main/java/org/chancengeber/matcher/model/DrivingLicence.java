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
import java.util.Set;

/** EU driving licence classes (Fahrerlaubnisklassen). */
public enum DrivingLicence {
  /** Mopeds and light quadricycles. */
  AM,
  /** Light motorcycles up to 125 cm³. */
  A1,
  /** Motorcycles up to 35 kW. */
  A2,
  /** Motorcycles. */
  A,
  /** Cars up to 3.5 t. */
  B,
  /** Cars with a trailer. */
  BE,
  /** Medium lorries up to 7.5 t. */
  C1,
  /** Medium lorries with a trailer. */
  C1E,
  /** Lorries over 3.5 t. */
  C,
  /** Lorries with a trailer. */
  CE,
  /** Minibuses up to 16 passengers. */
  D1,
  /** Minibuses with a trailer. */
  D1E,
  /** Buses. */
  D,
  /** Buses with a trailer. */
  DE,
  /** Agricultural and forestry tractors up to 40 km/h. */
  L,
  /** Agricultural and forestry tractors up to 60 km/h. */
  T;

  /**
   * {@return the class named by {@code text} (case-insensitive), or empty when it names none}
   *
   * @param text the class's name, e.g. {@code C1E}
   */
  public static Optional<DrivingLicence> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * {@return whether holding the classes in {@code held} entitles to drive with this class}
   *
   * @param held the classes a person holds
   */
  public boolean isCoveredBy(Set<DrivingLicence> held) {
    if (held.contains(this)) {
      return true;
    }
    return switch (this) {
      case AM -> held.contains(A1) || held.contains(A2) || held.contains(A) || held.contains(B);
      case A1 -> held.contains(A2) || held.contains(A);
      case A2 -> held.contains(A);
      case B -> held.contains(BE) || held.contains(C1) || held.contains(C) || held.contains(CE);
      case C1 -> held.contains(C) || held.contains(CE) || held.contains(C1E);
      case C -> held.contains(CE);
      case C1E -> held.contains(CE);
      case D1 -> held.contains(D) || held.contains(DE) || held.contains(D1E);
      case D -> held.contains(DE);
      case D1E -> held.contains(DE);
      case L -> held.contains(T) || held.contains(B);
      default -> false;
    };
  }
}
