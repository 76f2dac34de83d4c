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

import java.util.List;
import java.util.Optional;

/**
 * What became of one non-blank input line: accepted (with any warnings) or rejected (with its
 * reasons). Every non-blank line yields exactly one result, so nothing is lost.
 *
 * @param <T> the record type read
 */
public sealed interface LineResult<T> {

  /** {@return 1-based line number in the input} */
  long line();

  /**
   * A line that became a value; warnings (unknown fields, unknown concept ids) do not reject.
   *
   * @param <T> the type of the value
   * @param line 1-based line number
   * @param value what the line became
   * @param warnings problems that did not reject the line
   */
  record Accepted<T>(long line, T value, List<InputError> warnings) implements LineResult<T> {
    /** Creates an accepted line, checking the components and copying the warnings. */
    public Accepted {
      requireNonNull(value, "value");
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * A line that was rejected, with every reason found; the line's warnings follow its errors (a
   * misspelt field name explains the "required field is missing" next to it).
   *
   * @param id the line's id, where it could be read
   * @param <T> the type the line would have become
   * @param line 1-based line number
   * @param errors every reason found, then the line's warnings
   */
  record Rejected<T>(long line, Optional<String> id, List<InputError> errors)
      implements LineResult<T> {
    /** Creates a rejected line, checking the components and copying the errors. */
    public Rejected {
      requireNonNull(id, "id");
      errors = List.copyOf(errors);
      if (errors.isEmpty()) {
        throw new IllegalArgumentException("a rejected line needs at least one error");
      }
    }
  }
}
