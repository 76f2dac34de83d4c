package org.chancengeber.matcher.model;

/** Which script a person reads and writes. Latin-script literacy is its own hurdle. */
public enum Literacy {
  /** Reads and writes the Latin script. */
  LATIN,
  /** Reads and writes another script only (e.g. Arabic). */
  OTHER_SCRIPT,
  /** Does not read or write. */
  NONE
}
