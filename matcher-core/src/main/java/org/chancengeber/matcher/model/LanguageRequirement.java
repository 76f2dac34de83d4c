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
