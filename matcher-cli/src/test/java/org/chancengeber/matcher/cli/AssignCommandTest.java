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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancengeber.matcher.samples.SampleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class AssignCommandTest {
  private static final String TODAY = "2026-12-01";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static List<JsonNode> lines(String out) throws IOException {
    List<JsonNode> nodes = new java.util.ArrayList<>();
    for (String l : out.lines().toList()) {
      nodes.add(JSON.readTree(l));
    }
    return nodes;
  }

  private static Map<String, Integer> samplePlaces() throws IOException {
    Map<String, Integer> places = new HashMap<>();
    for (String l : MatchCommandTest.sampleLines(SampleData.openVacancies())) {
      JsonNode n = JSON.readTree(l);
      places.put(n.get("id").asText(), n.path("places").asInt(1));
    }
    return places;
  }

  /** The placed count and total score of the summary line starting with {@code method}. */
  private static double[] summary(String err, String method) {
    Matcher m =
        Pattern.compile(
                "(?m)^" + method + ": (\\d+) of \\d+ people placed .* total score ([0-9.]+), worst")
            .matcher(err);
    assertThat(m.find()).as(err).isTrue();
    return new double[] {Integer.parseInt(m.group(1)), Double.parseDouble(m.group(2))};
  }

  @Test
  void assign_sampleData_placesEachPersonOnceInOwnEligibleOffersWithinPlaces() throws IOException {
    Cli r = Cli.run("assign", "--today", TODAY);
    Cli match = Cli.run("match", "--today", TODAY);

    assertThat(r.exitCode()).as(r.err()).isZero();
    List<JsonNode> placements = lines(r.out());
    assertThat(placements).hasSize(323);
    JsonSchema schema = MatchCommandTest.schema("placement.schema.json");
    Map<String, JsonNode> own = new HashMap<>();
    for (JsonNode m : lines(match.out())) {
      own.put(m.get("candidate").asText() + " " + m.get("vacancy").asText(), m);
    }
    Map<String, Integer> filled = new HashMap<>();
    java.util.Set<String> people = new java.util.HashSet<>();
    for (JsonNode p : placements) {
      assertThat(schema.validate(p)).as(p.toString()).isEmpty();
      assertThat(people.add(p.get("candidate").asText())).isTrue();
      if (p.get("vacancy").isNull()) {
        assertThat(p.get("reason").asText()).isIn("NO_OFFER", "PLACES_TAKEN");
        continue;
      }
      // only pairs of the person's own eligible list, with its score, readiness and rank
      JsonNode m = own.get(p.get("candidate").asText() + " " + p.get("vacancy").asText());
      assertThat(m).as(p.toString()).isNotNull();
      assertThat(p.get("score")).isEqualTo(m.get("score"));
      assertThat(p.get("readiness")).isEqualTo(m.get("readiness"));
      assertThat(p.get("rankInOwnList").asInt()).isEqualTo(m.get("rank").asInt());
      filled.merge(p.get("vacancy").asText(), 1, Integer::sum);
    }
    Map<String, Integer> places = samplePlaces();
    filled.forEach((v, n) -> assertThat(n).as(v).isLessThanOrEqualTo(places.get(v)));

    double[] optimal = summary(r.err(), "optimal-total");
    double[] greedy = summary(r.err(), "greedy");
    assertThat(optimal[1]).isGreaterThanOrEqualTo(greedy[1]);
    assertThat(optimal[0]).isEqualTo(filled.values().stream().mapToInt(i -> i).sum());
    assertThat(r.err()).contains("people: 323 read, 323 ranked, 0 rejected").contains("gain over");
  }

  @Test
  void assign_fairObjective_placesAtLeastAsManyPeopleAsTotalAndGreedy() {
    Cli fair = Cli.run("assign", "--today", TODAY, "--objective", "fair");
    Cli total = Cli.run("assign", "--today", TODAY);

    assertThat(fair.exitCode()).as(fair.err()).isZero();
    double[] f = summary(fair.err(), "optimal-fair");
    assertThat(f[0]).isGreaterThanOrEqualTo(summary(total.err(), "optimal-total")[0]);
    assertThat(f[0]).isGreaterThanOrEqualTo(summary(fair.err(), "greedy")[0]);
    assertThat(f[1]).isLessThanOrEqualTo(summary(total.err(), "optimal-total")[1]);
  }

  @Test
  void assign_fiftyCooksForTwoPlaces_placesTwoAndSaysWhyNotTheOthers() throws IOException {
    String cook =
        MatchCommandTest.sampleLines(SampleData.openCandidates()).stream()
            .filter(l -> l.contains("\"c-case-cook\""))
            .findFirst()
            .orElseThrow();
    StringBuilder people = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      people
          .append(cook.replace("\"c-case-cook\"", String.format("\"cook-%02d\"", i)))
          .append('\n');
    }
    String restaurant =
        MatchCommandTest.sampleLines(SampleData.openVacancies()).stream()
            .filter(l -> l.contains("\"v-case-restaurant\""))
            .findFirst()
            .orElseThrow()
            .replaceAll("\"places\":\\s*\\d+", "\"places\": 2");
    Path candidates = Files.writeString(dir.resolve("cooks.jsonl"), people);
    Path vacancies = Files.writeString(dir.resolve("kitchen.jsonl"), restaurant + "\n");

    Cli r =
        Cli.run(
            "assign",
            "--today",
            TODAY,
            "--candidates",
            candidates.toString(),
            "--vacancies",
            vacancies.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    List<JsonNode> placements = lines(r.out());
    assertThat(placements).hasSize(50);
    assertThat(placements).filteredOn(p -> !p.get("vacancy").isNull()).hasSize(2);
    assertThat(placements)
        .filteredOn(p -> p.get("vacancy").isNull())
        .allSatisfy(p -> assertThat(p.get("reason").asText()).isEqualTo("PLACES_TAKEN"));
    // equal people: the tie goes to the first ones in the input
    assertThat(placements.get(0).get("vacancy").asText()).isEqualTo("v-case-restaurant");
    assertThat(placements.get(1).get("vacancy").asText()).isEqualTo("v-case-restaurant");
    assertThat(r.err()).contains("2 of 50 people placed").contains("2 of 2 places filled");
  }

  @Test
  void assign_sameInputTwiceAndOnOneOrTwoThreads_byteIdenticalOutput() {
    Cli one = Cli.run("assign", "--today", TODAY, "--threads", "1", "--objective", "fair");
    Cli two = Cli.run("assign", "--today", TODAY, "--threads", "2", "--objective", "fair");

    assertThat(one.exitCode()).isZero();
    assertThat(two.out()).isEqualTo(one.out());
  }

  @Test
  void assign_readyNowOnly_placesNobodyInALaterOffer() throws IOException {
    Cli r = Cli.run("assign", "--today", TODAY, "--ready-now-only");

    assertThat(r.exitCode()).as(r.err()).isZero();
    List<JsonNode> placements = lines(r.out());
    assertThat(placements)
        .filteredOn(p -> !p.get("vacancy").isNull())
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.get("readiness").asText()).isEqualTo("READY_NOW"));
    assertThat(placements)
        .filteredOn(p -> p.get("reason").asText("").equals("NOT_READY_NOW"))
        .isNotEmpty();
  }

  @Test
  void assign_outAndRejects_writesFilesAtomicallyAndListsBadLines() throws IOException {
    List<String> people = MatchCommandTest.sampleLines(SampleData.openCandidates());
    Path candidates =
        Files.writeString(
            dir.resolve("people.jsonl"),
            people.get(0) + "\n{\"id\": \"c-bad\"}\n" + String.join("\n", people.subList(1, 9)));
    Path out = dir.resolve("sub/placements.csv");
    Path rejects = dir.resolve("rejects.jsonl");

    Cli r =
        Cli.run(
            "assign",
            "--today",
            TODAY,
            "--candidates",
            candidates.toString(),
            "--format",
            "csv",
            "--out",
            out.toString(),
            "--rejects",
            rejects.toString());

    assertThat(r.exitCode()).as(r.err()).isEqualTo(MatcherCli.SOME_REJECTED);
    assertThat(r.out()).isEmpty();
    List<String> csv = Files.readAllLines(out);
    assertThat(csv.get(0))
        .isEqualTo("candidate,vacancy,score,readiness,readyInMonths,rankInOwnList,reason,detail");
    assertThat(csv).hasSize(1 + 9);
    assertThat(Files.readAllLines(rejects)).singleElement().asString().contains("\"line\":2");
    assertThat(r.err()).contains("people: 10 read, 9 ranked, 1 rejected");
    assertThat(Files.list(dir.resolve("sub"))).containsExactly(out);
  }

  @Test
  void assign_tableInGerman_isReadable() {
    Cli r = Cli.run("assign", "--today", TODAY, "--format", "table", "--lang", "de");

    assertThat(r.out())
        .contains("c-case-cook      → v-case-restaurant  Koch/Köchin")
        .contains("eigener Rang 1");
  }

  @Test
  void assign_unknownObjective_isAUsageError() {
    Cli r = Cli.run("assign", "--today", TODAY, "--objective", "best");

    assertThat(r.exitCode()).isEqualTo(MatcherCli.USAGE);
    assertThat(r.err()).contains("--objective: 'best' is not total or fair");
  }
}
