package org.chancengeber.matcher.index;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Function;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.GeoPoint;
import org.chancengeber.matcher.model.OfferType;

/**
 * Phase one of ranking offers for a person: filters and term weights, as the engine derives them
 * from the person and the scoring profile. The index turns it into a Lucene query; it does no
 * scoring of its own.
 *
 * @param point where the person lives
 * @param radiusKm only offers at most this far (a little more than the person's travel distance)
 * @param pivotKm distance at which the distance feature is worth half its weight
 * @param distanceWeight weight of the distance feature
 * @param types offer types the rules allow at all
 * @param reachable highest level of a language the person can reach within the horizon
 * @param skillIds concept ids of the person's expanded skills
 * @param skillWeights the weight of each: factor weight × similarity × evidence
 * @param noSkillsWeight the weight for offers that name no skills
 * @param occupationIds concept ids of the occupations the person has experience close to
 * @param occupationWeights the weight of each: factor weight × experience value
 * @param noOccupationWeight the weight for offers that name no occupation
 * @param today offers that started before this day, or have no places, are left out
 */
public record VacancyQuery(
    GeoPoint point,
    double radiusKm,
    double pivotKm,
    float distanceWeight,
    Set<OfferType> types,
    Function<String, Cefr> reachable,
    int[] skillIds,
    float[] skillWeights,
    float noSkillsWeight,
    int[] occupationIds,
    float[] occupationWeights,
    float noOccupationWeight,
    LocalDate today) {
  public VacancyQuery {
    requireNonNull(point, "point");
    types = Set.copyOf(types);
    requireNonNull(reachable, "reachable");
    requireNonNull(today, "today");
    if (skillIds.length != skillWeights.length) {
      throw new IllegalArgumentException("one weight per skill id");
    }
    if (occupationIds.length != occupationWeights.length) {
      throw new IllegalArgumentException("one weight per occupation id");
    }
  }
}
