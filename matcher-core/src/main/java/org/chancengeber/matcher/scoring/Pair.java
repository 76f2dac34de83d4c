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

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.chancengeber.matcher.pathway.Pathway;

/**
 * What the factors know of one person and one offer beyond the two: the day, the distance, and the
 * pathway once the rules and the planner have been asked ({@link Pathway#READY} before: timing is
 * then its upper bound).
 *
 * @param readyMonths the months the timing factor counts (the pathway's, without the trial that
 *     only proves self-reported skills)
 * @param coverage the ranking's memo of how much of each occupation's profile the person covers
 */
record Pair(
    LocalDate today, double km, int readyMonths, Pathway pathway, ProfileCoverage coverage) {
  Pair {
    requireNonNull(today, "today");
    requireNonNull(pathway, "pathway");
    requireNonNull(coverage, "coverage");
  }

  /** Before rules and planner: no waiting time, the best timing can be. */
  static Pair bound(LocalDate today, double km, ProfileCoverage coverage) {
    return new Pair(today, km, 0, Pathway.READY, coverage);
  }

  /** After rules and planner: the pathway's months, without the trial that only proves skills. */
  static Pair decided(LocalDate today, double km, Pathway p) {
    return new Pair(today, km, p.monthsExceptProof(), p, new ProfileCoverage());
  }
}
