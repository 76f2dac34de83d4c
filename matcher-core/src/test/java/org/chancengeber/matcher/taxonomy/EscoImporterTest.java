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
import static org.chancengeber.matcher.taxonomy.TinyEsco.*;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chancengeber.matcher.model.RequirementLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class EscoImporterTest {
  @TempDir Path tmp;

  @Test
  void load_folderMergesLanguagesByUri() {
    Taxonomy t = EscoImporter.load(writeAll(tmp));

    assertThat(t.occupations()).hasSize(6);
    assertThat(t.skills()).hasSize(8);
    assertThat(t.relationCount()).isEqualTo(12);
    Occupation cook = t.occupation(COOK).orElseThrow();
    assertThat(cook.iscoGroup()).isEqualTo("5120");
    assertThat(cook.kldb()).contains("29302");
    assertThat(cook.requirementLevel()).contains(RequirementLevel.SKILLED);
    assertThat(cook.labels().preferred())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("en", "cook", "de", "Koch/Köchin", "ar", "طباخ / طباخة"));
    assertThat(cook.labels().alternatives())
        .containsEntry("en", List.of("chef", "commis chef"))
        .containsEntry("de", List.of("Küchenchef", "Küchenchefin"));
    assertThat(t.occupation(HEAD_COOK).orElseThrow().broader()).contains(COOK);
    assertThat(t.narrowerOccupations(COOK)).containsExactly(HEAD_COOK);
    assertThat(t.occupation(OCC + "ghost")).isEmpty();
    Skill hygiene = t.skill(FOOD_HYGIENE).orElseThrow();
    assertThat(hygiene.type()).isEqualTo(SkillType.KNOWLEDGE);
    assertThat(hygiene.reuseLevel()).isEqualTo("cross-sector");
    assertThat(t.skillsOf(COOK))
        .containsExactly(
            new OccupationSkill(COOK, PREPARE_MEALS, true),
            new OccupationSkill(COOK, FOOD_HYGIENE, true),
            new OccupationSkill(COOK, COOK_FISH, false));
    assertThat(t.occupationsWith(FOOD_HYGIENE))
        .extracting(OccupationSkill::occupationUri)
        .containsExactly(COOK, HEAD_COOK, KITCHEN_PORTER);
    assertThat(t.broaderSkills(COOK_VEG)).containsExactly(PREPARE_MEALS);
    assertThat(t.narrowerSkills(GROUP_FOOD)).containsExactlyInAnyOrder(PREPARE_MEALS, WASH_DISHES);
    assertThat(t.relatedSkills(READ_DRAWINGS)).containsExactly(WELD);
    assertThat(t.skillGroup(GROUP_METAL).orElseThrow().best("en")).isEqualTo("metal working");
    assertThat(t.iscoGroup("7212").orElseThrow().best("de")).isEqualTo("Welders and flamecutters");
  }

  @Test
  void loadReporting_countsWhatWasLeftOut() {
    EscoImporter.Loaded loaded = EscoImporter.loadReporting(writeAll(tmp));

    LoadReport r = loaded.report();
    assertThat(r.relationsRead()).isEqualTo(13);
    assertThat(r.relationsSkipped()).isEqualTo(1);
    assertThat(r.labelRowsSkipped()).isEqualTo(1);
    assertThat(r.ignoredFiles()).containsExactly(tmp.resolve("conceptSchemes_en.csv").toString());
    assertThat(r.notes())
        .containsExactly(
            tmp.resolve("occupations_de.csv")
                + ": 1 rows name concepts absent from the main language; their labels are left out",
            "1 of 13 occupation-skill relations left out: they name a concept not loaded, or repeat"
                + " one");
  }

  @Test
  void load_zipsAndFoldersMixed_sameTaxonomyAsOneFolder() {
    Path enZip = zip(tmp.resolve("esco-en-csv.zip"), EN);
    Path relZip = zip(tmp.resolve("esco-relations-csv.zip"), RELATIONS);
    Path de = write(tmp.resolve("de"), DE);
    Path arCsv = write(tmp.resolve("ar"), AR).resolve("occupations_ar.csv");

    Taxonomy mixed = EscoImporter.load(enZip, relZip, de, arCsv);
    Taxonomy folder = EscoImporter.load(writeAll(tmp.resolve("all")));

    assertThat(mixed.occupations()).containsExactlyElementsOf(folder.occupations());
    assertThat(mixed.skills()).containsExactlyElementsOf(folder.skills());
    assertThat(mixed.relationCount()).isEqualTo(folder.relationCount());
  }

  @Test
  void load_sameFilesTwice_relationsNotRepeated() {
    Taxonomy t = EscoImporter.load(writeAll(tmp.resolve("a")), writeAll(tmp.resolve("b")));

    assertThat(t.relationCount()).isEqualTo(12);
    assertThat(t.occupations()).hasSize(6);
  }

  @Test
  void load_withoutEnglish_mostRowsLanguageDefinesConcepts() {
    write(tmp, DE);
    write(tmp, AR);

    Taxonomy t = EscoImporter.load(tmp);

    assertThat(t.occupations())
        .extracting(Occupation::uri)
        .containsExactly(COOK, WELDER, NURSE, OCC + "ghost");
    assertThat(t.occupation(WELDER).orElseThrow().labels().preferred())
        .containsOnlyKeys("de", "ar");
  }

  @Test
  void loadClasspath_readsNamedResources() throws Exception {
    Path root = tmp.resolve("cp");
    writeAll(root.resolve("org/example/taxonomy"));
    try (URLClassLoader cl = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
      Taxonomy t = EscoImporter.loadClasspath(cl, "org/example/taxonomy", allNames());

      assertThat(t.occupations()).hasSize(6);
      assertThat(t.relationCount()).isEqualTo(12);
      assertThat(t.occupation(COOK).orElseThrow().labels().preferred()).containsKey("ar");
    }
  }

  @Test
  void loadClasspath_missingResource() {
    assertThatThrownBy(
            () ->
                EscoImporter.loadClasspath(
                    getClass().getClassLoader(), "nowhere/", List.of("occupations_en.csv")))
        .isInstanceOf(TaxonomyLoadException.class)
        .hasMessage("classpath:nowhere/occupations_en.csv: no such resource");
  }

  @Test
  void load_missingPath() {
    Path missing = tmp.resolve("missing");
    assertThatThrownBy(() -> EscoImporter.load(missing))
        .isInstanceOf(TaxonomyLoadException.class)
        .hasMessage(missing + ": no such file or folder");
  }

  @Test
  void load_folderWithoutEscoFiles() {
    assertThatThrownBy(() -> EscoImporter.load(tmp))
        .isInstanceOf(TaxonomyLoadException.class)
        .hasMessage(
            tmp + ": no ESCO label files (occupations_<lang>.csv, skills_<lang>.csv) found");
  }

  private TaxonomyLoadException loadBroken(String file, String content) {
    Map<String, String> files = new HashMap<>(EN);
    files.putAll(RELATIONS);
    files.put(file, content);
    write(tmp, files);
    try {
      EscoImporter.load(tmp);
    } catch (TaxonomyLoadException e) {
      return e;
    }
    throw new AssertionError("loaded a broken taxonomy");
  }

  @Test
  void load_missingColumn() {
    TaxonomyLoadException e = loadBroken("skills_en.csv", "conceptUri,label\n" + WELD + ",weld\n");

    assertThat(e)
        .hasMessage(
            tmp.resolve("skills_en.csv")
                + ", line 1: missing column \"preferredLabel\" (header: conceptUri,label)");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isZero();
  }

  @Test
  void load_unknownRelationType_namesLineAndColumn() {
    TaxonomyLoadException e =
        loadBroken(
            "occupationSkillRelations.csv",
            "occupationUri,relationType,skillType,skillUri\n"
                + COOK
                + ",essential,skill/competence,"
                + PREPARE_MEALS
                + "\n"
                + COOK
                + ",vital,skill/competence,"
                + COOK_FISH
                + "\n");

    assertThat(e)
        .hasMessage(
            tmp.resolve("occupationSkillRelations.csv")
                + ", line 3, column 44: relationType \"vital\" is neither \"essential\" nor"
                + " \"optional\"");
    assertThat(e.reason()).startsWith("relationType");
  }

  @Test
  void load_unclosedQuoteInAltLabels() {
    TaxonomyLoadException e =
        loadBroken(
            "occupations_de.csv",
            "conceptUri,preferredLabel,altLabels\n" + COOK + ",Koch,\"Küchenchef\nBeikoch\n");

    assertThat(e)
        .hasMessage(
            tmp.resolve("occupations_de.csv")
                + ", line 2, column 49: quoted field not closed before the end of the file");
  }

  @Test
  void load_wrongFieldCount() {
    TaxonomyLoadException e =
        loadBroken("occupations_de.csv", "conceptUri,preferredLabel\n" + COOK + ",Koch,extra\n");

    assertThat(e)
        .hasMessage(
            tmp.resolve("occupations_de.csv")
                + ", line 2, column 49: expected 2 fields as in the header, found 3");
  }

  @Test
  void load_badKldbCode() {
    TaxonomyLoadException e =
        loadBroken(
            "occupations_en.csv",
            "conceptUri,iscoGroup,preferredLabel,kldbCode\n" + COOK + ",5120,cook,2930\n");

    assertThat(e)
        .hasMessage(
            tmp.resolve("occupations_en.csv")
                + ", line 2, column 54: kldbCode \"2930\" is not a 5-digit KldB 2010 code");
  }

  @Test
  void load_badSkillType() {
    TaxonomyLoadException e =
        loadBroken(
            "skills_en.csv", "conceptUri,skillType,preferredLabel\n" + WELD + ",skil,weld\n");

    assertThat(e)
        .hasMessage(
            tmp.resolve("skills_en.csv")
                + ", line 2, column 39: skillType \"skil\" is neither \"skill/competence\" nor"
                + " \"knowledge\"");
  }

  @Test
  void load_invalidUtf8() throws Exception {
    Files.createDirectories(tmp);
    write(tmp, EN);
    Files.write(
        tmp.resolve("occupations_de.csv"),
        "conceptUri,preferredLabel\nx,K\u00f6ch\n".getBytes(StandardCharsets.ISO_8859_1));

    assertThatThrownBy(() -> EscoImporter.load(tmp))
        .isInstanceOf(TaxonomyLoadException.class)
        .hasMessage(
            tmp.resolve("occupations_de.csv")
                + ", line 2, column 4: not valid UTF-8 text (or holds U+FFFD, the replacement"
                + " character)");
  }

  @Test
  void load_emptyFile() throws Exception {
    write(tmp, EN);
    Files.writeString(tmp.resolve("skills_de.csv"), "");

    assertThatThrownBy(() -> EscoImporter.load(tmp))
        .isInstanceOf(TaxonomyLoadException.class)
        .hasMessage(tmp.resolve("skills_de.csv") + ": empty file, no header");
  }

  @Test
  void load_optionalColumnsAbsent_defaults() {
    write(tmp, Map.of("occupations_en.csv", "conceptUri,preferredLabel\n" + COOK + ",cook\n"));

    Occupation o = EscoImporter.load(tmp).occupation(COOK).orElseThrow();

    assertThat(o.iscoGroup()).isEmpty();
    assertThat(o.kldb()).isEqualTo(Optional.empty());
    assertThat(o.labels().alternatives()).isEmpty();
  }
}
