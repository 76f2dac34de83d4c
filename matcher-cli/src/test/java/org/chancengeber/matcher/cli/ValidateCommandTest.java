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
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ValidateCommandTest {
  @TempDir Path dir;

  private static final String VALID_1 =
      "{\"id\":\"c-1\",\"location\":{\"lat\":51.3,\"lon\":9.5},\"residence\":{\"status\":\"DULDUNG\"}}";
  private static final String VALID_2 = VALID_1.replace("c-1", "c-2");
  private static final String VACANCY =
      "{\"id\":\"v-1\",\"employer\":{\"id\":\"e-1\",\"name\":\"Korn\"},\"type\":\"JOB\","
          + "\"location\":{\"lat\":50,\"lon\":8}}";

  /** Exit code, stdout and stderr of one run. */
  record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = MatcherCli.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path file(String name, String... lines) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void allValid_exit0_summary() throws IOException {
    Run r = run("validate", "--candidates", file("candidates.jsonl", VALID_1, VALID_2).toString());
    assertThat(r.code()).isEqualTo(MatcherCli.OK);
    assertThat(r.out()).isEqualTo("2 valid, 0 rejected\n");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void someRejected_exit1_errorsPrintedAndWrittenToRejects() throws IOException {
    Path in =
        file(
            "candidates.jsonl",
            VALID_1,
            VALID_2.replace("}}", "},\"languages\":[{\"code\":\"de\",\"level\":\"B3\"}]}"),
            "not json",
            VALID_1.replace("c-1", "c-4").replace("}}", "},\"colour\":\"blue\"}"));
    Path rejects = dir.resolve("rejects.jsonl");
    Run r = run("validate", "--candidates", in.toString(), "--rejects", rejects.toString());
    assertThat(r.code()).isEqualTo(MatcherCli.SOME_REJECTED);
    assertThat(r.out().lines().toList())
        .containsExactly(
            // the terminal gets no input values; the (owner-only) rejects file does
            "candidates.jsonl:2: languages[0].level: not a CEFR level (A1..C2)",
            "candidates.jsonl:3: not valid JSON: column 1: Unrecognized token: was"
                + " expecting (JSON String, Number (or 'NaN'/'+INF'/'-INF'), Array, Object or"
                + " token 'null', 'true' or 'false')",
            "warning: candidates.jsonl:4: colour: unknown field, ignored",
            "2 valid, 2 rejected");
    assertThat(Files.readAllLines(rejects))
        .containsExactly(
            "{\"line\":2,\"id\":\"c-2\",\"errors\":[\"candidates.jsonl:2: languages[0].level:"
                + " \\\"B3\\\" is not a CEFR level (A1..C2)\"]}",
            "{\"line\":3,\"errors\":[\"candidates.jsonl:3: not valid JSON: column 1: Unrecognized"
                + " token 'not': was expecting (JSON String, Number (or 'NaN'/'+INF'/'-INF'),"
                + " Array, Object or token 'null', 'true' or 'false')\"]}");
  }

  @Test
  void vacancies_areValidatedToo() throws IOException {
    Run r =
        run(
            "validate",
            "--vacancies",
            file(
                    "vacancies.jsonl",
                    VACANCY,
                    VACANCY.replace("\"JOB\"", "\"GIG\"").replace("v-1", "v-2"))
                .toString());
    assertThat(r.code()).isEqualTo(MatcherCli.SOME_REJECTED);
    assertThat(r.out().lines().toList())
        .containsExactly(
            "vacancies.jsonl:2: type: not one of PRACTICAL_TRIAL, EQ, TQ,"
                + " APPRENTICESHIP, ASSISTED_APPRENTICESHIP, JOB",
            "1 valid, 1 rejected");
  }

  @Test
  void noLineAccepted_exit3() throws IOException {
    Run r = run("validate", "--candidates", file("candidates.jsonl", "{}").toString());
    assertThat(r.code()).isEqualTo(MatcherCli.NOTHING_PROCESSED);
    assertThat(r.out()).endsWith("0 valid, 1 rejected\n");
    assertThat(r.err()).isEqualTo("matcher validate: candidates.jsonl: no line is valid\n");
    Run empty = run("validate", "--candidates", file("empty.jsonl", "").toString());
    assertThat(empty.code()).isEqualTo(MatcherCli.NOTHING_PROCESSED);
    assertThat(empty.err()).isEqualTo("matcher validate: empty.jsonl: no lines to read\n");
  }

  @Test
  void missingFile_exit3_noStackTrace() {
    Path missing = dir.resolve("nope.jsonl");
    Run r = run("validate", "--vacancies", missing.toString());
    assertThat(r.code()).isEqualTo(MatcherCli.NOTHING_PROCESSED);
    assertThat(r.err()).isEqualTo("matcher validate: " + missing + ": no such file\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void unwritableRejects_exit3() throws IOException {
    Path in = file("candidates.jsonl", VALID_1);
    Path rejects = in.resolve("rejects.jsonl");
    Run r = run("validate", "--candidates", in.toString(), "--rejects", rejects.toString());
    assertThat(r.code()).isEqualTo(MatcherCli.NOTHING_PROCESSED);
    assertThat(r.err())
        .isEqualTo("matcher validate: " + rejects + ": cannot write: " + in + " is not a folder\n");
  }

  @Test
  void usageErrors_exit2() throws IOException {
    Path in = file("candidates.jsonl", VALID_1);
    for (List<String> args :
        List.of(
            List.of("validate"),
            List.of("validate", "--candidates", in.toString(), "--vacancies", in.toString()),
            List.of("validate", "--candidates"),
            List.of("validate", "--colour", "blue"))) {
      Run r = run(args.toArray(String[]::new));
      assertThat(r.code()).as("%s", args).isEqualTo(MatcherCli.USAGE);
      assertThat(r.err())
          .as("%s", args)
          .contains("Usage: matcher validate")
          .doesNotContain("\tat ");
    }
  }
}
