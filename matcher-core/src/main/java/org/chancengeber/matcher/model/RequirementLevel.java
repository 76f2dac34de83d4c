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
