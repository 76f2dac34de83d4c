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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chancengeber.matcher.taxonomy.ConceptResolver.Resolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class AliasesTest {
  private static final String O = "http://data.europa.eu/esco/occupation/";
  private static final String S = "http://data.europa.eu/esco/skill/";

  private static final Taxonomy TAXONOMY =
      Taxonomy.builder()
          .occupation(
              new Occupation(
                  O + "cook",
                  "5120",
                  Optional.empty(),
                  new Labels(Map.of("en", "cook", "de", "Koch/Köchin"), Map.of()),
                  Optional.empty()))
          .occupation(
              new Occupation(
                  O + "kitchen-help",
                  "9412",
                  Optional.empty(),
                  new Labels(Map.of("en", "kitchen assistant", "de", "Küchenhilfe"), Map.of()),
                  Optional.empty()))
          .occupation(
              new Occupation(
                  O + "roofer",
                  "7121",
                  Optional.empty(),
                  new Labels(Map.of("en", "roofer", "de", "Dachdecker/in"), Map.of()),
                  Optional.empty()))
          .skill(
              new Skill(
                  S + "roofing",
                  SkillType.SKILL_COMPETENCE,
                  "",
                  new Labels(Map.of("en", "install roofing"), Map.of())))
          .build();

  private static List<Resolution> occupations(Taxonomy t, String text, String lang) {
    return t.resolver().resolve(text, lang, Optional.of(ConceptType.OCCUPATION), 3);
  }

  @Test
  void withAliases_exactAliasBeatsAnEscoLabelOfAnotherConcept() {
    Taxonomy t =
        TAXONOMY.withAliases(
            Aliases.of(List.of(new Aliases.Alias("Koch", O + "kitchen-help", "de"))));
    List<Resolution> r = occupations(t, "Koch (m/w/d)", "de");
    assertThat(r.get(0))
        .isEqualTo(new Resolution(O + "kitchen-help", ConceptType.OCCUPATION, "Küchenhilfe", 1.0));
    assertThat(r.get(1).uri()).isEqualTo(O + "cook");
    assertThat(r.get(1).score()).isEqualTo(0.9);
    // the taxonomy itself is unchanged
    assertThat(occupations(TAXONOMY, "Koch", "de").get(0).uri()).isEqualTo(O + "cook");
  }

  @Test
  void withAliases_aliasInAnotherLanguage_countsNinetyPercent() {
    Taxonomy t =
        TAXONOMY.withAliases(
            Aliases.of(List.of(new Aliases.Alias("Dachklempner", O + "roofer", "de"))));
    assertThat(occupations(t, "Dachklempner", "de").get(0).score()).isEqualTo(1.0);
    Resolution other = occupations(t, "Dachklempner", "en").get(0);
    assertThat(other.uri()).isEqualTo(O + "roofer");
    assertThat(other.score()).isEqualTo(0.9);
  }

  @Test
  void withAliases_aliasWithoutLanguage_anyLanguageAndSkillsToo() {
    Taxonomy t =
        TAXONOMY.withAliases(
            Aliases.of(List.of(new Aliases.Alias("Dach decken", S + "roofing", ""))));
    Resolution r =
        t.resolver().resolve("Dach decken", "de", Optional.of(ConceptType.SKILL), 1).get(0);
    assertThat(r)
        .isEqualTo(new Resolution(S + "roofing", ConceptType.SKILL, "install roofing", 1.0));
    assertThat(t.aliases().size()).isEqualTo(1);
  }

  @Test
  void withAliases_unknownConcept_rejectedWithItsOrigin() {
    assertThatThrownBy(
            () ->
                TAXONOMY.withAliases(
                    Aliases.of(List.of(new Aliases.Alias("Lager", O + "nope", "de")))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "alias 1: alias \"Lager\" names "
                + O
                + "nope, which is not an occupation or skill of"
                + " the taxonomy");
  }

  @Test
  void read_headerQuotesAndOptionalLanguage(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("aliases.csv");
    Files.writeString(
        f,
        "text,concept,lang\n\"Koch, warme Küche\","
            + O
            + "cook,de\nchef de partie,"
            + O
            + "cook\n\n",
        StandardCharsets.UTF_8);
    Aliases a = Aliases.read(f);
    assertThat(a.all())
        .containsExactly(
            new Aliases.Alias("Koch, warme Küche", O + "cook", "de"),
            new Aliases.Alias("chef de partie", O + "cook", ""));
    assertThatThrownBy(
            () ->
                TAXONOMY.withAliases(
                    Aliases.read(f).and(Aliases.of(List.of(new Aliases.Alias("x", "y", ""))))))
        .hasMessageStartingWith("alias 1: alias \"x\" names y");
  }

  @Test
  void read_wrongFieldCountOrLanguage_namesFileAndLine(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("aliases.csv");
    Files.writeString(f, "Koch," + O + "cook\nLager\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Aliases.read(f))
        .isInstanceOf(TaxonomyLoadException.class)
        .hasMessage(f + ", line 2: expected text,conceptUri[,lang] but found 1 field(s)");
    Files.writeString(f, "Koch," + O + "cook,deutsch\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Aliases.read(f))
        .isInstanceOf(TaxonomyLoadException.class)
        .hasMessage(
            f
                + ", line 1, column "
                + (6 + O.length() + 4 + 1)
                + ": alias language (deutsch) must be a two- or three-letter code or empty");
    assertThatThrownBy(() -> Aliases.read(dir.resolve("none.csv")))
        .hasMessage(dir.resolve("none.csv") + ": no such file");
  }
}
