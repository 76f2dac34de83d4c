package org.chancengeber.matcher.model;

import static java.util.Objects.requireNonNull;

/**
 * A skill an offer asks for; essential skills weigh more than optional ones.
 *
 * @param skill the skill
 * @param essential whether it is essential rather than optional
 */
public record RequiredSkill(ConceptRef skill, boolean essential) {
  /** Creates a required skill, checking that it is not null. */
  public RequiredSkill {
    requireNonNull(skill, "skill");
  }
}
