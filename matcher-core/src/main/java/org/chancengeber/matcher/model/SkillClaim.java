package org.chancengeber.matcher.model;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;

/** A skill a person has, with the evidence behind it and, where known, years of practice. */
public record SkillClaim(ConceptRef skill, Evidence evidence, OptionalDouble years) {
  public SkillClaim {
    requireNonNull(skill, "skill");
    requireNonNull(evidence, "evidence");
    requireNonNull(years, "years");
  }

  public static SkillClaim of(ConceptRef skill, Evidence evidence) {
    return new SkillClaim(skill, evidence, OptionalDouble.empty());
  }
}
