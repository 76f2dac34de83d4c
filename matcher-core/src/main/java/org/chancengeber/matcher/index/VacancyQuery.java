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
 * from the person and the scoring profile. The index turns it into Lucene queries whose score is
 * the weighted sum of the factors carried here; it does no scoring of its own.
 *
 * @param point where the person lives
 * @param radiusKm only offers at most this far (a little more than the person's travel distance)
 * @param pivotKm distance at which the distance feature is worth half its weight
 * @param distanceWeight weight of the distance feature
 * @param types offer types the rules allow at all
 * @param reachable highest level of a language the person can reach within the horizon
 * @param today offers that started before this day, or have no places, are left out
 * @param skills the person's expanded skills: factor weight × similarity × evidence each; none: the
 *     weight for offers that name no skills
 * @param occupations the occupations the person has experience close to or prefers: factor weights
 *     × experience and preference values; none: the weight for offers that name no occupation
 * @param languageWeights for a language code, the weight of an offer's minimum at each CEFR level
 *     (by ordinal): factor weight × the language value the person has for that minimum
 * @param noLanguageWeight the weight for offers that require no language
 * @param boostedTypes offer types that score {@code typeBoost} whatever their terms (the offers
 *     that teach their occupation, whose fit has a floor)
 * @param typeBoost the weight for an offer of a boosted type
 */
public record VacancyQuery(
    GeoPoint point,
    double radiusKm,
    double pivotKm,
    float distanceWeight,
    Set<OfferType> types,
    Function<String, Cefr> reachable,
    LocalDate today,
    WeightedTerms skills,
    WeightedTerms occupations,
    Function<String, float[]> languageWeights,
    float noLanguageWeight,
    Set<OfferType> boostedTypes,
    float typeBoost) {
  public VacancyQuery {
    requireNonNull(point, "point");
    types = Set.copyOf(types);
    requireNonNull(reachable, "reachable");
    requireNonNull(today, "today");
    requireNonNull(skills, "skills");
    requireNonNull(occupations, "occupations");
    requireNonNull(languageWeights, "languageWeights");
    boostedTypes = Set.copyOf(boostedTypes);
  }
}
