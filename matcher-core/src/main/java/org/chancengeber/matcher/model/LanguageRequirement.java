package org.chancengeber.matcher.model;

import static java.util.Objects.requireNonNull;

/**
 * A minimum language level for an offer.
 *
 * @param essential when false, the level is welcome but its absence is no gap
 */
public record LanguageRequirement(String code, Cefr min, boolean essential) {
  public LanguageRequirement {
    requireNonNull(code, "code");
    requireNonNull(min, "min");
  }
}
