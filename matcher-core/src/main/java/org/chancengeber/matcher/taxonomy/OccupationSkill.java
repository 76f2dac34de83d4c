package org.chancengeber.matcher.taxonomy;

import static java.util.Objects.requireNonNull;

/** An occupation→skill relation: the skill is essential or optional for the occupation. */
public record OccupationSkill(String occupationUri, String skillUri, boolean essential) {
  public OccupationSkill {
    requireNonNull(occupationUri, "occupationUri");
    requireNonNull(skillUri, "skillUri");
  }
}
