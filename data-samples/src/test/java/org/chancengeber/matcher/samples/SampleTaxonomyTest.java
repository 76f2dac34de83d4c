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
package org.chancengeber.matcher.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.chancengeber.matcher.model.RequirementLevel;
import org.chancengeber.matcher.taxonomy.ConceptResolver.Resolution;
import org.chancengeber.matcher.taxonomy.ConceptType;
import org.chancengeber.matcher.taxonomy.EscoImporter;
import org.chancengeber.matcher.taxonomy.Occupation;
import org.chancengeber.matcher.taxonomy.OccupationSkill;
import org.chancengeber.matcher.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class SampleTaxonomyTest {
  private static final EscoImporter.Loaded LOADED =
      EscoImporter.loadClasspathReporting(
          SampleData.class.getClassLoader(), SampleData.TAXONOMY_FOLDER, SampleData.TAXONOMY_FILES);
  private static final Taxonomy TAXONOMY = LOADED.taxonomy();
  private static final String SKILL = "http://data.europa.eu/esco/skill/";

  @Test
  void load_readsEveryFileAndLeavesNothingOut() {
    assertThat(LOADED.report().files()).hasSize(SampleData.TAXONOMY_FILES.size());
    assertThat(LOADED.report().ignoredFiles()).isEmpty();
    assertThat(LOADED.report().relationsRead()).isEqualTo(698);
    assertThat(LOADED.report().relationsSkipped()).isZero();
    assertThat(LOADED.report().labelRowsSkipped()).isZero();
  }

  @Test
  void taxonomy_hasExpectedCounts() {
    assertThat(TAXONOMY.occupations()).hasSize(41);
    assertThat(TAXONOMY.skills()).hasSize(500);
    assertThat(TAXONOMY.relationCount()).isEqualTo(698);
    long essential =
        TAXONOMY.occupations().stream()
            .flatMap(o -> TAXONOMY.skillsOf(o.uri()).stream())
            .filter(OccupationSkill::essential)
            .count();
    assertThat(essential).isEqualTo(544);
    assertThat(TAXONOMY.occupations())
        .allSatisfy(o -> assertThat(TAXONOMY.skillsOf(o.uri())).hasSizeBetween(12, 20));
    assertThat(SampleData.taxonomy().skills()).hasSize(500);
  }

  @Test
  void occupations_haveFiveLanguagesAndKldb() {
    Occupation cook = TAXONOMY.occupation(TestTaxonomies.COOK).orElseThrow();
    assertThat(cook.labels().preferred())
        .containsEntry("en", "cook")
        .containsEntry("de", "Koch/Köchin")
        .containsKeys("ar", "fa", "uk");
    assertThat(cook.labels().alternatives().get("de")).contains("Koch", "Köchin");
    assertThat(cook.kldb()).hasValue("29302");
    assertThat(cook.iscoGroup()).isEqualTo("5120");
    assertThat(TAXONOMY.iscoGroup("5120").orElseThrow().preferred())
        .containsEntry("en", "Cooks")
        .containsEntry("de", "Köche");
    assertThat(TAXONOMY.occupations())
        .allSatisfy(o -> assertThat(TAXONOMY.iscoGroup(o.iscoGroup())).isPresent());
    assertThat(cook.requirementLevel()).hasValue(RequirementLevel.SKILLED);
    assertThat(TAXONOMY.occupation(TestTaxonomies.KITCHEN).orElseThrow().requirementLevel())
        .hasValue(RequirementLevel.HELPER);
    assertThat(TAXONOMY.occupations())
        .allSatisfy(
            o -> {
              assertThat(o.labels().preferred()).containsKeys("en", "de", "ar", "fa", "uk");
              assertThat(o.kldb()).isPresent();
            });
    assertThat(TAXONOMY.skills())
        .allSatisfy(s -> assertThat(s.labels().preferred()).containsKeys("en", "de"));
  }

  @Test
  void skills_haveGroupsAndRelations() {
    String cooking = SKILL + "f3934441-4bff-4076-9945-e6c51a01c467";
    assertThat(TAXONOMY.skill(cooking).orElseThrow().labels().preferred())
        .containsEntry("de", "Kochtechniken anwenden")
        .containsEntry("ar", "استخدام تقنيات الطهي");
    String group = SKILL + "89f8435a-ebc1-42b6-bf5c-496999e99776";
    assertThat(TAXONOMY.broaderSkills(cooking)).contains(group);
    assertThat(TAXONOMY.skillGroup(group).orElseThrow().preferred())
        .containsEntry("de", "Speisen und Getränke zubereiten");
    assertThat(TAXONOMY.narrowerSkills(group)).hasSizeGreaterThanOrEqualTo(10);
    long related =
        TAXONOMY.skills().stream().filter(s -> !TAXONOMY.relatedSkills(s.uri()).isEmpty()).count();
    assertThat(related).isPositive();
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "en", "ar", "fa", "uk"})
  void resolver_preferredOccupationLabels_findTheirOwnConcept(String lang) {
    for (Occupation o : TAXONOMY.occupations()) {
      String label = o.labels().preferred().get(lang);
      List<Resolution> found =
          TAXONOMY.resolver().resolve(label, lang, Optional.of(ConceptType.OCCUPATION), 1);
      assertThat(found).as(label).isNotEmpty();
      assertThat(found.get(0).uri()).as(label).isEqualTo(o.uri());
    }
  }

  @Test
  void resolver_findsEverydayGermanWords() {
    List<Resolution> kochen =
        TAXONOMY.resolver().resolve("kochen", "de", Optional.of(ConceptType.SKILL), 3);
    assertThat(kochen).isNotEmpty();
    assertThat(kochen.get(0).uri()).isEqualTo(SKILL + "f3934441-4bff-4076-9945-e6c51a01c467");
    List<Resolution> koch =
        TAXONOMY.resolver().resolve("Köchin", "de", Optional.of(ConceptType.OCCUPATION), 3);
    assertThat(koch.get(0).uri()).isEqualTo(TestTaxonomies.COOK);
  }
}
