package org.chancengeber.matcher.rules;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.model.Vacancy;

/**
 * Eligibility rules as data: residence status × offer type × permit dates, waiting periods, age
 * rules, licences, hours, start dates. (Skeleton: being built under issue 5.)
 */
public final class RuleSet {
  private RuleSet() {}

  /** The default German rules (DOMAIN.md). */
  public static RuleSet germanDefaults() {
    return new RuleSet();
  }

  /** The legal verdict for one person and one offer on {@code today}. */
  public Verdict evaluate(Candidate candidate, Vacancy vacancy, LocalDate today) {
    return Verdict.ELIGIBLE;
  }

  /** Offer types that can be eligible for this person at all, for retrieval filters. */
  public Set<OfferType> possibleTypes(Candidate candidate, LocalDate today) {
    return EnumSet.allOf(OfferType.class);
  }
}
