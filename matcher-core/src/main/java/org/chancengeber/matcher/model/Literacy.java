package org.chancengeber.matcher.model;

/** Which script a person reads and writes. Latin-script literacy is its own hurdle. */
public enum Literacy {
  LATIN,
  OTHER_SCRIPT,
  NONE
}
