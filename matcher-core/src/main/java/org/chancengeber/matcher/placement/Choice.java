package org.chancengeber.matcher.placement;

import static java.util.Objects.requireNonNull;

import org.chancengeber.matcher.model.Match;
import org.chancengeber.matcher.model.Readiness;

/**
 * One offer a person may be placed in: the parts of a {@link Match} a placement needs (not its
 * explanation, so that a cohort's options stay small in memory).
 *
 * @param rank the offer's 1-based rank in the person's own list
 */
public record Choice(
    String candidate,
    String vacancy,
    double score,
    Readiness readiness,
    int readyInMonths,
    int rank) {
  public Choice {
    requireNonNull(candidate, "candidate");
    requireNonNull(vacancy, "vacancy");
    requireNonNull(readiness, "readiness");
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score (" + score + ") not in [0, 1]");
    }
    if (rank < 1) {
      throw new IllegalArgumentException("rank (" + rank + ") must be positive");
    }
  }

  /** The choice a match offers. */
  public static Choice of(Match m) {
    return new Choice(
        m.candidate(), m.vacancy(), m.score(), m.readiness(), m.readyInMonths(), m.rank());
  }
}
