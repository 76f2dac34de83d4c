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
package org.chancengeber.matcher.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.chancengeber.matcher.Fixtures.COOK;
import static org.chancengeber.matcher.Fixtures.FOOD_HYGIENE;
import static org.chancengeber.matcher.Fixtures.KITCHEN_ASSISTANT;
import static org.chancengeber.matcher.Fixtures.PREPARE_DISHES;
import static org.chancengeber.matcher.Fixtures.SOUS_CHEF;
import static org.chancengeber.matcher.Fixtures.USE_KNIVES;
import static org.chancengeber.matcher.Fixtures.WELD;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chancengeber.matcher.Fixtures;
import org.chancengeber.matcher.profile.ScoringProfile;
import org.chancengeber.matcher.taxonomy.Labels;
import org.chancengeber.matcher.taxonomy.Occupation;
import org.chancengeber.matcher.taxonomy.Skill;
import org.chancengeber.matcher.taxonomy.SkillType;
import org.chancengeber.matcher.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;

/** Which occupations a person's skills point to. */
final class OccupationInferenceTest {
  private static final Concepts CONCEPTS =
      new Concepts(Fixtures.taxonomy(), ScoringProfile.defaults());

  private static List<OccupationInference.Inferred> infer(double noise, String... skills) {
    int[] ids = new int[skills.length];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = CONCEPTS.id(skills[i]);
    }
    return new OccupationInference(CONCEPTS, noise, 0.33, 0.5, 0.67).infer(ids, 5);
  }

  @Test
  void infer_cookSkills_pointToCookFirst_valuedRelativeToTheBest() {
    List<OccupationInference.Inferred> cook = infer(0.1, PREPARE_DISHES, FOOD_HYGIENE, USE_KNIVES);
    assertThat(cook).extracting(OccupationInference.Inferred::uri).first().isEqualTo(COOK);
    assertThat(cook.get(0).value()).isEqualTo(1.0);
    assertThat(cook.get(0).skills()).isEqualTo(3);
    assertThat(cook.get(0).coverage()).isCloseTo(1.0, within(1e-12));
    // the kitchen assistant lists two of the three, the sous chef one
    assertThat(cook).extracting(OccupationInference.Inferred::uri).contains(KITCHEN_ASSISTANT);
    assertThat(cook).allSatisfy(i -> assertThat(i.value()).isBetween(0.0, 1.0));
  }

  @Test
  void infer_oneSkill_isLikelierFromTheSmallerProfile() {
    // prepare dishes alone: the sous chef lists only it, the cook it among three
    List<OccupationInference.Inferred> dishes = infer(0.1, PREPARE_DISHES);
    assertThat(dishes).extracting(OccupationInference.Inferred::uri).first().isEqualTo(SOUS_CHEF);
    assertThat(dishes).extracting(OccupationInference.Inferred::uri).contains(COOK);
    assertThat(dishes.get(1).value()).isLessThan(1.0);
  }

  @Test
  void infer_noise_decidesHowMuchAMissingSkillCosts() {
    // the kitchen assistant lists two of the cook's three skills: the less noise is expected, the
    // further it falls behind the cook, which lists all three
    double quiet = kitchenAssistantBehindCook(0.01);
    double noisy = kitchenAssistantBehindCook(0.5);
    assertThat(quiet).isGreaterThan(noisy).isGreaterThan(0);
  }

  private static double kitchenAssistantBehindCook(double noise) {
    List<OccupationInference.Inferred> all =
        new OccupationInference(CONCEPTS, noise, 0.33, 0.5, 0.67)
            .infer(
                new int[] {
                  CONCEPTS.id(PREPARE_DISHES), CONCEPTS.id(FOOD_HYGIENE), CONCEPTS.id(USE_KNIVES)
                },
                100);
    double cook = all.stream().filter(i -> i.uri().equals(COOK)).findFirst().orElseThrow().rank();
    double assistant =
        all.stream()
            .filter(i -> i.uri().equals(KITCHEN_ASSISTANT))
            .findFirst()
            .map(OccupationInference.Inferred::rank)
            .orElse(Double.NEGATIVE_INFINITY);
    return cook - assistant;
  }

  private static List<OccupationInference.Inferred> given(
      double prior, String stated, String... skills) {
    int[] ids = new int[skills.length];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = CONCEPTS.id(skills[i]);
    }
    int id = CONCEPTS.id(stated);
    return new OccupationInference(CONCEPTS, 0.1, 0.33, prior, 0.67)
        .infer(ids, List.of(new OccupationInference.Stated(id, CONCEPTS.term(id), 0.6)), 5);
  }

  @Test
  void infer_statedOccupation_makesItsNeighbourLikelier() {
    // food hygiene alone: the kitchen assistant's smaller profile lists it, so it comes first
    assertThat(infer(0.1, FOOD_HYGIENE))
        .extracting(OccupationInference.Inferred::uri)
        .containsExactly(KITCHEN_ASSISTANT, COOK);
    // a sous chef who names food hygiene: the cook (same ISCO unit group) is likelier
    List<OccupationInference.Inferred> sousChef = given(0.5, SOUS_CHEF, FOOD_HYGIENE);
    assertThat(sousChef)
        .extracting(OccupationInference.Inferred::uri)
        .containsExactly(COOK, KITCHEN_ASSISTANT);
    assertThat(sousChef.get(0).stated()).contains(CONCEPTS.term(CONCEPTS.id(SOUS_CHEF)));
    assertThat(sousChef.get(0).prior()).isGreaterThan(1);
    assertThat(sousChef.get(1).stated()).isEmpty();
    assertThat(sousChef.get(1).prior()).isEqualTo(1.0);
    // with no prior, what they stated does not count
    assertThat(given(0, SOUS_CHEF, FOOD_HYGIENE))
        .extracting(OccupationInference.Inferred::uri)
        .containsExactly(KITCHEN_ASSISTANT, COOK);
  }

  @Test
  void infer_unrelatedStatedOccupation_changesNothing() {
    // a welder's neighbours list none of the cooking skills: ranks shift alike, values stay
    List<OccupationInference.Inferred> alone = infer(0.1, PREPARE_DISHES, FOOD_HYGIENE);
    List<OccupationInference.Inferred> welder =
        given(0.5, Fixtures.WELDER, PREPARE_DISHES, FOOD_HYGIENE);
    assertThat(welder)
        .extracting(OccupationInference.Inferred::uri)
        .containsExactlyElementsOf(alone.stream().map(OccupationInference.Inferred::uri).toList());
    for (int i = 0; i < alone.size(); i++) {
      assertThat(welder.get(i).value()).isCloseTo(alone.get(i).value(), within(1e-12));
      assertThat(welder.get(i).prior()).isEqualTo(1.0);
    }
  }

  @Test
  void infer_aSkillAmongUnrelatedOnes_countsLess() {
    double alone = infer(0.1, WELD).get(0).value();
    double withCooking = infer(0.1, WELD, PREPARE_DISHES, FOOD_HYGIENE, USE_KNIVES).get(0).value();
    assertThat(alone).isEqualTo(1.0);
    // the best (cook) lists most of the person's skills: counts fully; the welder, only a guess
    assertThat(withCooking).isEqualTo(1.0);
    assertThat(infer(0.1, WELD, PREPARE_DISHES, FOOD_HYGIENE, USE_KNIVES))
        .extracting(OccupationInference.Inferred::uri)
        .doesNotContain(Fixtures.WELDER);
  }

  @Test
  void infer_nothingKnown_infersNothing() {
    assertThat(infer(0.1)).isEmpty();
    assertThat(
            new OccupationInference(CONCEPTS, 0.1, 0.33, 0.5, 0.67)
                .infer(new int[] {CONCEPTS.id("text:x")}, 5))
        .isEmpty();
    assertThat(
            new OccupationInference(CONCEPTS, 0.1, 0.33, 0.5, 0.67)
                .infer(new int[] {CONCEPTS.id(WELD)}, 0))
        .isEmpty();
  }

  /**
   * Occupations {@code a} (x and y essential, o1..o20 optional), {@code a2} (x and y essential, o1
   * optional), {@code e} (s essential, u optional) and {@code p} (u essential, s optional).
   */
  private static Concepts groups() {
    Taxonomy.Builder b = Taxonomy.builder();
    for (String o : List.of("a", "a2", "e", "p")) {
      b.occupation(new Occupation(o, "1111", Optional.empty(), english(o), Optional.empty()));
    }
    List<String> skills = new ArrayList<>(List.of("x", "y", "s", "u"));
    for (int i = 1; i <= 20; i++) {
      skills.add("o" + i);
    }
    for (String k : skills) {
      b.skill(new Skill(k, SkillType.SKILL_COMPETENCE, "sector-specific", english(k)));
    }
    for (String o : List.of("a", "a2")) {
      b.relation(o, "x", true);
      b.relation(o, "y", true);
    }
    for (int i = 1; i <= 20; i++) {
      b.relation("a", "o" + i, false);
    }
    b.relation("a2", "o1", false);
    b.relation("e", "s", true);
    b.relation("e", "u", false);
    b.relation("p", "u", true);
    b.relation("p", "s", false);
    return new Concepts(b.build(), ScoringProfile.defaults());
  }

  private static Labels english(String label) {
    return new Labels(Map.of("en", label), Map.of());
  }

  private static Map<String, Double> ranks(
      Concepts concepts, double essentialShare, String... skills) {
    int[] ids = new int[skills.length];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = concepts.id(skills[i]);
    }
    Map<String, Double> ranks = new HashMap<>();
    for (OccupationInference.Inferred i :
        new OccupationInference(concepts, 0.1, 0.33, 0.5, essentialShare).infer(ids, 10)) {
      ranks.put(i.uri(), i.rank());
    }
    return ranks;
  }

  @Test
  void infer_longOptionalList_doesNotMakeItsEssentialSkillsLessLikely() {
    Concepts concepts = groups();
    // x and y are essential for both; a lists 20 optional skills beside them, a2 one
    Map<String, Double> essentials = ranks(concepts, 0.67, "x", "y");
    assertThat(essentials.get("a")).isCloseTo(essentials.get("a2"), within(1e-12));
    // an optional skill is shared among the optional ones: o1 is likelier from a2's one
    Map<String, Double> optional = ranks(concepts, 0.67, "x", "o1");
    assertThat(optional.get("a2")).isGreaterThan(optional.get("a"));
  }

  @Test
  void infer_essentialShare_decidesWhetherAnEssentialOrAnOptionalRelationCountsMore() {
    Concepts concepts = groups();
    // s is essential for e and optional for p (each has one skill of either kind)
    Map<String, Double> mostlyEssential = ranks(concepts, 0.9, "s");
    assertThat(mostlyEssential.get("e")).isGreaterThan(mostlyEssential.get("p"));
    Map<String, Double> mostlyOptional = ranks(concepts, 0.1, "s");
    assertThat(mostlyOptional.get("p")).isGreaterThan(mostlyOptional.get("e"));
    Map<String, Double> even = ranks(concepts, 0.5, "s");
    assertThat(even.get("e")).isCloseTo(even.get("p"), within(1e-12));
  }
}
