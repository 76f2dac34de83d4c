package org.chancengeber.matcher.model;

/** State of the recognition of a foreign qualification (BQFG). */
public enum Recognition {
  NONE,
  PENDING,
  PARTIAL,
  FULL
}
