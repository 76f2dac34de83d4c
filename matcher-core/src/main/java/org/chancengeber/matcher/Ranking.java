package org.chancengeber.matcher;

/** How a ranking is computed. */
public enum Ranking {
  /** Lucene retrieval of a few hundred candidates, then the exact scorer over them. */
  TWO_PHASE,
  /** The exact scorer over every eligible entry: the oracle, slow on large indexes. */
  EXHAUSTIVE
}
