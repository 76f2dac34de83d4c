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
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chancengeber.matcher.MatchEngine;
import org.chancengeber.matcher.samples.SampleData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code matcher index} and the commands that take {@code --index DIR}. */
final class IndexCommandTest {
  private static final String TODAY = "2026-12-01";

  @TempDir Path dir;
  private Path offers;
  private Path people;
  private Path index;

  @BeforeEach
  void samples() throws IOException {
    offers = dir.resolve("vacancies.jsonl");
    people = dir.resolve("candidates.jsonl");
    index = dir.resolve("index");
    try (InputStream in = SampleData.openVacancies()) {
      Files.copy(in, offers);
    }
    try (InputStream in = SampleData.openCandidates()) {
      Files.copy(in, people);
    }
  }

  private Cli indexSamples() {
    return Cli.run(
        "index",
        "--today",
        TODAY,
        "--vacancies",
        offers.toString(),
        "--candidates",
        people.toString(),
        "--index",
        index.toString());
  }

  @Test
  void index_thenMatchCandidatesExplain_sameOutputAsFromTheFiles() {
    Cli built = indexSamples();
    assertThat(built.exitCode()).as(built.err()).isZero();
    assertThat(built.err())
        .matches(
            "offers: \\d+ read, \\d+ upserted, 0 rejected; people: \\d+ read, \\d+ upserted, 0"
                + " rejected; index .*: \\d+ offers, \\d+ people; committed in [0-9.]+ s\n");

    Cli fromFiles = Cli.match("--vacancies", offers.toString(), "--candidates", people.toString());
    Cli fromIndex = Cli.match("--index", index.toString(), "--candidates", people.toString());
    assertThat(fromIndex.exitCode()).as(fromIndex.err()).isZero();
    assertThat(fromIndex.out()).isEqualTo(fromFiles.out()).isNotEmpty();
    assertThat(fromIndex.err()).contains("offers: ").contains(" in the index;");

    Cli people1 =
        Cli.run(
            "candidates",
            "--today",
            TODAY,
            "--vacancies",
            offers.toString(),
            "--candidates",
            people.toString());
    Cli people2 =
        Cli.run(
            "candidates",
            "--today",
            TODAY,
            "--vacancies",
            offers.toString(),
            "--index",
            index.toString());
    assertThat(people2.exitCode()).as(people2.err()).isZero();
    assertThat(people2.out()).isEqualTo(people1.out()).isNotEmpty();

    String person = firstId(people);
    String offer = firstId(offers);
    Cli explain1 =
        Cli.run(
            "explain",
            "--today",
            TODAY,
            "--candidate",
            person,
            "--vacancy",
            offer,
            "--vacancies",
            offers.toString(),
            "--candidates",
            people.toString());
    Cli explain2 =
        Cli.run(
            "explain",
            "--today",
            TODAY,
            "--candidate",
            person,
            "--vacancy",
            offer,
            "--index",
            index.toString());
    assertThat(explain2.exitCode()).as(explain2.err()).isZero();
    assertThat(explain2.out()).isEqualTo(explain1.out()).isNotEmpty();
  }

  @Test
  void deletes_appliedAndCounted_badIdRejected_exit1() throws IOException {
    assertThat(indexSamples().exitCode()).isZero();
    String offer = firstId(offers);
    Path deletes =
        Files.writeString(dir.resolve("gone.txt"), offer + "\n\nno-such-offer\nnot an id\n");
    Cli run =
        Cli.run(
            "index",
            "--today",
            TODAY,
            "--delete-vacancies",
            deletes.toString(),
            "--index",
            index.toString());
    assertThat(run.exitCode()).isEqualTo(MatcherCli.SOME_REJECTED);
    assertThat(run.err())
        .startsWith("gone.txt:4: id: not an id ([A-Za-z0-9._:-], 1 to 64 characters)\n")
        .contains("offer deletes: 3 read, 1 deleted, 1 not in the index, 1 rejected; index ");
    Cli match = Cli.match("--index", index.toString(), "--candidates", people.toString());
    assertThat(match.exitCode()).as(match.err()).isZero();
    assertThat(match.out()).doesNotContain(offer);
  }

  @Test
  void secondWriter_exit3NamingTheLock() {
    assertThat(indexSamples().exitCode()).isZero();
    try (MatchEngine held =
        MatchEngine.builder().taxonomy(SampleData.taxonomy()).directory(index).build()) {
      Cli second = indexSamples();
      assertThat(second.exitCode()).isEqualTo(MatcherCli.NOTHING_PROCESSED);
      assertThat(second.err())
          .isEqualTo(
              "matcher index: index folder "
                  + index.resolve("vacancies")
                  + " is in use by another engine or process: its lock file "
                  + index.resolve("vacancies").resolve("write.lock")
                  + " is held. Close that engine (or let that matcher run end) first\n");
      assertThat(held.vacancyCount()).isPositive();
    }
  }

  @Test
  void folderWithOtherFiles_refused_exit3() throws IOException {
    Files.createDirectories(index);
    Files.writeString(index.resolve("notes.txt"), "mine");
    Cli run = indexSamples();
    assertThat(run.exitCode()).isEqualTo(MatcherCli.NOTHING_PROCESSED);
    assertThat(run.err())
        .isEqualTo(
            "matcher index: "
                + index
                + ": not empty and not an index (no chancengeber-index.txt); it holds notes.txt."
                + " Give a new or empty folder: files in an index folder may be deleted\n");
    assertThat(index.resolve("notes.txt")).hasContent("mine");
  }

  @Test
  void matchWithIndexAndVacancies_usageError() {
    Cli run = Cli.match("--index", index.toString(), "--vacancies", offers.toString());
    assertThat(run.exitCode()).isEqualTo(MatcherCli.USAGE);
    assertThat(run.err())
        .isEqualTo(
            "matcher match: --index and --vacancies: give one (the index holds the offers)\n");
  }

  @Test
  void matchOnAMissingIndex_exit3_nothingCreated() {
    Cli run = Cli.match("--index", index.toString());
    assertThat(run.exitCode()).isEqualTo(MatcherCli.NOTHING_PROCESSED);
    assertThat(run.err())
        .isEqualTo(
            "matcher match: "
                + index
                + ": --index: no such folder; build one with matcher index\n");
    assertThat(index).doesNotExist();
  }

  static String firstId(Path file) {
    try {
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"")
              .matcher(Files.readAllLines(file).get(0));
      assertThat(m.find()).isTrue();
      return m.group(1);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
