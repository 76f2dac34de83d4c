package org.chancengeber.matcher.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** Why an offer is not eligible for a person: the rules that excluded it, in plain language. */
public record Exclusion(String candidate, String vacancy, List<Message> reasons) {
  public Exclusion {
    requireNonNull(candidate, "candidate");
    requireNonNull(vacancy, "vacancy");
    reasons = List.copyOf(reasons);
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("an exclusion needs at least one reason");
    }
  }
}
