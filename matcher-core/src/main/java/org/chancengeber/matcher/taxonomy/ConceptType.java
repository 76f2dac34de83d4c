package org.chancengeber.matcher.taxonomy;

/** The two kinds of concept the taxonomy holds. */
public enum ConceptType {
  OCCUPATION,
  SKILL;

  /** Lower-case name as used in JSON output: {@code occupation} or {@code skill}. */
  public String jsonName() {
    return this == OCCUPATION ? "occupation" : "skill";
  }
}
