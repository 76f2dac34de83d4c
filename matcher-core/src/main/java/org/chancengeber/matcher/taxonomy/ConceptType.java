package org.chancengeber.matcher.taxonomy;

/** The two kinds of concept the taxonomy holds. */
public enum ConceptType {
  /** An ESCO occupation. */
  OCCUPATION,
  /** An ESCO skill or knowledge concept. */
  SKILL;

  /** {@return lower-case name as used in JSON output: {@code occupation} or {@code skill}} */
  public String jsonName() {
    return this == OCCUPATION ? "occupation" : "skill";
  }
}
