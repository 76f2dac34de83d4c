package org.chancengeber.matcher.index;

/**
 * Concept ids with the weight of each in a phase-one query, plus the weight of the "names none"
 * term (offers without skills or occupation, people without a preference).
 *
 * @param ids concept ids
 * @param weights one weight per id; zero or less leaves the id out
 * @param noneWeight weight of the term for entries that name no concept of this kind
 */
public record WeightedTerms(int[] ids, float[] weights, float noneWeight) {
  public WeightedTerms {
    if (ids.length != weights.length) {
      throw new IllegalArgumentException(
          "one weight per id: " + ids.length + " ids, " + weights.length + " weights");
    }
  }

  /** No terms. */
  public static WeightedTerms none() {
    return new WeightedTerms(new int[0], new float[0], 0);
  }
}
