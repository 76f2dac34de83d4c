package org.chancengeber.matcher.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * Protected attributes (gender, nationality, ...) kept for fairness reports only.
 *
 * <p>This type is deliberately not reachable from {@link Candidate}: the scoring code receives a
 * {@code Candidate} and so has no path to these values. Only {@link CandidateRecord} pairs the two.
 *
 * @param values attribute name to value, e.g. {@code gender} to {@code female}
 */
public record AuditAttributes(Map<String, String> values) {
  public static final AuditAttributes NONE = new AuditAttributes(Map.of());

  /** Creates the attributes, copying the map. */
  public AuditAttributes {
    values = java.util.Collections.unmodifiableMap(new TreeMap<>(values));
  }
}
