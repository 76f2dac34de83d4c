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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chancengeber.matcher.taxonomy.ConceptResolver.Resolution;
import org.junit.jupiter.api.Test;

final class LuceneResolverTest {
  private static final String O = "http://data.europa.eu/esco/occupation/";
  private static final String S = "http://data.europa.eu/esco/skill/";

  private static Occupation occupation(
      String id, Map<String, String> pref, Map<String, List<String>> alt) {
    return new Occupation(O + id, "", Optional.empty(), new Labels(pref, alt), Optional.empty());
  }

  private static Skill skill(String id, Map<String, String> pref) {
    return new Skill(S + id, SkillType.SKILL_COMPETENCE, "", new Labels(pref, Map.of()));
  }

  private static final Taxonomy TAXONOMY =
      Taxonomy.builder()
          .occupation(
              occupation(
                  "cook",
                  Map.of("en", "cook", "de", "Koch/Köchin", "ar", "طباخ / طباخة", "fa", "آشپز"),
                  Map.of("de", List.of("Küchenchef/in"))))
          .occupation(occupation("kitchen-help", Map.of("de", "Beikoch/Beiköchin"), Map.of()))
          .occupation(
              occupation("metal", Map.of("de", "Metallbauer/in", "en", "metal worker"), Map.of()))
          .occupation(occupation("nurse", Map.of("de", "Pflegefachmann/-frau"), Map.of()))
          .occupation(
              occupation(
                  "electrician", Map.of("de", "Elektroniker/-in für Betriebstechnik"), Map.of()))
          .occupation(occupation("mechanic", Map.of("de", "Industriemechaniker/in"), Map.of()))
          .occupation(occupation("welder", Map.of("de", "Schweißer/Schweißerin"), Map.of()))
          .skill(skill("cooking", Map.of("de", "kochen", "en", "cook", "fa", "آشپزی")))
          .skill(skill("welding", Map.of("de", "schweißen", "en", "weld metal")))
          .build();

  private static List<Resolution> resolve(String text, String lang, ConceptType type) {
    return TAXONOMY.resolver().resolve(text, lang, Optional.of(type), 3);
  }

  private static String top(String text, String lang, ConceptType type) {
    List<Resolution> r = resolve(text, lang, type);
    return r.isEmpty() ? "nothing" : r.get(0).uri();
  }

  @Test
  void resolve_genderedFormsOfLabelsAndQueries() {
    assertThat(top("Köchin", "de", ConceptType.OCCUPATION)).isEqualTo(O + "cook");
    assertThat(top("Koch (m/w/d)", "de", ConceptType.OCCUPATION)).isEqualTo(O + "cook");
    assertThat(top("Metallbauerin", "de", ConceptType.OCCUPATION)).isEqualTo(O + "metal");
    assertThat(top("Pflegefachfrau", "de", ConceptType.OCCUPATION)).isEqualTo(O + "nurse");
    assertThat(top("Elektronikerin für Betriebstechnik", "de", ConceptType.OCCUPATION))
        .isEqualTo(O + "electrician");
    assertThat(top("Küchenchefin", "de", ConceptType.OCCUPATION)).isEqualTo(O + "cook");
    Resolution exact = resolve("Metallbauer/-in (w/m/d)", "de", ConceptType.OCCUPATION).get(0);
    assertThat(exact)
        .isEqualTo(new Resolution(O + "metal", ConceptType.OCCUPATION, "Metallbauer/in", 1.0));
  }

  @Test
  void resolve_umlautsAndSharpS() {
    assertThat(top("Koechin", "de", ConceptType.OCCUPATION)).isEqualTo(O + "cook");
    assertThat(top("Schweisser", "de", ConceptType.OCCUPATION)).isEqualTo(O + "welder");
    assertThat(resolve("Schweisser", "de", ConceptType.OCCUPATION).get(0).score()).isEqualTo(1.0);
    assertThat(top("schweissen", "de", ConceptType.SKILL)).isEqualTo(S + "welding");
  }

  @Test
  void resolve_typosStillFindTheConcept() {
    Resolution r = resolve("Schweiser", "de", ConceptType.OCCUPATION).get(0);
    assertThat(r.uri()).isEqualTo(O + "welder");
    assertThat(r.score()).isBetween(0.5, 0.95);
    assertThat(top("Metalbauer", "de", ConceptType.OCCUPATION)).isEqualTo(O + "metal");
    assertThat(top("Industriemechanikr", "de", ConceptType.OCCUPATION)).isEqualTo(O + "mechanic");
  }

  @Test
  void resolve_compoundPartFindsTheCompound() {
    assertThat(top("Mechaniker", "de", ConceptType.OCCUPATION)).isEqualTo(O + "mechanic");
    List<Resolution> koch = resolve("Koch", "de", ConceptType.OCCUPATION);
    assertThat(koch).extracting(Resolution::uri).startsWith(O + "cook", O + "kitchen-help");
    assertThat(koch.get(0).score()).isGreaterThan(koch.get(1).score());
  }

  @Test
  void resolve_arabicAndPersianLetterVariants() {
    // teh marbuta written as heh
    assertThat(resolve("طباخه", "ar", ConceptType.OCCUPATION).get(0))
        .isEqualTo(new Resolution(O + "cook", ConceptType.OCCUPATION, "طباخ / طباخة", 1.0));
    // Arabic yeh instead of Persian yeh
    assertThat(resolve("آشپزي", "fa", ConceptType.SKILL).get(0).uri()).isEqualTo(S + "cooking");
  }

  @Test
  void resolve_arabicAndPersianWithDiacritics() {
    // shadda and fatha written over the letters; Persian with zero-width non-joiner and kasra
    assertThat(top("طَبّاخ", "ar", ConceptType.OCCUPATION)).isEqualTo(O + "cook");
    assertThat(top("آشپزِ", "fa", ConceptType.OCCUPATION)).isEqualTo(O + "cook");
  }

  @Test
  void resolve_typeRestrictsAndEmptyTypeFindsBoth() {
    assertThat(top("kochen", "de", ConceptType.SKILL)).isEqualTo(S + "cooking");
    List<Resolution> both = TAXONOMY.resolver().resolve("cook", "en", Optional.empty(), 5);
    assertThat(both)
        .extracting(Resolution::type)
        .contains(ConceptType.OCCUPATION, ConceptType.SKILL);
    assertThat(both.subList(0, 2))
        .extracting(Resolution::uri)
        .containsExactlyInAnyOrder(O + "cook", S + "cooking");
  }

  @Test
  void resolve_labelInQueryLanguage() {
    assertThat(TAXONOMY.resolver().resolve("طباخ", "ar", Optional.empty(), 1).get(0).label())
        .isEqualTo("طباخ / طباخة");
    assertThat(TAXONOMY.resolver().resolve("طباخ", "en", Optional.empty(), 1).get(0).label())
        .isEqualTo("cook");
  }

  @Test
  void resolve_scoresDescendInUnitRangeAndAtMostK() {
    for (String q : List.of("Koch", "Metall", "Pflege", "xyz", "Schweißer Metallbauer")) {
      List<Resolution> r = TAXONOMY.resolver().resolve(q, "", Optional.empty(), 4);
      assertThat(r).hasSizeLessThanOrEqualTo(4);
      for (int i = 0; i < r.size(); i++) {
        assertThat(r.get(i).score()).isBetween(0.0, 1.0);
        if (i > 0) {
          assertThat(r.get(i).score()).isLessThanOrEqualTo(r.get(i - 1).score());
        }
      }
    }
  }

  @Test
  void resolve_emptyTextOrZeroK() {
    assertThat(TAXONOMY.resolver().resolve("  ", "de", Optional.empty(), 3)).isEmpty();
    assertThat(TAXONOMY.resolver().resolve("Koch", "de", Optional.empty(), 0)).isEmpty();
    assertThatThrownBy(() -> TAXONOMY.resolver().resolve("Koch", "de", Optional.empty(), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("k (-1) must not be negative");
  }

  @Test
  void similarity_wordsOfQueryAndLabel() {
    assertThat(LuceneResolver.similarity(List.of("koch"), List.of("koch"))).isEqualTo(0.95);
    assertThat(LuceneResolver.wordSimilarity("koch", "beikoch")).isEqualTo(0.5 + 0.5 * 4 / 7.0);
    assertThat(LuceneResolver.wordSimilarity("abc", "xyz")).isZero();
  }

  @Test
  void wordSimilarity_roleNounsOfOneGroup() {
    assertThat(LuceneResolver.wordSimilarity("associate", "assistant"))
        .isEqualTo(LuceneResolver.ROLE_NOUN);
    assertThat(LuceneResolver.wordSimilarity("programmer", "developer"))
        .isEqualTo(LuceneResolver.ROLE_NOUN);
    assertThat(LuceneResolver.wordSimilarity("assistant", "developer"))
        .isLessThan(LuceneResolver.ROLE_NOUN);
  }

  private static Occupation english(String id, String label, Optional<String> broader) {
    return new Occupation(
        O + id, "2512", Optional.empty(), new Labels(Map.of("en", label), Map.of()), broader);
  }

  @Test
  void resolve_equallyGoodFit_broadOccupationFirst() {
    Occupation broad = english("software-developer", "software developer", Optional.empty());
    Occupation narrow =
        english("games-developer", "games developer", Optional.of(O + "software-developer"));
    Taxonomy t = Taxonomy.builder().occupation(narrow).occupation(broad).build();
    List<Resolution> r =
        t.resolver().resolve("Qlik Developer", "en", Optional.of(ConceptType.OCCUPATION), 2);
    assertThat(r).extracting(Resolution::uri).containsExactly(broad.uri(), narrow.uri());
    // the prior ranks, it does not make the text better understood: both stay unsure
    assertThat(r.get(0).score()).isLessThan(0.5);
  }
}
