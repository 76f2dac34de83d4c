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
package org.chancengeber.matcher.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ResolveCommandTest {
  private static final String OCC = "http://data.europa.eu/esco/occupation/";
  private static final String SKILL = "http://data.europa.eu/esco/skill/";
  private static final String SAMPLE_COOK = OCC + "90f75f67-495d-49fa-ab57-2f320e251d7e";

  @TempDir Path tmp;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = MatcherCli.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  /** A tiny taxonomy in the official ESCO layout: English concepts, German and Arabic labels. */
  private Path tinyEsco() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("esco"));
    Files.writeString(
        dir.resolve("occupations_en.csv"),
        "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels\n"
            + "Occupation,"
            + OCC
            + "cook,5120,cook,\"chef\ncommis chef\"\n"
            + "Occupation,"
            + OCC
            + "welder,7212,welder,\n");
    Files.writeString(
        dir.resolve("occupations_de.csv"),
        "conceptUri,iscoGroup,preferredLabel,altLabels,broaderUri,definition\n"
            + OCC
            + "cook,5120,Koch/Köchin,Küchenchef/in,,\n"
            + OCC
            + "welder,7212,Schweißer/Schweißerin,,,\n");
    Files.writeString(
        dir.resolve("occupations_ar.csv"),
        "conceptUri,iscoGroup,preferredLabel\n" + OCC + "cook,5120,طباخ / طباخة\n");
    Files.writeString(
        dir.resolve("skills_en.csv"),
        "conceptUri,skillType,reuseLevel,preferredLabel,altLabels\n"
            + SKILL
            + "weld,skill/competence,sector-specific,use welding equipment,\"weld\"\n");
    Files.writeString(
        dir.resolve("occupationSkillRelations.csv"),
        "occupationUri,relationType,skillType,skillUri\n"
            + OCC
            + "welder,essential,skill/competence,"
            + SKILL
            + "weld\n");
    return dir;
  }

  @Test
  void resolve_jsonlOneLinePerText() throws IOException {
    Run r =
        run(
            "resolve",
            "--esco",
            tinyEsco().toString(),
            "--lang",
            "de",
            "--top",
            "1",
            "--format",
            "jsonl",
            "Köchin (m/w/d)",
            "Schweisser");

    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out().lines())
        .containsExactly(
            "{\"text\": \"Köchin (m/w/d)\", \"understood\": true, \"matches\": [{\"id\": \""
                + OCC
                + "cook\", \"label\": \"Koch/Köchin\", \"type\": \"occupation\", \"score\": 1.0}]}",
            "{\"text\": \"Schweisser\", \"understood\": true, \"matches\": [{\"id\": \""
                + OCC
                + "welder\", \"label\": \"Schweißer/Schweißerin\", \"type\": \"occupation\","
                + " \"score\": 1.0}]}");
  }

  /**
   * Skills around "Dach decken" (roofing), as in the sample taxonomy: table setting, wooden roofs.
   */
  private Path roofingEsco() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("roofing"));
    Files.writeString(
        dir.resolve("skills_en.csv"),
        "conceptUri,skillType,reuseLevel,preferredLabel,altLabels\n"
            + SKILL
            + "set-tables,skill/competence,sector-specific,set tables,\n"
            + SKILL
            + "wooden-roofs,skill/competence,sector-specific,build wooden roofs,\n");
    Files.writeString(
        dir.resolve("skills_de.csv"),
        "conceptUri,preferredLabel,altLabels\n"
            + SKILL
            + "set-tables,Tische eindecken,eindecken\n"
            + SKILL
            + "wooden-roofs,Holzdächer bauen,\n");
    Files.writeString(
        dir.resolve("occupations_en.csv"),
        "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels\n"
            + "Occupation,"
            + OCC
            + "roofer,7121,roofer,\n");
    return dir;
  }

  @Test
  void resolve_aliasesFile_overridesEscoLabels() throws IOException {
    Path esco = tinyEsco();
    Path aliases = tmp.resolve("aliases.csv");
    Files.writeString(aliases, "text,concept,lang\nKüchenchef," + OCC + "welder,de\n");
    Run r =
        run(
            "resolve",
            "--esco",
            esco.toString(),
            "--aliases",
            aliases.toString(),
            "--lang",
            "de",
            "--top",
            "2",
            "--format",
            "jsonl",
            "Küchenchef");

    assertThat(r.code()).isZero();
    assertThat(r.out())
        .startsWith(
            "{\"text\": \"Küchenchef\", \"understood\": true, \"matches\": [{\"id\": \""
                + OCC
                + "welder\", \"label\": \"Schweißer/Schweißerin\", \"type\": \"occupation\","
                + " \"score\": 1.0}, {\"id\": \""
                + OCC
                + "cook\"");
  }

  @Test
  void resolve_aliasesFileNamesUnknownConcept_exit3() throws IOException {
    Path aliases = tmp.resolve("aliases.csv");
    Files.writeString(aliases, "Brater," + OCC + "nope\n");
    Run r = run("resolve", "--esco", tinyEsco().toString(), "--aliases", aliases.toString(), "x");

    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err())
        .isEqualTo(
            "matcher resolve: --aliases: "
                + aliases
                + ", line 1: alias \"Brater\" names "
                + OCC
                + "nope, which is not an occupation or skill of the taxonomy\n");
  }

  @Test
  void resolve_weakMatch_saysNotUnderstood() throws IOException {
    Run r =
        run(
            "resolve",
            "--esco",
            roofingEsco().toString(),
            "--type",
            "skill",
            "--lang",
            "de",
            "Dach decken");

    assertThat(r.code()).isZero();
    assertThat(r.out())
        .containsPattern("not understood: best confidence 0\\.\\d{3} is below 0\\.50");
  }

  @Test
  void validate_esco_listsTextsNotUnderstoodWithLine() throws IOException {
    Path people = tmp.resolve("people.jsonl");
    String person =
        "{\"id\":\"c-%d\",\"location\":{\"lat\":51.3,\"lon\":9.5},"
            + "\"residence\":{\"status\":\"DULDUNG\"},\"skills\":[%s]}\n";
    Files.writeString(
        people,
        String.format(person, 1, "{\"text\":\"Tische eindecken\",\"lang\":\"de\"}")
            + String.format(
                person,
                2,
                "{\"skill\":\""
                    + SKILL
                    + "weld\"},"
                    + "{\"text\":\"Dach decken\",\"lang\":\"de\"}"));
    Run r = run("validate", "--candidates", people.toString(), "--esco", roofingEsco().toString());

    assertThat(r.code()).isZero();
    // issue 14: validate checks concept ids against the taxonomy as match does, so the id that
    // the tiny ESCO lacks is a warning first
    assertThat(r.out().lines())
        .hasSize(3)
        .first()
        .isEqualTo("warning: people.jsonl:2: skills[0].skill: not a skill in the taxonomy");
    assertThat(r.out().lines()).last().isEqualTo("2 valid, 0 rejected, 1 texts not understood");
    assertThat(r.out().lines().skip(1).findFirst().orElseThrow())
        .startsWith(
            "people.jsonl:2: skills[1].skill: \"Dach decken\" (de) not understood as skill (best"
                + " \"")
        .endsWith(" below 0.50)");
  }

  @Test
  void resolve_tableIsReadable() throws IOException {
    Run r = run("resolve", "--esco", tinyEsco().toString(), "--lang", "ar", "--top", "2", "طباخه");

    assertThat(r.code()).isZero();
    assertThat(r.out().lines().toList().subList(0, 3))
        .containsExactly(
            "طباخه",
            "  #   score  type        label         id",
            "  1   1.000  occupation  طباخ / طباخة  " + OCC + "cook");
  }

  @Test
  void resolve_typeRestriction() throws IOException {
    Run r =
        run(
            "resolve",
            "--esco",
            tinyEsco().toString(),
            "--type",
            "skill",
            "--format",
            "jsonl",
            "welding");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("\"id\": \"" + SKILL + "weld\"").doesNotContain(OCC);
  }

  @Test
  void resolve_escoAsZip() throws IOException {
    Path dir = tinyEsco();
    Path zip = tmp.resolve("esco.zip");
    try (var z = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip));
        var files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        z.putNextEntry(new java.util.zip.ZipEntry(f.getFileName().toString()));
        z.write(Files.readAllBytes(f));
        z.closeEntry();
      }
    }
    Run r = run("resolve", "--esco", zip.toString(), "--format", "jsonl", "--top", "1", "chef");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("\"id\": \"" + OCC + "cook\"");
  }

  @Test
  void resolve_missingEscoPath_exit3WithoutStackTrace() {
    Path missing = tmp.resolve("nowhere");
    Run r = run("resolve", "--esco", missing.toString(), "Koch");

    assertThat(r.code()).isEqualTo(3);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(
            "matcher resolve: cannot load the taxonomy: "
                + missing
                + ": no such file or folder"
                + System.lineSeparator());
  }

  @Test
  void resolve_malformedEscoFile_exit3NamesFileLineColumn() throws IOException {
    Path dir = tinyEsco();
    Files.writeString(
        dir.resolve("occupationSkillRelations.csv"),
        "occupationUri,relationType,skillType,skillUri\n" + OCC + "welder,vital,x,y\n");
    Run r = run("resolve", "--esco", dir.toString(), "Koch");

    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err())
        .isEqualTo(
            "matcher resolve: cannot load the taxonomy: "
                + dir.resolve("occupationSkillRelations.csv")
                + ", line 2, column 46: relationType \"vital\" is neither \"essential\" nor"
                + " \"optional\""
                + System.lineSeparator());
  }

  @Test
  void resolve_usageErrors_exit2() {
    assertThat(run("resolve").code()).isEqualTo(2);
    Run top = run("resolve", "--top", "0", "Koch");
    assertThat(top.code()).isEqualTo(2);
    assertThat(top.err()).startsWith("--top must be at least 1 (was 0)");
    Run format = run("resolve", "--format", "xml", "Koch");
    assertThat(format.code()).isEqualTo(2);
    assertThat(format.err()).startsWith("--format must be table or jsonl (was xml)");
    assertThat(run("resolve", "--type", "job", "Koch").code()).isEqualTo(2);
  }

  @Test
  void resolve_withoutEsco_usesTheSampleTaxonomy() {
    Run r = run("resolve", "--lang", "de", "--top", "1", "--format", "jsonl", "Köchin");

    assertThat(r.code()).isZero();
    assertThat(r.out())
        .startsWith(
            "{\"text\": \"Köchin\", \"understood\": true, \"matches\": [{\"id\": \"" + SAMPLE_COOK);
  }

  @Test
  void resolve_realEsco() {
    Path esco =
        Path.of(System.getProperty("chancengeber.shared.data", "../../shared/data"), "esco");
    assumeTrue(Files.isDirectory(esco), "shared ESCO data absent (" + esco + "): test skipped");
    Run r =
        run(
            "resolve",
            "--esco",
            esco.resolve("v1.1.1/esco-v1.1.1-classification-en-csv.zip").toString(),
            "--esco",
            esco.resolve("v1.1.1/esco-v1.1.1-classification-relations-csv.zip").toString(),
            "--esco",
            esco.resolve("v1.2.0-de").toString(),
            "--lang",
            "de",
            "--top",
            "3",
            "--format",
            "jsonl",
            "Koch/Köchin",
            "Schweißer");

    assertThat(r.code()).isZero();
    assertThat(r.out().lines())
        .hasSize(2)
        .allSatisfy(l -> assertThat(l).contains("\"type\": \"occupation\""));
    assertThat(r.out().lines().findFirst().orElseThrow())
        .contains("\"label\": \"Koch/Köchin\"", "\"score\": 1.0");
  }
}
