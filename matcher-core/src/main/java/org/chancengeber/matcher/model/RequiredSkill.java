package org.chancengeber.matcher.model;

import static java.util.Objects.requireNonNull;

/** A skill an offer asks for; essential skills weigh more than optional ones. */
public record RequiredSkill(ConceptRef skill, boolean essential) {
  public RequiredSkill {
    requireNonNull(skill, "skill");
  }
}
