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
package org.chancengeber.matcher.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One ranked pairing of a person and an offer, with everything that explains it.
 *
 * @param rank 1-based rank within its list (offers for a person, or people for an offer)
 * @param score in [0, 1]
 * @param readyInMonths months until the pathway's steps are done; 0 when ready now
 * @param explanation the full tree behind {@code score}
 * @param candidate the person's id
 * @param vacancy the offer's id
 * @param readiness ready now or reachable within the horizon
 * @param factors the scoring factors, each with its detail
 * @param gaps the gaps between person and offer
 * @param pathway the steps from the person to the offer
 */
public record Match(
    String candidate,
    int rank,
    String vacancy,
    double score,
    Readiness readiness,
    int readyInMonths,
    List<Factor> factors,
    List<Gap> gaps,
    List<PathwayStep> pathway,
    Explanation explanation) {
  /** Creates a match, checking that no component is null and copying the lists. */
  public Match {
    requireNonNull(candidate, "candidate");
    requireNonNull(vacancy, "vacancy");
    requireNonNull(readiness, "readiness");
    requireNonNull(explanation, "explanation");
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score (" + score + ") not in [0, 1]");
    }
    factors = List.copyOf(factors);
    gaps = List.copyOf(gaps);
    pathway = List.copyOf(pathway);
  }

  /**
   * The same match at another rank.
   *
   * @param newRank the rank, at least 1
   * @return the same match at {@code newRank}
   */
  public Match withRank(int newRank) {
    return new Match(
        candidate,
        newRank,
        vacancy,
        score,
        readiness,
        readyInMonths,
        factors,
        gaps,
        pathway,
        explanation);
  }
}
