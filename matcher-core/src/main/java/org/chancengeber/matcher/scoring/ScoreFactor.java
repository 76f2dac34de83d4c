/*
 * Copyright 2026 The Chancengeber authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
