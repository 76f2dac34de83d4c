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
 * An occupation.
 *
 * @param uri ESCO concept URI
 * @param iscoGroup ISCO-08 unit group (4 digits), may be empty when unknown
 * @param kldb KldB 2010 5-digit code, where mapped
 * @param broader broader occupation URI in the ESCO hierarchy, where any
 * @param labels the labels by language
 */
public record Occupation(
    String uri, String iscoGroup, Optional<String> kldb, Labels labels, Optional<String> broader) {
  /** Creates an occupation, checking that no component is null. */
  public Occupation {
    requireNonNull(uri, "uri");
    requireNonNull(iscoGroup, "iscoGroup");
    requireNonNull(kldb, "kldb");
    requireNonNull(labels, "labels");
    requireNonNull(broader, "broader");
  }

  /** {@return requirement level from the 5th digit of the KldB code, where mapped} */
  public Optional<RequirementLevel> requirementLevel() {
    return kldb.filter(k -> k.length() == 5)
        .flatMap(k -> RequirementLevel.ofKldbDigit(k.charAt(4) - '0'));
  }
}
