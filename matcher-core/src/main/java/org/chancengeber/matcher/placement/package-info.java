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
/**
 * Placing a cohort: who gets which place, so that no offer takes more people than its {@code
 * places}.
 *
 * <p><b>Formulation.</b> Like GeoMatch (Bansak et al., Science 2018: a predicted employment
 * probability per family × location, then an assignment that maximises the sum under each
 * location's capacity) and Annie™ MOORE (Trapp et al., HIAS since 2018: an integer program over
 * predicted outcomes with the affiliates' capacities as constraints), the matching score stands for
 * the predicted outcome of a pair, and the placement is the assignment problem
 *
 * <pre>
 *   maximise  Σ score(p, o) · x(p, o)
 *   so that   Σ_o x(p, o) ≤ 1           each person at most one offer
 *             Σ_p x(p, o) ≤ places(o)    no offer over its places
 *             x(p, o) ∈ {0, 1}, and x(p, o) = 0 unless o is eligible for p (READY_NOW or
 *             REACHABLE; READY_NOW only with {@code readyNowOnly})
 * </pre>
 *
 * whose constraint matrix is totally unimodular, so it is solved exactly as a min-cost flow (source
 * → person → offer → sink) rather than as an integer program. Its edges are each person's own
 * ranked list (the best {@code k} eligible offers, the same as {@code match}): the placement is
 * optimal over those lists. We place a batch at once, which is Annie MOORE's static case; its
 * dynamic version (Ahani et al., 2021: arrivals over the year, > 98 % of the hindsight optimum
 * against &lt; 90 % for greedy) and its multidimensional capacities (housing, language support) are
 * not modelled — offers have one capacity, their places.
 *
 * <p><b>Objectives</b> ({@link org.chancengeber.matcher.placement.Objective}): {@code TOTAL}
 * maximises the sum of scores; {@code FAIR} first the number of people placed, then the worst-off
 * placed person's score, then the total (lexicographic). {@link
 * org.chancengeber.matcher.placement.Placer#greedy} is the best-pair-first practice for comparison.
 *
 * <p><b>Solver.</b> Successive shortest paths with early-terminated Dijkstra on reduced costs
 * ({@code TransportFlow}, exact {@code long} arithmetic, scores to a millionth) and Dinic's maximum
 * flow for the cardinality steps of {@code FAIR} ({@code MostPlaced}). We measured JGraphT 1.5.3's
 * {@code CapacityScalingMinimumCostFlow} at 88 s for 10,000 people × 10 offers each over 5,000
 * offers with 20,000 places (this solver: 2 s, same optimum); OR-Tools would add platform-specific
 * native libraries to a pure-Java library. Tests check the solver against brute force on random
 * small cohorts and against JGraphT on larger ones.
 *
 * <p>Ties between placements of equal value break by the order people were added in, so the same
 * input always gives the same placement.
 */
package org.chancengeber.matcher.placement;
