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

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One problem with one input line: where it is and what is wrong. {@link #toString()} gives the
 * form printed for people, which never echoes an input value (a birth year, a date, coordinates,
 * free text, an audit value are personal data): {@code candidates.jsonl:17: languages[0].level: not
 * a CEFR level (A1..C2)}. {@link #detailed()} adds the offending value, for the rejects file (an
 * owner-only output): {@code candidates.jsonl:17: languages[0].level: "B3" is not a CEFR level
 * (A1..C2)}.
 *
 * @param source the file name (or another name for the stream)
 * @param line 1-based line number
 * @param field path of the field inside the line, e.g. {@code languages[0].level}; empty when the
 *     problem concerns the whole line
 * @param message what is wrong, without any input value
 * @param detail what is wrong, with the offending value where there is one (else {@code message})
 */
public record InputError(
    String source, long line, Optional<String> field, String message, String detail) {
  /**
   * Creates an input error, checking that no component is null and that {@code line} is at least 1.
   */
  public InputError {
    requireNonNull(source, "source");
    requireNonNull(field, "field");
    requireNonNull(message, "message");
    requireNonNull(detail, "detail");
    if (line < 1) {
      throw new IllegalArgumentException("line (" + line + ") must be at least 1");
    }
  }

  /**
   * A problem whose message shows no input value.
   *
   * @param source the file name (or another name for the stream)
   * @param line 1-based line number
   * @param field path of the field inside the line; empty for the whole line
   * @param message what is wrong, without any input value
   */
  public InputError(String source, long line, Optional<String> field, String message) {
    this(source, line, field, message, message);
  }

  static InputError of(String source, long line, String field, String message) {
    return of(source, line, field, message, message);
  }

  static InputError of(String source, long line, String field, String message, String detail) {
    return new InputError(
        source, line, field.isEmpty() ? Optional.empty() : Optional.of(field), message, detail);
  }

  /** {@code file:line: field: message}, without input values: for stderr and the terminal. */
  @Override
  public String toString() {
    return render(message);
  }

  /** {@return {@code file:line: field: detail}, with the offending value: for the rejects file} */
  public String detailed() {
    return render(detail);
  }

  private String render(String text) {
    return source + ":" + line + ": " + field.map(f -> f + ": ").orElse("") + text;
  }
}
