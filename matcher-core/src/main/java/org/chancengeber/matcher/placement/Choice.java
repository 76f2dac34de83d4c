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
package org.chancengeber.matcher.placement;

import static java.util.Objects.requireNonNull;

import org.chancengeber.matcher.model.Match;
import org.chancengeber.matcher.model.Readiness;

/**
 * One offer a person may be placed in: the parts of a {@link Match} a placement needs (not its
 * explanation, so that a cohort's options stay small in memory).
 *
 * @param rank the offer's 1-based rank in the person's own list
 * @param candidate the person's id
 * @param vacancy the offer's id
 * @param score the match's score
 * @param readiness ready now or reachable
 * @param readyInMonths months until the pathway is done
 */
public record Choice(
    String candidate,
    String vacancy,
    double score,
    Readiness readiness,
    int readyInMonths,
    int rank) {
  /** Creates a choice, checking that no component is null. */
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

  /**
   * {@return the choice a match offers}
   *
   * @param m the match
   */
  public static Choice of(Match m) {
    return new Choice(
        m.candidate(), m.vacancy(), m.score(), m.readiness(), m.readyInMonths(), m.rank());
  }
}
