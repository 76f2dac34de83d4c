package org.chancengeber.matcher.model;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;
import org.chancengeber.matcher.check.Checks;

/**
 * A skill a person has, with the evidence behind it and, where known, years of practice.
 *
 * @param skill the skill
 * @param evidence what proves it
 * @param years years of practice, where known
 */
public record SkillClaim(ConceptRef skill, Evidence evidence, OptionalDouble years) {
  /** Creates a claim, checking that no component is null. */
  public SkillClaim {
    requireNonNull(skill, "skill");
    requireNonNull(evidence, "evidence");
    requireNonNull(years, "years").ifPresent(y -> Checks.inRange("years", y, 0, 60));
  }

  /**
   * {@return a claim without years of practice}
   *
   * @param skill the skill
   * @param evidence what proves it
   */
  public static SkillClaim of(ConceptRef skill, Evidence evidence) {
    return new SkillClaim(skill, evidence, OptionalDouble.empty());
  }
}
