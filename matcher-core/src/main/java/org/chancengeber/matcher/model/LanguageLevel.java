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

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.chancengeber.matcher.check.Checks;

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

  /** Creates a language level, checking that no component is null and copying the map. */
  public LanguageLevel {
    Checks.languageCode("code", requireNonNull(code, "code"));
    requireNonNull(level, "level");
    dimensions =
        dimensions.isEmpty()
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new EnumMap<>(dimensions));
  }

  /**
   * {@return a level, the same in every dimension}
   *
   * @param code ISO 639-1 language code, e.g. {@code de}
   * @param level the CEFR level
   */
  public static LanguageLevel of(String code, Cefr level) {
    return new LanguageLevel(code, level, Map.of(), false);
  }

  /**
   * {@return the level for {@code dimension}, falling back to the overall level}
   *
   * @param dimension reading, writing, speaking or listening
   */
  public Cefr level(LanguageDimension dimension) {
    return Optional.ofNullable(dimensions.get(dimension)).orElse(level);
  }

  /** {@return the weakest of the overall level and all given dimensions} */
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
