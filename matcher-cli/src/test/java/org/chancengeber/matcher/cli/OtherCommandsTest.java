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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class OtherCommandsTest {
  @TempDir Path dir;

  @Test
  void demo_showsTheCasesWithReadinessGapsAndPathway() {
    Cli r = Cli.run("demo");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith("Chancengeber demo: 323 people, ")
        .contains("c-case-cook · Kassel")
        .contains("1. ")
        .contains("v-case-restaurant")
        .contains("c-case-duldung")
        .contains("REACHABLE in ")
        .contains("step: ");
  }

  @Test
  void demo_unknownPerson_usageError() {
    Cli r = Cli.run("demo", "--person", "c-nobody");

    assertThat(r.exitCode()).isEqualTo(MatcherCli.USAGE);
    assertThat(r.err()).isEqualTo("matcher demo: --person: no sample person with id 'c-nobody'\n");
  }

  @Test
  void explain_caseA2_showsLanguageGapAndCourse() {
    Cli r =
        Cli.run(
            "explain",
            "--candidate",
            "c-case-a2",
            "--vacancy",
            "v-case-apprenticeship",
            "--today",
            "2026-12-01");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Person: c-case-a2")
        .contains("Offer: v-case-apprenticeship")
        .contains("reachable in ")
        .contains("German A2, offer needs B1")
        .contains("language course: job-related German course A2→B1, 400 UE (month 0 to 4)");
  }

  @Test
  void explain_inGerman_rendersTheTreeInGerman() {
    Cli r =
        Cli.run(
            "explain",
            "--candidate",
            "c-case-a2",
            "--vacancy",
            "v-case-apprenticeship",
            "--today",
            "2026-12-01",
            "--lang",
            "de");

    assertThat(r.out()).contains("Angebot: ").contains("erreichbar in ").contains("Weg:");
  }

  private static Cli explainRoofer(Path people, String... more) {
    String[] args = {
      "explain",
      "--candidate",
      "c-roof",
      "--vacancy",
      "v-case-restaurant",
      "--candidates",
      people.toString(),
      "--today",
      "2026-12-01"
    };
    String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return Cli.run(all);
  }

  @Test
  void explain_textNotUnderstood_isNamed() throws IOException {
    Path people = dir.resolve("roofer.jsonl");
    Files.writeString(
        people,
        "{\"id\":\"c-roof\",\"location\":{\"lat\":51.3,\"lon\":9.5},"
            + "\"residence\":{\"status\":\"RECOGNISED\"},"
            + "\"skills\":[{\"text\":\"Dach decken\",\"lang\":\"de\"}]}\n");
    Cli en = explainRoofer(people);
    Cli de = explainRoofer(people, "--lang", "de");

    assertThat(en.exitCode()).isZero();
    assertThat(en.out())
        .contains("\"Dach decken\" (de) was not understood (candidate.skills[0].skill; best \"")
        .contains("): compared as text only");
    assertThat(de.out())
        .contains("\u201eDach decken\u201c (de) wurde nicht verstanden (candidate.skills[0].skill;")
        .contains("): nur als Text verglichen");
  }

  @Test
  void explain_unknownPerson_exit3() {
    Cli r = Cli.run("explain", "--candidate", "c-nobody", "--vacancy", "v-case-trial");

    assertThat(r.exitCode()).isEqualTo(MatcherCli.NOTHING_PROCESSED);
    assertThat(r.err())
        .isEqualTo("matcher explain: candidates.jsonl: no valid person with id 'c-nobody'\n");
  }

  @Test
  void generate_sameSeed_byteIdenticalFiles_thatMatchCleanly() throws IOException {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");

    Cli ra =
        Cli.run(
            "generate", "--people", "40", "--offers", "60", "--seed", "7", "--out", a.toString());
    Cli rb =
        Cli.run(
            "generate", "--people", "40", "--offers", "60", "--seed", "7", "--out", b.toString());

    assertThat(ra.exitCode()).as(ra.err()).isZero();
    assertThat(rb.exitCode()).isZero();
    assertThat(Files.readAllLines(a.resolve("candidates.jsonl"))).hasSize(40);
    assertThat(Files.readAllLines(a.resolve("vacancies.jsonl"))).hasSize(60);
    assertThat(Files.mismatch(a.resolve("candidates.jsonl"), b.resolve("candidates.jsonl")))
        .isEqualTo(-1L);
    assertThat(Files.mismatch(a.resolve("vacancies.jsonl"), b.resolve("vacancies.jsonl")))
        .isEqualTo(-1L);

    Cli match =
        Cli.run(
            "match",
            "--today",
            "2026-12-01",
            "--candidates",
            a.resolve("candidates.jsonl").toString(),
            "--vacancies",
            a.resolve("vacancies.jsonl").toString());
    assertThat(match.exitCode()).as(match.err()).isZero();
    assertThat(match.err()).contains("people: 40 read, 40 matched, 0 rejected");
  }

  @Test
  void lines_countsLinesWithOrWithoutFinalNewline() throws IOException {
    Path a = dir.resolve("a.jsonl");
    Files.writeString(a, "{}\n{}\n");
    Path b = dir.resolve("b.jsonl");
    Files.writeString(b, "{}\n{}");
    Path empty = dir.resolve("empty.jsonl");
    Files.writeString(empty, "");

    assertThat(BatchRun.lines(a)).hasValue(2);
    assertThat(BatchRun.lines(b)).hasValue(2);
    assertThat(BatchRun.lines(empty)).hasValue(0);
    assertThat(BatchRun.lines(dir.resolve("missing"))).isEmpty();
  }

  @Test
  void match_progress_showsDoneTotalRateAndTimeLeft() throws IOException {
    Path out = dir.resolve("gen");
    Cli.run("generate", "--people", "600", "--offers", "50", "--out", out.toString());

    Cli r =
        Cli.run(
            "match",
            "--progress",
            "--today",
            "2026-12-01",
            "--candidates",
            out.resolve("candidates.jsonl").toString(),
            "--vacancies",
            out.resolve("vacancies.jsonl").toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    // printed at most every half second while running, and once at the end
    assertThat(r.err()).containsPattern("\rpeople: 600/600, \\d+/s, 0 s left");
  }

  @Test
  void noSubcommand_usageError() {
    assertThat(Cli.run().exitCode()).isEqualTo(MatcherCli.USAGE);
  }
}
