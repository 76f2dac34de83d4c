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
 * Eligibility as rules, not weights: may this person take this offer, and which legal steps lift a
 * block?
 *
 * <p>Start with {@link org.chancengeber.matcher.rules.RuleSet#germanDefaults()} and call {@link
 * org.chancengeber.matcher.rules.RuleSet#evaluate evaluate(candidate, vacancy, today)}. The {@link
 * org.chancengeber.matcher.rules.Verdict} says
 *
 * <ul>
 *   <li>{@code exclusions}: why the offer is impossible (each a message in English and German);
 *   <li>{@code gaps} and {@code steps}: what stands in the way and the step that closes it, with
 *       its months (apply for a work permit, extend the residence permit, driving licence, ...).
 * </ul>
 *
 * <p>{@link org.chancengeber.matcher.rules.RuleSet#possibleTypes possibleTypes(candidate, today)}
 * lists the offer types that can be eligible at all; it is a retrieval filter and never leaves out
 * a type that {@code evaluate} would accept for some offer.
 *
 * <h2>What the rules check, in order</h2>
 *
 * <ol>
 *   <li><b>Permission to work</b>: the profile's {@code residence.workPermission}, or else the
 *       status's {@code workPermission} in the rule file ({@code allowedTypes} make single offer
 *       types free, e.g. the apprenticeship for an Ausbildungsduldung). {@code BANNED} excludes
 *       everything but offers up to the type's {@code permitFreeUpToWeeks} (a MAG practical trial,
 *       §45 SGB III). {@code APPROVAL_REQUIRED} adds a WORK_PERMIT gap and step, except for offers
 *       up to {@code permissionOnlyUpToWeeks} (orientation internships: the immigration office's
 *       permission only). The step takes {@code monthsWithApproval} where the type needs the
 *       employment agency's approval ({@code baApproval}) and the stay is shorter than {@code
 *       approvalFreeAfterMonths}, else {@code monthsWithoutApproval}.
 *   <li><b>Waiting periods</b>: {@code bannedForFirstMonths} after {@code residence.since}
 *       (Aufenthaltsgestattung: 3 months) turns the permit step into "wait until, then apply";
 *       {@code trainingToleration} (Ausbildungsduldung: 3 months of Duldung, identity clarified)
 *       and {@code employmentToleration} (Beschäftigungsduldung: prior work in Germany, hours,
 *       entry date) choose the permit step's wording and timing.
 *   <li><b>Permit dates</b>: a residence permit that ends before the offer does (open-ended offers:
 *       within {@code openEndedOfferMonths}) is a PERMIT_EXPIRY gap with an extension step, never a
 *       silent pass; statuses with {@code renewable: false} (§104c) need a follow-on title.
 *   <li><b>Age</b> (on {@code today}): {@code minAge}/{@code maxAge} exclude; {@code
 *       priorityBelowAge} (EQ: 25) only shows an AGE gap.
 *   <li><b>Hours</b>: below the type's {@code minHoursPerWeek} (EQ: 20) excludes; below the offer's
 *       hours is a gap or an exclusion as {@code hours.action} says.
 *   <li><b>Start date</b>: available after the offer starts excludes unless within {@code
 *       startDate.toleranceDays} (then a gap).
 *   <li><b>Driving licence</b> and <b>school certificate</b> the offer requires: a gap with a step
 *       of the configured months, or an exclusion, as their {@code action} says.
 * </ol>
 *
 * <h2>Rule files</h2>
 *
 * {@link org.chancengeber.matcher.rules.RuleSet#fromJson(java.nio.file.Path)} reads a rule set in
 * the format of the bundled {@code german-defaults.json} (documented field by field in {@code
 * docs/rules.md}): copy it, change what the law or your policy changed, load it. Every field is
 * checked; a file that cannot be used throws a {@link
 * org.chancengeber.matcher.rules.RuleFileException} naming file, line, field path and reason.
 *
 * <p>A {@code RuleSet} is immutable and thread-safe. {@code evaluate} works from tables computed
 * when the rules were loaded and returns the shared {@link
 * org.chancengeber.matcher.rules.Verdict#ELIGIBLE} when no rule applies.
 */
package org.chancengeber.matcher.rules;
