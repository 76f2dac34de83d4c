package org.chancengeber.matcher.model;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A person's level in one language: an overall CEFR level, optionally refined per dimension.
 *
 * @param code ISO 639-1 (or 639-3) language code, lower case, e.g. {@code de}
 * @param level overall level
 * @param dimensions levels per dimension where they were given (may be empty)
 * @param nativeSpeaker whether this is a first language
 */
public record LanguageLevel(
    String code, Cefr level, Map<LanguageDimension, Cefr> dimensions, boolean nativeSpeaker) {

  public LanguageLevel {
    requireNonNull(code, "code");
    requireNonNull(level, "level");
    dimensions =
        dimensions.isEmpty()
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new EnumMap<>(dimensions));
  }

  public static LanguageLevel of(String code, Cefr level) {
    return new LanguageLevel(code, level, Map.of(), false);
  }

  /** The level for {@code dimension}, falling back to the overall level. */
  public Cefr level(LanguageDimension dimension) {
    return Optional.ofNullable(dimensions.get(dimension)).orElse(level);
  }

  /** The weakest of the overall level and all given dimensions. */
  public Cefr weakest() {
    Cefr min = level;
    for (Cefr c : dimensions.values()) {
      if (c.compareTo(min) < 0) {
        min = c;
      }
    }
    return min;
  }
}
