package org.chancengeber.matcher.io;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One problem with one input line: where it is and what is wrong, with the offending value and what
 * was expected. {@link #toString()} gives the form printed for people: {@code candidates.jsonl:17:
 * languages[0].level: "B3" is not a CEFR level (A1..C2)}.
 *
 * @param source the file name (or another name for the stream)
 * @param line 1-based line number
 * @param field path of the field inside the line, e.g. {@code languages[0].level}; empty when the
 *     problem concerns the whole line
 * @param message what is wrong
 */
public record InputError(String source, long line, Optional<String> field, String message) {
  public InputError {
    requireNonNull(source, "source");
    requireNonNull(field, "field");
    requireNonNull(message, "message");
    if (line < 1) {
      throw new IllegalArgumentException("line (" + line + ") must be at least 1");
    }
  }

  static InputError of(String source, long line, String field, String message) {
    return new InputError(
        source, line, field.isEmpty() ? Optional.empty() : Optional.of(field), message);
  }

  @Override
  public String toString() {
    return source + ":" + line + ": " + field.map(f -> f + ": ").orElse("") + message;
  }
}
