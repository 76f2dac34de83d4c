package org.chancengeber.matcher.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Why an offer is not eligible for a person: the rules that excluded it, in plain language.
 *
 * @param candidate the person's id
 * @param vacancy the offer's id
 * @param reasons why the offer is left out
 */
public record Exclusion(String candidate, String vacancy, List<Message> reasons) {
  /** Creates an exclusion, checking that no component is null and copying the reasons. */
  public Exclusion {
    requireNonNull(candidate, "candidate");
    requireNonNull(vacancy, "vacancy");
    reasons = List.copyOf(reasons);
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("an exclusion needs at least one reason");
    }
  }
}
