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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ReportCommandTest {
  private static final String TODAY = "2026-12-01";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  private static Cli run;
  private static JsonNode report;
  private static String html;

  @BeforeAll
  static void report() throws IOException {
    run = Cli.run("report", "--today", TODAY, "--out", dir.resolve("en").toString());
    report = JSON.readTree(dir.resolve("en/report.json").toFile());
    html = Files.readString(dir.resolve("en/report.html"));
  }

  @Test
  void report_sampleData_validatesAgainstTheSchema() throws IOException {
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(MatchCommandTest.schema("report.schema.json").validate(report)).isEmpty();
    assertThat(run.err()).contains("people: 323 read, 323 reported, 0 rejected");
  }

  @Test
  void report_counts_agreeWithMatchOnTheSameInput() throws IOException {
    Cli match = Cli.run("match", "--today", TODAY, "--top", "10");
    Map<String, Boolean> readyNow = new HashMap<>();
    for (String line : match.out().lines().toList()) {
      JsonNode m = JSON.readTree(line);
      readyNow.merge(
          m.get("candidate").asText(),
          m.get("readiness").asText().equals("READY_NOW"),
          Boolean::logicalOr);
    }
    int people = 323;
    assertThat(report.get("people").asInt()).isEqualTo(people);
    assertThat(report.get("offers").asInt()).isEqualTo(172);
    assertThat(report.get("noOffer").asInt()).isEqualTo(people - readyNow.size());
    assertThat(report.get("readyNow").asInt())
        .isEqualTo((int) readyNow.values().stream().filter(b -> b).count());
    assertThat(report.get("reachable").asInt())
        .isEqualTo((int) readyNow.values().stream().filter(b -> !b).count());
    int bucketed = 0;
    for (JsonNode b : report.get("monthsToReady")) {
      bucketed += b.get("people").asInt();
    }
    assertThat(bucketed + report.get("noOffer").asInt()).isEqualTo(people);
  }

  @Test
  void report_auditGroups_addUpToThePeople() {
    assertThat(report.get("groups").fieldNames())
        .toIterable()
        .contains("gender", "nationality", "ageBand");
    report
        .get("groups")
        .fields()
        .forEachRemaining(
            e -> {
              int sum = 0;
              int placed = 0;
              for (JsonNode g : e.getValue()) {
                sum += g.get("people").asInt();
                placed += g.get("placed").asInt();
              }
              assertThat(sum).as(e.getKey()).isEqualTo(323);
              assertThat(placed)
                  .as(e.getKey())
                  .isEqualTo(report.get("placements").get("optimal").get("placed").asInt());
            });
  }

  @Test
  void report_hurdles_nameTheHurdleBehindBeyondTheHorizon() {
    Set<String> kinds = new HashSet<>();
    for (JsonNode h : report.get("hurdles")) {
      kinds.add(h.get("kind").asText());
      int blocked = h.get("blocked").asInt();
      int delayed = h.get("delayed").asInt();
      assertThat(h.get("people").asInt())
          .isBetween(Math.max(blocked, delayed), Math.min(323, blocked + delayed));
    }
    assertThat(kinds).contains("LANGUAGE", "WORK_PERMIT").doesNotContain("OTHER");
    Set<String> codes = new HashSet<>();
    report.get("exclusions").forEach(c -> codes.add(c.get("code").asText()));
    assertThat(codes).contains("BEYOND_HORIZON", "AGE").doesNotContain("OTHER");
    JsonNode top = report.get("interventions").get(0);
    assertThat(top.get("offersReachable").asInt() + top.get("offersReadyNow").asInt()).isPositive();
  }

  @Test
  void report_html_isSelfContainedWithChartsAndEverySection() {
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains(
            "<svg", "Hurdles: which block or delay", "Placements", "Groups (audit attributes)")
        .contains("Most effective single change: ");
    assertThat(html)
        .doesNotContainPattern("(src|href)\\s*=\\s*\"(https?:)?//")
        .doesNotContain("<script");
  }

  @Test
  void report_sameInputTwiceAndInGerman_sameNumbersGermanPage() throws IOException {
    Path de = dir.resolve("de");
    Cli r = Cli.run("report", "--today", TODAY, "--out", de.toString(), "--lang", "de");

    assertThat(r.exitCode()).isZero();
    assertThat(Files.readString(de.resolve("report.json")))
        .isEqualTo(Files.readString(dir.resolve("en/report.json")));
    assertThat(Files.readString(de.resolve("report.html")))
        .contains("<html lang=\"de\">", "Hürden: welche wie viele Menschen", "Vermittlung");
  }

  @Test
  void report_inChromium_rendersToAScreenshot() throws Exception {
    String chromium =
        Stream.of("chromium", "chromium-browser", "google-chrome")
            .filter(ReportCommandTest::onPath)
            .findFirst()
            .orElse(null);
    Assumptions.assumeTrue(chromium != null, "no headless browser on the PATH");
    Path png = dir.resolve("report.png");
    Process p =
        new ProcessBuilder(
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--window-size=1200,3000",
                "--screenshot=" + png,
                dir.resolve("en/report.html").toUri().toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("chromium.log").toFile())
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(dir.resolve("chromium.log"))).isZero();
    byte[] bytes = Files.readAllBytes(png);
    // a PNG of the full window, not a blank error page's few bytes
    assertThat(bytes).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    assertThat(bytes.length).isGreaterThan(50_000);
  }

  private static boolean onPath(String name) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(d, name))) {
        return true;
      }
    }
    return false;
  }

  @Test
  void report_withoutOut_isAUsageError() {
    Cli r = Cli.run("report", "--today", TODAY);

    assertThat(r.exitCode()).isEqualTo(MatcherCli.USAGE);
    assertThat(r.err()).contains("--out");
  }
}
