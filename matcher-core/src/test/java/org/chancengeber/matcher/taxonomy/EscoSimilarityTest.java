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
package org.chancengeber.matcher.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancengeber.matcher.taxonomy.TinyEsco.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class EscoSimilarityTest {
  private Taxonomy tiny;
  private Similarity sim;

  @BeforeAll
  void load(@TempDir Path tmp) {
    tiny = EscoImporter.load(writeAll(tmp));
    sim = tiny.similarity();
  }

  @Test
  void skills_sameConcept() {
    assertThat(sim.skills(WELD, WELD)).isEqualTo(1.0);
    assertThat(sim.skills(SKILL + "unknown", SKILL + "unknown")).isEqualTo(1.0);
  }

  @Test
  void skills_broaderAndNarrower() {
    assertThat(sim.skills(COOK_VEG, PREPARE_MEALS)).isEqualTo(0.8);
    assertThat(sim.skills(PREPARE_MEALS, COOK_VEG)).isEqualTo(0.8);
  }

  @Test
  void skills_siblingsUnderOneBroaderSkill() {
    assertThat(sim.skills(COOK_VEG, COOK_FISH)).isEqualTo(0.6);
  }

  @Test
  void skills_escoSkillSkillRelation() {
    assertThat(sim.skills(WELD, READ_DRAWINGS)).isEqualTo(0.5);
  }

  @Test
  void skills_sameSkillGroup() {
    assertThat(sim.skills(PREPARE_MEALS, WASH_DISHES)).isEqualTo(0.4);
    // cook-fish is in the food group through its broader skill prepare-meals
    assertThat(sim.skills(COOK_FISH, WASH_DISHES)).isEqualTo(0.4);
  }

  @Test
  void skills_essentialForMostlyTheSameOccupations() {
    // food hygiene: cook, head cook, kitchen porter; prepare meals: cook, head cook → 2/3
    assertThat(sim.skills(FOOD_HYGIENE, PREPARE_MEALS)).isEqualTo(0.3);
    // wash dishes: kitchen porter only → 1/3 with food hygiene
    assertThat(sim.skills(FOOD_HYGIENE, WASH_DISHES)).isEqualTo(0.3);
  }

  @Test
  void skills_unrelatedOrUnknown() {
    assertThat(sim.skills(WELD, CARE)).isZero();
    assertThat(sim.skills(WELD, SKILL + "unknown")).isZero();
  }

  @Test
  void skills_grandparentInHandBuiltHierarchy() {
    Taxonomy t =
        Taxonomy.builder()
            .skill(skill("a"))
            .skill(skill("b"))
            .skill(skill("c"))
            .broaderSkill(SKILL + "c", SKILL + "b")
            .broaderSkill(SKILL + "b", SKILL + "a")
            .build();
    assertThat(t.similarity().skills(SKILL + "c", SKILL + "a")).isEqualTo(0.6);
    assertThat(t.similarity().skills(SKILL + "a", SKILL + "c")).isEqualTo(0.6);
    assertThat(t.similarity().skills(SKILL + "b", SKILL + "a")).isEqualTo(0.8);
  }

  private static Skill skill(String id) {
    return new Skill(SKILL + id, SkillType.SKILL_COMPETENCE, "", Labels.NONE);
  }

  @Test
  void skills_underATransversalSkill_areNeitherSiblingsNorOneGroup() {
    // ESCO puts thousands of skills of every domain under "think critically", "advise others"
    Taxonomy t =
        Taxonomy.builder()
            .skill(
                new Skill(SKILL + "advise", SkillType.SKILL_COMPETENCE, "transversal", Labels.NONE))
            .skill(skill("advise-customs"))
            .skill(skill("advise-pets"))
            .skill(skill("declare-goods"))
            .skillGroup(SKILL + "group-supporting", Labels.NONE)
            .skillGroup(SKILL + "group-trade", Labels.NONE)
            .broaderSkill(SKILL + "advise", SKILL + "group-supporting")
            .broaderSkill(SKILL + "advise-customs", SKILL + "advise")
            .broaderSkill(SKILL + "advise-pets", SKILL + "advise")
            .broaderSkill(SKILL + "advise-customs", SKILL + "group-trade")
            .broaderSkill(SKILL + "declare-goods", SKILL + "group-trade")
            .build();
    Similarity s = t.similarity();
    assertThat(s.skills(SKILL + "advise-customs", SKILL + "advise-pets")).isZero();
    // the transversal skill itself links like a skill group, not as a broader skill (0.8)
    assertThat(s.skills(SKILL + "advise-customs", SKILL + "advise")).isEqualTo(0.4);
    assertThat(s.skills(SKILL + "advise", SKILL + "advise-pets")).isEqualTo(0.4);
    // the domain group still counts
    assertThat(s.skills(SKILL + "advise-customs", SKILL + "declare-goods")).isEqualTo(0.4);
  }

  @Test
  void occupations_sameBroaderNarrower() {
    assertThat(sim.occupations(COOK, COOK)).isEqualTo(1.0);
    assertThat(sim.occupations(HEAD_COOK, COOK)).isEqualTo(0.8);
    assertThat(sim.occupations(COOK, HEAD_COOK)).isEqualTo(0.8);
  }

  @Test
  void occupations_sameIscoGroupPlusSharedSkills() {
    // both 7212, no essential skill in common
    assertThat(sim.occupations(WELDER, METAL_WORKER)).isEqualTo(0.5);
  }

  @Test
  void occupations_sharedEssentialSkillsAcrossGroups() {
    // {prepare meals, food hygiene} and {wash dishes, food hygiene}: Jaccard 1/3
    assertThat(sim.occupations(COOK, KITCHEN_PORTER)).isEqualTo(0.6 / 3);
    assertThat(sim.occupations(COOK, NURSE)).isZero();
    assertThat(sim.occupations(COOK, OCC + "unknown")).isZero();
  }

  @Test
  void occupations_siblingsInHandBuiltHierarchy() {
    Taxonomy t =
        Taxonomy.builder()
            .occupation(occupation("top", Optional.empty(), "1111"))
            .occupation(occupation("x", Optional.of(OCC + "top"), "2222"))
            .occupation(occupation("y", Optional.of(OCC + "top"), "3333"))
            .build();
    assertThat(t.similarity().occupations(OCC + "x", OCC + "y")).isEqualTo(0.7);
  }

  private static Occupation occupation(String id, Optional<String> broader, String isco) {
    return new Occupation(OCC + id, isco, Optional.empty(), Labels.NONE, broader);
  }

  @Test
  void similarity_symmetricInUnitRangeOneOnlyForSame() {
    List<String> skills = tiny.skills().stream().map(Skill::uri).toList();
    List<String> occs = tiny.occupations().stream().map(Occupation::uri).toList();
    Stream.of(skills, occs)
        .forEach(
            uris -> {
              boolean isSkill = uris == skills;
              for (String a : uris) {
                for (String b : uris) {
                  double ab = isSkill ? sim.skills(a, b) : sim.occupations(a, b);
                  double ba = isSkill ? sim.skills(b, a) : sim.occupations(b, a);
                  assertThat(ab).as(a + " ~ " + b).isEqualTo(ba).isBetween(0.0, 1.0);
                  assertThat(ab == 1.0).as(a + " ~ " + b).isEqualTo(a.equals(b));
                }
              }
            });
  }
}
