package org.chancengeber.matcher.model;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** EU driving licence classes (Fahrerlaubnisklassen). */
public enum DrivingLicence {
  AM,
  A1,
  A2,
  A,
  B,
  BE,
  C1,
  C1E,
  C,
  CE,
  D1,
  D1E,
  D,
  DE,
  L,
  T;

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

  /** Whether holding the classes in {@code held} entitles to drive with this class. */
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
