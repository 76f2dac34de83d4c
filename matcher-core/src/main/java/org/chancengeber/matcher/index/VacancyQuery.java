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

/**
 * Phase one of ranking offers for a person: filters and term weights, as the engine derives them
 * from the prepared person and the scoring profile, computed once per request. The index turns it
 * into Lucene queries whose score is the weighted sum of the terms carried here; it does no scoring
 * of its own and calls nothing back.
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
 * @param boostedTypes offer types that score {@code typeBoost} whatever their terms (the offers
 *     that teach their occupation, whose fit has a floor)
 * @param typeBoost the weight for an offer of a boosted type
 * @param logistics what the engine carries of the logistics, for a pass that bounds fit and
 *     logistics together ({@link Retrieval#aboveJoint})
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
    Set<OfferType> boostedTypes,
    float typeBoost,
    Logistics logistics) {
  public VacancyQuery {
    requireNonNull(point, "point");
    types = Set.copyOf(types);
    reachable = Map.copyOf(reachable);
    requireNonNull(today, "today");
    requireNonNull(skills, "skills");
    requireNonNull(occupations, "occupations");
    requireNonNull(profiles, "profiles");
    boostedTypes = Set.copyOf(boostedTypes);
    requireNonNull(logistics, "logistics");
  }

  /**
   * The part of an offer's logistics that phase one scores: {@code distanceWeight × pivot / (pivot
   * + km)} (Lucene's distance feature) plus the weight of the offer's type.
   *
   * @param pivotKm the distance at which the distance part is half its weight, positive
   * @param distanceWeight the distance part's weight, at least 0
   * @param typeWeights the weight per offer type, each at least 0 (types missing here count 0)
   */
  public record Logistics(double pivotKm, float distanceWeight, Map<OfferType, Float> typeWeights) {
    public Logistics {
      if (!(pivotKm > 0) || !(distanceWeight >= 0)) {
        throw new IllegalArgumentException(
            "pivotKm ("
                + pivotKm
                + ") must be positive, distanceWeight ("
                + distanceWeight
                + ") at least 0");
      }
      typeWeights = Map.copyOf(typeWeights);
      for (Map.Entry<OfferType, Float> e : typeWeights.entrySet()) {
        if (!(e.getValue() >= 0)) {
          throw new IllegalArgumentException(
              "weight of " + e.getKey() + " (" + e.getValue() + ") must be at least 0");
        }
      }
    }

    /** Whether any offer can score here. */
    boolean scores() {
      return distanceWeight > 0 || typeWeights.values().stream().anyMatch(w -> w > 0);
    }
  }
}
