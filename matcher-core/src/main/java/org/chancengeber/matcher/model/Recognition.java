package org.chancengeber.matcher.model;

/** State of the recognition of a foreign qualification (BQFG). */
public enum Recognition {
  /** Not recognised, and no procedure. */
  NONE,
  /** Recognition applied for. */
  PENDING,
  /** Recognised in part (partial equivalence). */
  PARTIAL,
  /** Fully recognised. */
  FULL
}
