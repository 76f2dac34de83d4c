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
 * Exact scoring: fit first, every factor explained by the class that computes it.
 *
 * <p>{@link org.chancengeber.matcher.scoring.MatchScorer} is a facade over small parts: {@code
 * Preparation} resolves a person or an offer once; each {@code ScoreFactor} owns one factor's
 * value, its explanation and, for the fit factors, what phase one carries for it ({@link
 * org.chancengeber.matcher.scoring.PhaseOneTerms}); {@code ScoreFormula} combines the factors;
 * {@code Decision} asks the rules and the planner; {@link org.chancengeber.matcher.scoring.TopK}
 * collects the best {@code k}. Weights and constants come from a {@link
 * org.chancengeber.matcher.profile.ScoringProfile} (loadable from JSON, documented defaults).
 *
 * <p>The score is {@code fit × (1 − s + s × logistics) × (1 − e + e × sureness)}: logistics order
 * offers of similar fit and never lift an offer without fit above one with it; below a minimum fit
 * an offer is no match. The factors ({@link org.chancengeber.matcher.profile.FactorKind}), each in
 * [0, 1]:
 *
 * <ul>
 *   <li>fit — <b>skills</b>: {@code min(1, Σ share × value)} over the skills the offer asks for and
 *       the further skills of its occupation's ESCO profile. A skill's share is essential 2 or
 *       optional 1 × its specificity {@code ln(1 + N / n)} ({@code n} of the taxonomy's {@code N}
 *       occupations list it), normalised; the profile's skills weigh as if the advert named them,
 *       at most {@code occupationProfileShare}. The value is the person's best claim: 1 for the
 *       same concept, the taxonomy's similarity × 0.5 for a neighbour. Evidence does not count
 *       here.
 *   <li>fit — <b>experience</b> (the offer's occupation): years in it or a close one,
 *       qualifications by recognition, passed trials, EQ and TQ modules, combined as 1 − ∏(1 −
 *       similarity × strength), and the best of the occupations the person's skills point to
 *       ({@code OccupationInference}, with what the person stated they did as its prior, {@code
 *       inferencePrior}, and essential skills named with probability {@code
 *       inferenceEssentialShare}) at {@code inferredOccupationWeight}, its neighbours at their
 *       similarity × {@code inferredNeighbourWeight}.
 *   <li>fit — <b>preferences</b>: the offer's occupation close to a preferred one.
 *   <li>logistics — <b>language</b> (1 − 0.25 per CEFR step short), <b>distance</b> (p / (p + km)),
 *       <b>timing</b> (months until the pathway is done, without the trial that only proves
 *       self-reported skills, and lateness for the start), <b>support</b> (mentoring, language
 *       support, experience with refugees, weighted by the person's need), <b>offer type</b>.
 *   <li>sureness: the mean evidence of the person's claims; it scales all of that person's scores
 *       alike, so it orders people for an offer and never a person's offers.
 * </ul>
 *
 * <p>The rules ({@code RuleSet.evaluate}) and the pathway ({@code PathwayPlanner.plan}, given the
 * {@code SkillNeeds} this package computes) decide eligibility, readiness and the steps; offers
 * they exclude are left out with reasons. No factor can see protected attributes: the scorer takes
 * a {@code Candidate}, which has no path to {@code AuditAttributes}.
 *
 * <p>Every match carries an immutable {@code Explanation} tree whose messages render in English and
 * German ({@code scoring.*} keys in this package's {@code messages*.properties}).
 */
package org.chancengeber.matcher.scoring;
