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
package org.chancengeber.matcher.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.chancengeber.matcher.taxonomy.ConceptType;

/** Collects the errors and warnings of one line while it is mapped, with the read options. */
final class Problems {
  private final String source;
  private final ReadOptions options;
  private final LocalDate today;
  private long line;
  private final List<InputError> errors = new ArrayList<>();
  private final List<InputError> warnings = new ArrayList<>();

  Problems(String source, ReadOptions options) {
    this.source = source;
    this.options = options;
    this.today = options.today();
  }

  void reset(long newLine) {
    this.line = newLine;
    errors.clear();
    warnings.clear();
  }

  /** An error whose message shows no input value. */
  void error(String field, String message) {
    errors.add(InputError.of(source, line, field, message));
  }

  /**
   * An error about a value: {@code message} for stderr, without it; {@code detail}, with it, for
   * the rejects file.
   */
  void error(String field, String message, String detail) {
    errors.add(InputError.of(source, line, field, message, detail));
  }

  /**
   * An error about {@code shown} (a value as {@link Values} renders it): {@code reason} for stderr,
   * "VALUE is REASON" in the detail.
   */
  void invalid(String field, String shown, String reason) {
    error(field, reason, shown + " is " + reason);
  }

  /** "expected WHAT, got KIND" for stderr; the value itself in the detail. */
  void expected(String field, String what, JsonNode got) {
    error(
        field,
        "expected " + what + ", got " + Values.kind(got),
        "expected " + what + ", got " + Values.show(got));
  }

  void warn(String field, String message) {
    warnings.add(InputError.of(source, line, field, message));
  }

  void warn(String field, String message, String detail) {
    warnings.add(InputError.of(source, line, field, message, detail));
  }

  boolean hasErrors() {
    return !errors.isEmpty();
  }

  List<InputError> errors() {
    return errors;
  }

  List<InputError> warnings() {
    return warnings;
  }

  /** "Today" for date-relative checks, fixed when the reader was opened. */
  LocalDate today() {
    return today;
  }

  /** Warns when a taxonomy is configured and does not know {@code uri} as a {@code type}. */
  void checkConcept(FieldPath field, String uri, ConceptType type) {
    options
        .taxonomy()
        .ifPresent(
            t -> {
              boolean known =
                  type == ConceptType.OCCUPATION
                      ? t.occupation(uri).isPresent()
                      : t.skill(uri).isPresent() || t.skillGroup(uri).isPresent();
              if (!known) {
                String reason =
                    "not "
                        + (type == ConceptType.OCCUPATION ? "an occupation" : "a skill")
                        + " in the taxonomy";
                warn(field.toString(), reason, Values.quote(uri) + " is " + reason);
              }
            });
  }
}
