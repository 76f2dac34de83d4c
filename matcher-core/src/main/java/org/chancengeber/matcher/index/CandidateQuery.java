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
 * @param pivotKm distance at which the distance feature is worth half its weight
 * @param distanceWeight weight of the distance feature
 * @param minimums essential language minimums of the offer, by language code
 * @param skillIds concept ids of the offer's skills
 * @param skillWeights the weight of each: factor weight × share in the skills factor
 * @param occupationId the offer's occupation concept id, or -1
 * @param occupationWeight the weight of the occupation term
 */
public record CandidateQuery(
    GeoPoint point,
    double pivotKm,
    float distanceWeight,
    Map<String, Cefr> minimums,
    int[] skillIds,
    float[] skillWeights,
    int occupationId,
    float occupationWeight) {
  public CandidateQuery {
    requireNonNull(point, "point");
    minimums = Map.copyOf(minimums);
    if (skillIds.length != skillWeights.length) {
      throw new IllegalArgumentException("one weight per skill id");
    }
  }
}
