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
