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
