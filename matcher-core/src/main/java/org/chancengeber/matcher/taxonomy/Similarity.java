package org.chancengeber.matcher.taxonomy;

/**
 * How close two concepts are, in [0, 1]: 1 for the same concept, 0 for unrelated ones. Thread-safe;
 * fast enough to call in the ranking hot path.
 */
public interface Similarity {

  /**
   * {@return similarity of two skills (same, broader/narrower, same group, related)}
   *
   * @param skillUriA one skill's URI
   * @param skillUriB the other's
   */
  double skills(String skillUriA, String skillUriB);

  /**
   * {@return similarity of two occupations (same, same ISCO unit group, overlap of essential
   * skills)}
   *
   * @param occupationUriA one occupation's URI
   * @param occupationUriB the other's
   */
  double occupations(String occupationUriA, String occupationUriB);
}
