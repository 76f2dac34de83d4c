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
package org.chancengeber.matcher.index;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.GeoPoint;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.scoring.LogisticsBound;

/**
 * Phase one of ranking offers for a person: filters and term weights, as the engine derives them
 * from the prepared person and the scoring profile, computed once per request. The index turns it
 * into Lucene queries whose score is the weighted sum of the terms carried here (the first stage)
 * or of the floor's weights (the second); it does no scoring of its own and calls nothing back.
 *
 * @param point where the person lives
 * @param radiusKm only offers at most this far (a little more than the person's travel distance)
 * @param types offer types the rules allow at all
 * @param reachable highest level the person can reach within the horizon of each language that
 *     offers in the index require ({@link VacancyIndex#essentialLanguages()}); offers requiring a
 *     language missing here, or a higher level, are left out
 * @param today offers that started before this day, or have no places, are left out
 * @param skills the person's expanded skills: factor weight × similarity × evidence each; none: the
 *     weight for offers that name no skills
 * @param occupations the occupations the person has experience close to or prefers: factor weights
 *     × experience and preference values; none: the weight for offers that name no occupation
 * @param profiles occupations whose profile lists skills of the person's: the skills factor's
 *     weight × Σ value × profile share, to multiply with an offer's profile scale
 * @param logistics what the logistics factors allow an offer of each type in {@code types}, as a
 *     sum of its type, language minimums, support and distance: at least its logistics scale
 * @param floor what an offer that teaches its occupation (whose fit has a floor) scores in the
 *     second stage, whatever its terms: the floor of fit times {@code logistics}
 */
public record VacancyQuery(
    GeoPoint point,
    double radiusKm,
    Set<OfferType> types,
    Map<String, Cefr> reachable,
    LocalDate today,
    WeightedTerms skills,
    WeightedTerms occupations,
    WeightedTerms profiles,
    LogisticsBound logistics,
    LogisticsBound floor) {
  public VacancyQuery {
    requireNonNull(point, "point");
    types = Set.copyOf(types);
    reachable = Map.copyOf(reachable);
    requireNonNull(today, "today");
    requireNonNull(skills, "skills");
    requireNonNull(occupations, "occupations");
    requireNonNull(profiles, "profiles");
    requireNonNull(logistics, "logistics");
    requireNonNull(floor, "floor");
  }
}
