/*
 * Copyright 2026 The Chancengeber authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
