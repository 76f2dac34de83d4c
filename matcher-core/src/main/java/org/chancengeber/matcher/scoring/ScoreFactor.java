package org.chancengeber.matcher.scoring;

import org.chancengeber.matcher.profile.FactorKind;

/**
 * One factor of the score, owning its value, its explanation and (for the fit factors) what phase
 * one carries for it, side by side, as Lucene's {@code SimScorer} holds {@code score} and {@code
 * explain}. Implementations are stateless apart from the profile and taxonomy; thread-safe.
 */
interface ScoreFactor {
  FactorKind kind();

  /** The factor's value for the pair, in [0, 1]; the hot path. */
  double value(PreparedCandidate pc, PreparedVacancy pv, Pair pair);

  /** Why the factor has {@code value} for the pair. */
  Explained explain(PreparedCandidate pc, PreparedVacancy pv, Pair pair, double value);
}
