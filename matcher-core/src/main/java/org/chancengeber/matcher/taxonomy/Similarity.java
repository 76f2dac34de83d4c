package org.chancengeber.matcher.taxonomy;

/**
 * How close two concepts are, in [0, 1]: 1 for the same concept, 0 for unrelated ones. Thread-safe;
 * fast enough to call in the ranking hot path.
 */
public interface Similarity {

  /** Similarity of two skills (same, broader/narrower, same group, related). */
  double skills(String skillUriA, String skillUriB);

  /** Similarity of two occupations (same, same ISCO unit group, overlap of essential skills). */
  double occupations(String occupationUriA, String occupationUriB);
}
