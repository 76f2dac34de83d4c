package org.chancengeber.matcher.pathway;

import java.time.LocalDate;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.rules.Verdict;

/**
 * Turns gaps into ordered steps with durations (language courses, trials, EQ, TQ, recognition,
 * validation, permits). (Skeleton: being built under issue 5.)
 */
public final class PathwayPlanner {
  private PathwayPlanner() {}

  /** Durations and paces from DOMAIN.md. */
  public static PathwayPlanner germanDefaults() {
    return new PathwayPlanner();
  }

  /** The pathway from {@code candidate} to {@code vacancy}, within {@code horizonMonths}. */
  public Pathway plan(
      Candidate candidate,
      Vacancy vacancy,
      Verdict verdict,
      SkillNeeds needs,
      LocalDate today,
      int horizonMonths) {
    return Pathway.READY;
  }

  /**
   * The highest level of {@code languageCode} the person can reach within {@code horizonMonths},
   * for retrieval filters.
   */
  public Cefr reachableLevel(Candidate candidate, String languageCode, int horizonMonths) {
    return Cefr.C2;
  }
}
