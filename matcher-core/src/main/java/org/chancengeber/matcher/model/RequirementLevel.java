package org.chancengeber.matcher.model;

import java.util.Optional;

/** KldB 2010 requirement level (Anforderungsniveau): the 5th digit of a 5-digit code. */
public enum RequirementLevel {
  HELPER(1),
  SKILLED(2),
  SPECIALIST(3),
  EXPERT(4);

  private final int kldbDigit;

  RequirementLevel(int kldbDigit) {
    this.kldbDigit = kldbDigit;
  }

  public int kldbDigit() {
    return kldbDigit;
  }

  public static Optional<RequirementLevel> ofKldbDigit(int digit) {
    for (RequirementLevel l : values()) {
      if (l.kldbDigit == digit) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
