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
package org.chancengeber.matcher.taxonomy;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.chancengeber.matcher.model.RequirementLevel;

/**
 * One position of the German Klassifikation der Berufe 2010 (KldB 2010).
 *
 * @param code 1 to 5 digits; its length is the level (Berufsbereich … Berufsgattung)
 * @param title the official title
 * @param shortTitle the official short title, or the title when none is given
 */
public record KldbEntry(String code, String title, String shortTitle) {
  /** Creates an entry, checking that no component is null. */
  public KldbEntry {
    requireNonNull(code, "code");
    requireNonNull(title, "title");
    requireNonNull(shortTitle, "shortTitle");
    if (!code.matches("\\d{1,5}")) {
      throw new IllegalArgumentException("KldB code (" + code + ") must have 1 to 5 digits");
    }
  }

  /** {@return 1 (Berufsbereich) to 5 (Berufsgattung): the number of digits} */
  public int level() {
    return code.length();
  }

  /** {@return the requirement level (5th digit) of a 5-digit code; empty for the upper levels} */
  public Optional<RequirementLevel> requirementLevel() {
    return code.length() == 5
        ? RequirementLevel.ofKldbDigit(code.charAt(4) - '0')
        : Optional.empty();
  }
}
