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
import static org.chancengeber.matcher.cli.AtomicOutputTest.names;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the commands write, and when they refuse: nothing lost, nothing leaked, no false success.
 */
final class OutputSafetyTest {
  private static final String TODAY = "2026-12-01";
  private static final String PERSON =
      "{\"id\":\"c-1\",\"location\":{\"lat\":51.3,\"lon\":9.5},\"residence\":{\"status\":\"DULDUNG\"}}";

  @TempDir Path dir;

  private Path people(String... lines) throws IOException {
    return Files.writeString(dir.resolve("people.jsonl"), String.join("\n", lines) + "\n");
  }

  @Test
  void match_outIsTheCandidatesInput_refusedWithExit2AndInputUnchanged() throws IOException {
    Path in = people(PERSON);
    Path viaLink = Files.createSymbolicLink(dir.resolve("link.jsonl"), in);
    Path hardLink = Files.createLink(dir.resolve("hard.jsonl"), in);

    for (Path out : List.of(in, viaLink, hardLink)) {
      Cli r = Cli.run("match", "--candidates", in.toString(), "--out", out.toString());

      assertThat(r.exitCode()).isEqualTo(MatcherCli.USAGE);
      assertThat(r.err())
          .isEqualTo(
              "matcher match: --out " + out + ": refused as output: it is the input " + in + "\n");
    }
    assertThat(Files.readString(in)).isEqualTo(PERSON + "\n");
    assertThat(names(dir)).containsExactly("hard.jsonl", "link.jsonl", "people.jsonl");
  }

  @Test
  void match_outIsTheEscoZip_refusedWithExit2() throws IOException {
    Path zip = Files.writeString(dir.resolve("esco.zip"), "not really a zip");

    Cli r = Cli.match("--esco", zip.toString(), "--exclusions", zip.toString());

    assertThat(r.exitCode()).isEqualTo(MatcherCli.USAGE);
    assertThat(r.err())
        .isEqualTo(
            "matcher match: --exclusions "
                + zip
                + ": refused as output: it is the input "
                + zip
                + "\n");
    assertThat(Files.readString(zip)).isEqualTo("not really a zip");
  }

  @Test
  void match_rejectsOrExclusionsSameAsOut_refusedWithExit2() throws IOException {
    Path out = dir.resolve("out.jsonl");

    Cli rejects = Cli.run("match", "--out", out.toString(), "--rejects", dir + "/./out.jsonl");
    Cli exclusions =
        Cli.run("match", "--out", out.toString(), "--exclusions", dir + "/x/../out.jsonl");

    assertThat(rejects.exitCode()).isEqualTo(MatcherCli.USAGE);
    assertThat(rejects.err())
        .isEqualTo(
            "matcher match: --rejects "
                + dir
                + "/./out.jsonl: refused as output: it is also the output of --out\n");
    assertThat(exclusions.exitCode()).isEqualTo(MatcherCli.USAGE);
    assertThat(exclusions.err()).endsWith(": refused as output: it is also the output of --out\n");
    assertThat(names(dir)).isEmpty();
  }

  @Test
  void validate_rejectsIsTheInput_refusedWithExit2() throws IOException {
    Path in = people(PERSON, "{}");

    Cli r = Cli.run("validate", "--candidates", in.toString(), "--rejects", in.toString());

    assertThat(r.exitCode()).isEqualTo(MatcherCli.USAGE);
    assertThat(r.err())
        .isEqualTo(
            "matcher validate: --rejects "
                + in
                + ": refused as output: it is the input "
                + in
                + "\n");
    assertThat(Files.readString(in)).isEqualTo(PERSON + "\n{}\n");
  }

  @Test
  void validate_fifoInput_refusedLikeMatch() throws IOException {
    Path fifo = dir.resolve("fifo");
    org.junit.jupiter.api.Assumptions.assumeTrue(AtomicOutputTest.make("mkfifo", fifo.toString()));

    Cli validate = Cli.run("validate", "--candidates", fifo.toString());
    Cli match = Cli.run("match", "--candidates", fifo.toString());

    assertThat(validate.exitCode()).isEqualTo(MatcherCli.NOTHING_PROCESSED);
    assertThat(validate.err()).isEqualTo("matcher validate: " + fifo + ": not a regular file\n");
    assertThat(match.err()).isEqualTo("matcher match: " + fifo + ": not a regular file\n");
  }

  @Test
  void match_escoIsADevice_exit3SaysWhatItIs() {
    Path zero = Path.of("/dev/zero");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero));

    Cli r = Cli.match("--esco", zero.toString());

    assertThat(r.exitCode()).isEqualTo(MatcherCli.NOTHING_PROCESSED);
    assertThat(r.err())
        .isEqualTo(
            "matcher match: cannot load the taxonomy: /dev/zero: not a folder, zip or CSV file (a"
                + " device or FIFO is not read)\n");
  }

  @Test
  void generate_outIsAFile_refusedWithExit2() throws IOException {
    Path file = Files.writeString(dir.resolve("file"), "keep\n");

    Cli r = Cli.run("generate", "--people", "1", "--offers", "1", "--out", file.toString());

    assertThat(r.exitCode()).isEqualTo(MatcherCli.USAGE);
    assertThat(r.err())
        .isEqualTo("matcher generate: " + file + ": refused as output: not a folder\n");
    assertThat(Files.readString(file)).isEqualTo("keep\n");
  }

  @Test
  void match_allPeopleRejected_exit3_oldOutputsEmptiedAndRejectsAreThisRuns() throws IOException {
    Path in = people("{}", "not json");
    Path out = Files.writeString(dir.resolve("out.jsonl"), "last week's matches\n");
    Path exclusions = Files.writeString(dir.resolve("excl.jsonl"), "last week's exclusions\n");
    Path rejects = Files.writeString(dir.resolve("rejects.jsonl"), "last week's rejects\n");

    Cli r =
        Cli.match(
            "--candidates",
            in.toString(),
            "--out",
            out.toString(),
            "--exclusions",
            exclusions.toString(),
            "--rejects",
            rejects.toString());

    assertThat(r.exitCode()).isEqualTo(MatcherCli.NOTHING_PROCESSED);
    assertThat(r.err()).endsWith("matcher: nothing to match: no valid people\n");
    assertThat(Files.readString(out)).isEmpty();
    assertThat(Files.readString(exclusions)).isEmpty();
    assertThat(Files.readAllLines(rejects))
        .hasSize(2)
        .allMatch(l -> l.startsWith("{\"line\":"))
        .noneMatch(l -> l.contains("last week"));
    assertThat(names(dir))
        .containsExactly("excl.jsonl", "out.jsonl", "people.jsonl", "rejects.jsonl");
  }

  @Test
  void match_inputMissing_exit3_oldOutEmptied() throws IOException {
    Path out = Files.writeString(dir.resolve("out.jsonl"), "last week's matches\n");
    Path missing = dir.resolve("nope.jsonl");

    Cli r = Cli.run("match", "--candidates", missing.toString(), "--out", out.toString());

    assertThat(r.exitCode()).isEqualTo(MatcherCli.NOTHING_PROCESSED);
    assertThat(r.err()).isEqualTo("matcher match: " + missing + ": no such file\n");
    assertThat(Files.readString(out)).isEmpty();
    assertThat(names(dir)).containsExactly("out.jsonl");
  }

  @Test
  void validate_inputMissing_exit3_oldRejectsEmptied() throws IOException {
    Path rejects = Files.writeString(dir.resolve("rejects.jsonl"), "last week's rejects\n");
    Path missing = dir.resolve("nope.jsonl");

    Cli r =
        Cli.run("validate", "--candidates", missing.toString(), "--rejects", rejects.toString());

    assertThat(r.exitCode()).isEqualTo(MatcherCli.NOTHING_PROCESSED);
    assertThat(r.err()).isEqualTo("matcher validate: " + missing + ": no such file\n");
    assertThat(Files.readString(rejects)).isEmpty();
    assertThat(names(dir)).containsExactly("rejects.jsonl");
  }

  @Test
  void match_rejectedLines_stderrWithoutPersonalValues_rejectsFileOwnerOnlyWithThem()
      throws IOException {
    Path in =
        people(
            PERSON,
            PERSON
                .replace("c-1", "c-2")
                .replace("}}", "},\"birthYear\":1901,\"audit\":{\"gender\":\"f\",\"age\":99}}"));
    Path rejects = dir.resolve("rejects.jsonl");

    Cli r = Cli.match("--candidates", in.toString(), "--rejects", rejects.toString());

    assertThat(r.exitCode()).isEqualTo(MatcherCli.SOME_REJECTED);
    assertThat(r.err().lines().limit(2))
        .containsExactly(
            "people.jsonl:2: birthYear: out of range (1946..2012: age 14 to 80 in 2026)",
            "people.jsonl:2: audit.age: expected a string, got a number; dropped");
    assertThat(r.err()).doesNotContain("1901").doesNotContain(": 99");
    assertThat(Files.readString(rejects))
        .isEqualTo(
            "{\"line\":2,\"id\":\"c-2\",\"errors\":[\"people.jsonl:2: birthYear: 1901 is out of"
                + " range (1946..2012: age 14 to 80 in 2026)\",\"people.jsonl:2: audit.age:"
                + " expected a string, got a number; dropped\"]}\n");
    assertThat(AtomicOutputTest.mode(rejects)).isEqualTo("rw-------");
  }

  @Test
  void match_warningsOverTheCap_countedNotPrinted() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= 25; i++) {
      lines.append(PERSON.replace("c-1", "c-" + i).replace("}}", "},\"colour\":\"blue\"}"));
      lines.append('\n');
    }
    Path in = Files.writeString(dir.resolve("people.jsonl"), lines);

    Cli r = Cli.match("--candidates", in.toString());

    assertThat(r.exitCode()).isZero();
    assertThat(r.err().lines().filter(l -> l.matches("warning: people\\.jsonl:\\d+: colour: .*")))
        .hasSize(20);
    assertThat(r.err())
        .contains(
            "warning: people.jsonl: 5 more warnings not shown (the lines were accepted; matcher"
                + " validate lists all)\n");
  }

  /** A stdout that fails on every write, like a closed pipe or a full disk. */
  private static final class Failing extends OutputStream {
    long attempts;

    @Override
    public void write(int b) throws IOException {
      attempts++;
      throw new IOException("Broken pipe");
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      attempts++;
      throw new IOException("Broken pipe");
    }
  }

  private static Cli runWithFailingStdout(String... args) {
    StringWriter err = new StringWriter();
    PrintWriter out = new PrintWriter(new Failing(), false, StandardCharsets.UTF_8);
    int code = MatcherCli.execute(out, new PrintWriter(err, true), args);
    return new Cli(code, "", err.toString());
  }

  @Test
  void match_stdoutFails_exit3WithMessageAndStopsBeforeTheEnd() throws IOException {
    Path gen = dir.resolve("gen");
    assertThat(
            Cli.run("generate", "--people", "600", "--offers", "20", "--out", gen.toString())
                .exitCode())
        .isZero();

    Cli r =
        runWithFailingStdout(
            "match",
            "--today",
            TODAY,
            "--top",
            "1",
            "--candidates",
            gen.resolve("candidates.jsonl").toString(),
            "--vacancies",
            gen.resolve("vacancies.jsonl").toString());

    assertThat(r.exitCode()).isEqualTo(MatcherCli.NOTHING_PROCESSED);
    // stopped after the first chunk of people: no summary of all 600
    assertThat(r.err())
        .isEqualTo("matcher match: standard output: cannot write (a closed pipe or a full disk)\n");
  }

  @Test
  void explainAndValidate_stdoutFails_exit3NotSuccess() throws IOException {
    Path in = people(PERSON);

    Cli explain =
        runWithFailingStdout(
            "explain",
            "--today",
            TODAY,
            "--candidate",
            "c-case-cook",
            "--vacancy",
            "v-case-restaurant");
    Cli validate = runWithFailingStdout("validate", "--candidates", in.toString());

    assertThat(explain.exitCode()).isEqualTo(MatcherCli.NOTHING_PROCESSED);
    assertThat(explain.err())
        .isEqualTo("matcher: standard output: cannot write (a closed pipe or a full disk)\n");
    assertThat(validate.exitCode()).isEqualTo(MatcherCli.NOTHING_PROCESSED);
    assertThat(validate.err())
        .isEqualTo("matcher: standard output: cannot write (a closed pipe or a full disk)\n");
  }

  @Test
  void generate_bothFilesCommittedTogether_ownerOnly_noPartFiles() throws IOException {
    Path gen = dir.resolve("gen");

    Cli r = Cli.run("generate", "--people", "3", "--offers", "2", "--out", gen.toString());

    assertThat(r.exitCode()).isZero();
    assertThat(names(gen)).containsExactly("candidates.jsonl", "vacancies.jsonl");
    assertThat(AtomicOutputTest.mode(gen.resolve("candidates.jsonl"))).isEqualTo("rw-------");
  }
}
