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

import java.util.Map;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.GeoPoint;

/**
 * Phase one of ranking people for an offer: filters and term weights, as the engine derives them
 * from the offer and the scoring profile.
 *
 * @param point where the offer is
 * @param minimums essential language minimums of the offer, by language code
 * @param skills the offer's skills: factor weight × share in the skills factor each
 * @param occupations the offer's occupation: the experience factor's weight
 * @param preferredOccupation the offer's occupation as a preferred one (none: the weight of having
 *     no preferred occupation, worth half)
 */
public record CandidateQuery(
    GeoPoint point,
    Map<String, Cefr> minimums,
    WeightedTerms skills,
    WeightedTerms occupations,
    WeightedTerms preferredOccupation) {
  public CandidateQuery {
    requireNonNull(point, "point");
    minimums = Map.copyOf(minimums);
    requireNonNull(skills, "skills");
    requireNonNull(occupations, "occupations");
    requireNonNull(preferredOccupation, "preferredOccupation");
  }
}
