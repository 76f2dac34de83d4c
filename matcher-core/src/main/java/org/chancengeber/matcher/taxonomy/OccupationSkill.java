package org.chancengeber.matcher.taxonomy;

import static java.util.Objects.requireNonNull;

/**
 * An occupation→skill relation: the skill is essential or optional for the occupation.
 *
 * @param occupationUri the occupation's URI
 * @param skillUri the skill's URI
 * @param essential whether the skill is essential rather than optional
 */
public record OccupationSkill(String occupationUri, String skillUri, boolean essential) {
  /** Creates a relation, checking that no component is null. */
  public OccupationSkill {
    requireNonNull(occupationUri, "occupationUri");
    requireNonNull(skillUri, "skillUri");
  }
}
