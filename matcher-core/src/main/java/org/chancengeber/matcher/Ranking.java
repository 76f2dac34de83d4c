package org.chancengeber.matcher;

/** How a ranking is computed. */
public enum Ranking {
  /**
   * Lucene retrieval page by page, the exact scorer over each page, until the top k is proven to be
   * the exhaustive one (or the engine's retrieval limit is reached).
   */
  TWO_PHASE,
  /** The exact scorer over every eligible entry: the oracle, slow on large indexes. */
  EXHAUSTIVE
}
