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
 * Pathways: the steps that close the gaps between a person and an offer, with their durations, and
 * when the person is ready.
 *
 * <p>Start with {@link org.chancengeber.matcher.pathway.PathwayPlanner#germanDefaults()} and call
 * {@link org.chancengeber.matcher.pathway.PathwayPlanner#plan plan(candidate, vacancy, verdict,
 * needs, today, horizonMonths)} with the {@link org.chancengeber.matcher.rules.Verdict} of the
 * rules and the {@link org.chancengeber.matcher.pathway.SkillNeeds} the scorer found. The {@link
 * org.chancengeber.matcher.pathway.Pathway} holds the verdict's gaps and steps and the planner's
 * own:
 *
 * <ul>
 *   <li><b>Language</b>, per essential requirement the person does not meet: the integration course
 *       up to B1 (600 UE language + 100 UE orientation; taken module-wise, so only the UE up to the
 *       level needed) when none was completed, its literacy variant (900 + 100 UE) for people who
 *       cannot read and write or use another script, then one job-related course (DeuFöV, 400 UE;
 *       B1→B2 500 UE when a skill is still below B1) per CEFR level. Courses run one after another
 *       at {@code uePerWeek} (25).
 *   <li><b>Literacy</b> alone (300 UE): for people who cannot read and write, when their German is
 *       good enough but the offer needs written German (an essential German requirement, or
 *       training; never a practical trial), or before job-related courses; for people who use
 *       another script, before their first German course when it is a job-related one.
 *   <li><b>Practical trial</b> at the offer's employer, 1 month, when essential skills are only
 *       self-reported and there was no positive trial in the occupation yet (the seeds'
 *       "Vorkochen"). It makes the offer REACHABLE rather than READY_NOW.
 *   <li><b>EQ</b> (6 months) before an apprenticeship for people under 25 not yet ready for
 *       training (German below the offer's level, or no school certificate); it starts after the
 *       integration course and runs alongside job-related courses.
 *   <li><b>Qualification</b> for skilled jobs whose employer wants certificates ({@code
 *       acceptsWithoutCertificates == false}): recognition (3 months; pending 2; adaptation after
 *       partial recognition 6), else the validation procedure (25+, experience ≥ 1.5 × the regular
 *       training time), else TQ modules (25+, 2/3 of the training time over 6 modules, fewer when
 *       modules were completed), else unreachable (under 25: an apprenticeship).
 * </ul>
 *
 * <p>Permit, recognition, trial and driving-licence steps start at once; {@link
 * org.chancengeber.matcher.pathway.Pathway#readyInMonths()} is the longest chain (critical path).
 * Nothing to wait for ({@code readyInMonths == 0}: no steps, or only steps done while the offer
 * runs, such as extending a residence permit that ends during it): READY_NOW, with those steps
 * listed. Otherwise REACHABLE if {@code readyInMonths ≤ horizonMonths}, else {@link
 * org.chancengeber.matcher.pathway.Pathway#unreachable()} says why and the offer is left out of
 * rankings.
 *
 * <p>{@link org.chancengeber.matcher.pathway.PathwayPlanner#reachableLevel reachableLevel} gives
 * the highest level of a language reachable within the horizon, for retrieval filters; it uses the
 * same course chain as {@code plan}, so an offer whose essential minimum lies above it is one
 * {@code plan} calls unreachable.
 *
 * <p>The durations are data ({@code german-defaults.json} beside {@code PathwayPlanner}); {@link
 * org.chancengeber.matcher.pathway.PathwayPlanner#fromJson} reads changed ones.
 */
package org.chancengeber.matcher.pathway;
