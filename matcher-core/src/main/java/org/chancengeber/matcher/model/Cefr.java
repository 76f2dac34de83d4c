package org.chancengeber.matcher.model;

import java.util.Locale;
import java.util.Optional;

/** Common European Framework of Reference levels, in ascending order. */
public enum Cefr {
  A1,
  A2,
  B1,
  B2,
  C1,
  C2;

  /** The level named by {@code text} (case-insensitive), or empty when it is not a CEFR level. */
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

  public boolean isAtLeast(Cefr other) {
    return compareTo(other) >= 0;
  }

  /** CEFR steps from this level up to {@code target}; 0 when this level already reaches it. */
  public int stepsTo(Cefr target) {
    return Math.max(0, target.ordinal() - ordinal());
  }
}
