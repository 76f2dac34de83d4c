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
