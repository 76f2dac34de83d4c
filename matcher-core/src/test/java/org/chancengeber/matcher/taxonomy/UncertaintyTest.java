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
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Honest uncertainty: a resolution says when it is not sure, rather than guessing silently. */
final class UncertaintyTest {
  private static final String O = "http://data.europa.eu/esco/occupation/";
  private static final String S = "http://data.europa.eu/esco/skill/";

  private static Skill skill(String id, String de, String... alt) {
    return new Skill(
        S + id,
        SkillType.SKILL_COMPETENCE,
        "",
        new Labels(Map.of("de", de), alt.length == 0 ? Map.of() : Map.of("de", List.of(alt))));
  }

  private static Occupation occupation(String id, String en) {
    return new Occupation(
        O + id, "", Optional.empty(), new Labels(Map.of("en", en), Map.of()), Optional.empty());
  }

  /** The sample taxonomy's neighbourhood of "Dach decken": table setting, wooden roofs, roofing. */
  private static final Taxonomy TAXONOMY =
      Taxonomy.builder()
          .skill(skill("set-tables", "Tische eindecken", "eindecken"))
          .skill(skill("wooden-roofs", "Holzdächer bauen"))
          .skill(skill("roofing-techniques", "Dachdeckertechniken"))
          .skill(skill("forklift", "Gabelstapler fahren"))
          .occupation(occupation("marketing-executive", "marketing executive"))
          .occupation(occupation("marketing-manager", "marketing manager"))
          .occupation(occupation("sales-assistant", "sales assistant"))
          .occupation(occupation("warehouse-worker", "warehouse worker"))
          .build();

  private static Understanding skill(String text) {
    return TAXONOMY.resolver().understand(text, "de", ConceptType.SKILL, 0.5);
  }

  private static String topOccupation(String text) {
    return TAXONOMY
        .resolver()
        .resolve(text, "en", Optional.of(ConceptType.OCCUPATION), 1)
        .get(0)
        .uri();
  }

  /** Issue 15: "Dach decken" resolved to "Tische eindecken" with confidence 0.51. */
  @Test
  void dachDecken_notUnderstood_neverTableSetting() {
    Understanding u = skill("Dach decken");
    assertThat(u.understood()).isFalse();
    assertThat(u.confidence()).isLessThan(0.5);
  }

  @Test
  void germanVerbPhrase_equalToALabel_understood() {
    Understanding u = skill("gabelstapler fahren");
    assertThat(u.understood()).isTrue();
    assertThat(u.best().orElseThrow().uri()).isEqualTo(S + "forklift");
    assertThat(u.confidence()).isEqualTo(1.0);
  }

  @Test
  void noisyTitles_resolveToTheirOccupation() {
    assertThat(topOccupation("MARKETING EXECUTIVE IN PENANG")).isEqualTo(O + "marketing-executive");
    assertThat(topOccupation("Sales and Marketing Snr. Executive"))
        .isEqualTo(O + "marketing-executive");
    assertThat(topOccupation("Urgent!! Warehouse Worker (Shah Alam)"))
        .isEqualTo(O + "warehouse-worker");
    assertThat(topOccupation("Sales Asst")).isEqualTo(O + "sales-assistant");
  }

  @Test
  void understand_keepsBestAndRunnerUp() {
    Understanding u =
        TAXONOMY.resolver().understand("marketing", "en", ConceptType.OCCUPATION, 0.5);
    assertThat(u.found()).hasSize(2);
    assertThat(u.runnerUp()).isPresent();
    assertThat(u.best().orElseThrow().score())
        .isGreaterThanOrEqualTo(u.runnerUp().orElseThrow().score());
    // "marketing executive" and "marketing manager" are equally likely: not told apart
    assertThat(u.understood()).isFalse();
  }

  @Test
  void confidences_closeRunnerUpLowersBoth_orderKept() {
    double[] c =
        LuceneResolver.descending(LuceneResolver.confidences(new double[] {0.51, 0.5, 0.45, 0.2}));
    assertThat(c[0]).isCloseTo(0.06, within(1e-9));
    assertThat(c[1]).isCloseTo(0.05, within(1e-9));
    assertThat(c[2]).isCloseTo(0, within(1e-9));
    assertThat(c[3]).isCloseTo(0, within(1e-9));
    assertThat(LuceneResolver.confidences(new double[] {0.8, 0.6})).containsExactly(0.8, 0.6);
    // an exact match is not made uncertain by a fuzzy runner-up, only by another exact one
    assertThat(LuceneResolver.confidences(new double[] {1, 0.94})).containsExactly(1, 0.94);
    assertThat(LuceneResolver.confidences(new double[] {1, 1})[0]).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void confidences_runnerUpOfTheSameGroup_isNoDoubt() {
    String[] groups = {"7212", "7212", "7213"};
    assertThat(LuceneResolver.confidences(new double[] {0.8, 0.79, 0.5}, groups))
        .containsExactly(0.8, 0.79, 0.5);
    double[] c = LuceneResolver.confidences(new double[] {0.8, 0.79, 0.75}, groups);
    assertThat(c[0]).isCloseTo(0.8 - 5 * 0.05, within(1e-9));
  }

  @Test
  void understand_nothingFound_notUnderstood() {
    Understanding u = TAXONOMY.resolver().understand("   ", "de", ConceptType.SKILL, 0.5);
    assertThat(u.best()).isEmpty();
    assertThat(u.confidence()).isZero();
    assertThat(u.understood()).isFalse();
  }
}
