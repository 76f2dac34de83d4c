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

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * A completed (or ongoing, when {@code completed} is empty) measure.
 *
 * @param occupation the occupation it was for, where it has one
 * @param result free result text: a CEFR level for courses, POSITIVE/NEGATIVE for trials
 * @param type what kind of measure
 * @param completed when it ended; empty while it runs
 */
public record Measure(
    MeasureType type,
    Optional<ConceptRef> occupation,
    Optional<LocalDate> completed,
    Optional<String> result) {
  /** Creates a measure, checking that no component is null. */
  public Measure {
    requireNonNull(type, "type");
    requireNonNull(occupation, "occupation");
    requireNonNull(completed, "completed");
    requireNonNull(result, "result");
  }

  /** {@return whether the result says the measure went well (POSITIVE, PASSED, or a CEFR level)} */
  public boolean isPositive() {
    return result
        .map(r -> r.trim().toUpperCase(Locale.ROOT))
        .map(r -> r.equals("POSITIVE") || r.equals("PASSED") || Cefr.parse(r).isPresent())
        .orElse(false);
  }
}
