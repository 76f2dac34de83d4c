package org.chancengeber.matcher.model;

import static java.util.Objects.requireNonNull;

import org.chancengeber.matcher.check.Checks;

/**
 * A minimum language level for an offer.
 *
 * @param essential when false, the level is welcome but its absence is no gap
 * @param code ISO 639-1 language code, e.g. {@code de}
 * @param min the minimum level
 */
public record LanguageRequirement(String code, Cefr min, boolean essential) {
  /** Creates a requirement, checking that no component is null. */
  public LanguageRequirement {
    Checks.languageCode("code", requireNonNull(code, "code"));
    requireNonNull(min, "min");
  }
}
