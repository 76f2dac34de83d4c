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
 * @param pivotKm distance at which the distance feature is worth half its weight: the largest of
 *     any person's, so that the feature is an upper bound of everybody's distance factor
 * @param distanceWeight weight of the distance feature
 * @param minimums essential language minimums of the offer, by language code
 * @param skills the offer's skills: factor weight × share in the skills factor each
 * @param occupations the offer's occupation: the experience factor's weight
 * @param languages the offer's minimums ({@code de:B1}): factor weight × share in the language
 *     factor each, for what a level adds to having none (see {@link CandidateIndex})
 * @param typeWeight weight of a preference for the offer's type; {@code noTypeWeight} of having no
 *     preferred types (worth half)
 * @param preferredOccupation the offer's occupation as a preferred one (none: the weight of having
 *     no preferred occupation, worth half)
 */
public record CandidateQuery(
    GeoPoint point,
    double pivotKm,
    float distanceWeight,
    Map<String, Cefr> minimums,
    WeightedTerms skills,
    WeightedTerms occupations,
    Map<String, Float> languages,
    String type,
    float typeWeight,
    float noTypeWeight,
    WeightedTerms preferredOccupation) {
  public CandidateQuery {
    requireNonNull(point, "point");
    minimums = Map.copyOf(minimums);
    requireNonNull(skills, "skills");
    requireNonNull(occupations, "occupations");
    languages = Map.copyOf(languages);
    requireNonNull(type, "type");
    requireNonNull(preferredOccupation, "preferredOccupation");
  }
}
