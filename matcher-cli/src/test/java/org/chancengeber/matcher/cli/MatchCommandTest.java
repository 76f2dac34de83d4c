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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chancengeber.matcher.samples.SampleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class MatchCommandTest {
  private static final String TODAY = "2026-12-01";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void match_sampleData_writesSchemaValidRankedJsonLines() throws IOException {
    Cli r = Cli.run("match", "--today", TODAY, "--top", "3");

    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSizeGreaterThan(300);
    JsonSchema schema = schema("match.schema.json");
    String previous = "";
    int expectedRank = 1;
    for (String line : lines) {
      JsonNode node = JSON.readTree(line);
      assertThat(schema.validate(node)).as(line).isEmpty();
      String candidate = node.get("candidate").asText();
      expectedRank = candidate.equals(previous) ? expectedRank + 1 : 1;
      assertThat(node.get("rank").asInt()).as(line).isEqualTo(expectedRank);
      assertThat(node.get("rank").asInt()).isLessThanOrEqualTo(3);
      previous = candidate;
    }
    assertThat(r.err())
        .contains("people: 323 read, 323 matched, 0 rejected")
        .contains("offers: 172 read");
  }

  @Test
  void match_sameInputTwiceAndOnOneOrTwoThreads_byteIdenticalOutput() {
    Cli one = Cli.run("match", "--today", TODAY, "--threads", "1");
    Cli two = Cli.run("match", "--today", TODAY, "--threads", "2");

    assertThat(one.exitCode()).isZero();
    assertThat(two.out()).isEqualTo(one.out());
    assertThat(Cli.run("match", "--today", TODAY, "--threads", "2").out()).isEqualTo(one.out());
  }

  @Test
  void match_caseCook_getsTheRestaurantFirst() {
    Cli r = Cli.run("match", "--today", TODAY, "--top", "1");

    assertThat(r.out().lines())
        .filteredOn(l -> l.contains("\"candidate\":\"c-case-cook\""))
        .singleElement()
        .asString()
        .contains("\"vacancy\":\"v-case-restaurant\"");
  }

  @Test
  void match_tableFormat_isReadable() {
    Cli r = Cli.run("match", "--today", TODAY, "--top", "2", "--format", "table");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("c-case-a2 · Düsseldorf · German A2")
        .contains("v-case-apprenticeship")
        .contains("step: job-related German course A2→B1")
        .contains("why: skills ")
        .contains("evidence 0.")
        .doesNotContain("scoring.");
  }

  @Test
  void match_tableInEveryLanguage_namesEveryFactor() {
    for (String lang : List.of("en", "de", "ar", "fa", "uk")) {
      Cli r = Cli.run("match", "--today", TODAY, "--top", "2", "--format", "table", "--lang", lang);

      assertThat(r.exitCode()).isZero();
      assertThat(r.out()).as(lang).doesNotContain("scoring.").doesNotContain("cli.");
    }
  }

  @Test
  void match_germanTable_rendersGapsInGerman() {
    Cli r = Cli.run("match", "--today", TODAY, "--top", "2", "--format", "table", "--lang", "de");

    assertThat(r.out()).contains("Deutsch A2").contains("Lücke: ").contains("Schritt: ");
  }

  @Test
  void match_csvFormat_hasHeaderAndOneRowPerMatch() {
    Cli r = Cli.run("match", "--today", TODAY, "--top", "1", "--format", "csv");

    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo("candidate,rank,vacancy,score,readiness,readyInMonths,gaps,pathway");
    assertThat(lines).anyMatch(l -> l.startsWith("c-case-cook,1,v-case-restaurant,"));
  }

  private static long notUnderstood(String err) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(\\d+) texts not understood").matcher(err);
    return m.find() ? Long.parseLong(m.group(1)) : 0;
  }

  @Test
  void match_textNotUnderstood_countedInSummary() throws IOException {
    String person =
        "{\"id\":\"c-roof\",\"location\":{\"lat\":51.3,\"lon\":9.5},"
            + "\"residence\":{\"status\":\"RECOGNISED\"},\"skills\":[%s]}\n";
    Path plain = dir.resolve("plain.jsonl");
    Files.writeString(plain, String.format(person, ""));
    Path roofer = dir.resolve("roofer.jsonl");
    Files.writeString(roofer, String.format(person, "{\"text\":\"Dach decken\",\"lang\":\"de\"}"));

    Cli before = Cli.run("match", "--today", TODAY, "--candidates", plain.toString());
    Cli after = Cli.run("match", "--today", TODAY, "--candidates", roofer.toString());

    assertThat(after.exitCode()).isZero();
    assertThat(notUnderstood(after.err()) - notUnderstood(before.err())).isEqualTo(1);
    assertThat(after.err())
        .contains(
            "texts not understood (compared as text only; matcher validate --esco lists them)");
  }

  @Test
  void match_badLines_areListedInRejectsAndCountsAddUp() throws IOException {
    List<String> offers = sampleLines(SampleData.openVacancies()).subList(0, 5);
    Path vacancies = dir.resolve("offers.jsonl");
    Files.writeString(
        vacancies,
        String.join("\n", offers.get(0), "{\"id\": \"v-bad\", \"type\": \"NOPE\"}", "not json")
            + "\n"
            + String.join("\n", offers.subList(1, 5))
            + "\n");
    Path rejects = dir.resolve("rejects.jsonl");
    Path out = dir.resolve("matches.jsonl");

    Cli r =
        Cli.run(
            "match",
            "--today",
            TODAY,
            "--vacancies",
            vacancies.toString(),
            "--rejects",
            rejects.toString(),
            "--out",
            out.toString());

    assertThat(r.exitCode()).isEqualTo(MatcherCli.SOME_REJECTED);
    assertThat(r.err()).contains("offers: 7 read, 5 indexed").contains("2 rejected;");
    List<String> rejected = Files.readAllLines(rejects);
    assertThat(rejected).hasSize(2);
    assertThat(rejected.get(0)).startsWith("{\"line\":2,\"id\":\"v-bad\",\"errors\":[");
    assertThat(rejected.get(1))
        .startsWith("{\"line\":3,\"errors\":[\"offers.jsonl:3: not valid JSON: column 1: ");
    assertThat(Files.readAllLines(out)).isNotEmpty();
  }

  @Test
  void match_exclusions_listsLeftOutOffersWithReasons() throws IOException {
    Path exclusions = dir.resolve("excluded.jsonl");

    Cli r = Cli.run("match", "--today", TODAY, "--top", "1", "--exclusions", exclusions.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(exclusions);
    assertThat(lines).isNotEmpty();
    for (String line : lines) {
      JsonNode node = JSON.readTree(line);
      assertThat(node.get("candidate").asText()).startsWith("c-");
      assertThat(node.get("vacancy").asText()).startsWith("v-");
      assertThat(node.get("reasons").size()).as(line).isPositive();
      assertThat(node.get("codes").size()).as(line).isEqualTo(node.get("reasons").size());
      node.get("codes").forEach(c -> assertThat(c.asText()).as(line).isNotEqualTo("OTHER"));
    }
    // nobody under 25 gets a TQ: the rule says why, with its code
    assertThat(lines).anyMatch(l -> l.contains("25") && l.contains("\"AGE\""));
    assertThat(lines).anyMatch(l -> l.contains("\"BEYOND_HORIZON\""));
  }

  @Test
  void match_missingFile_exit3WithoutStackTrace() {
    Cli r = Cli.run("match", "--candidates", dir.resolve("nope.jsonl").toString());

    assertThat(r.exitCode()).isEqualTo(MatcherCli.NOTHING_PROCESSED);
    assertThat(r.err())
        .isEqualTo("matcher match: " + dir.resolve("nope.jsonl") + ": no such file\n");
  }

  @Test
  void match_nothingValid_exit3AndNoOutputFileCreated() throws IOException {
    Path vacancies = dir.resolve("offers.jsonl");
    Files.writeString(vacancies, "[1,2]\n{}\n");
    Path out = dir.resolve("matches.jsonl");

    Cli r = Cli.run("match", "--vacancies", vacancies.toString(), "--out", out.toString());

    assertThat(r.exitCode()).isEqualTo(MatcherCli.NOTHING_PROCESSED);
    assertThat(r.err()).contains("matcher: nothing to match: no valid, open offers");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("offers.jsonl");
    }
  }

  @Test
  void match_unknownFormat_usageError() {
    Cli r = Cli.run("match", "--format", "xml");

    assertThat(r.exitCode()).isEqualTo(MatcherCli.USAGE);
    assertThat(r.err())
        .isEqualTo(
            "matcher match: --format: unknown format 'xml' (expected jsonl, csv or table)\n");
  }

  @Test
  void match_unknownOption_usageError() {
    Cli r = Cli.run("match", "--bogus");

    assertThat(r.exitCode()).isEqualTo(MatcherCli.USAGE);
    assertThat(r.err()).startsWith("Unknown option: '--bogus'");
  }

  @Test
  void candidates_sampleData_ranksPeopleForEachOffer() {
    Cli r = Cli.run("candidates", "--today", TODAY, "--top", "2");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().lines())
        .filteredOn(l -> l.contains("\"vacancy\":\"v-case-restaurant\""))
        .first()
        .asString()
        .contains("\"rank\":1");
    assertThat(r.err()).contains("offers: 172 read, 172 matched");
  }

  static List<String> sampleLines(InputStream in) throws IOException {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  static JsonSchema schema(String name) throws IOException {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("docs/schema"))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException("docs/schema not found");
    }
    try (InputStream in = Files.newInputStream(p.resolve("docs/schema").resolve(name))) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }
}
