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
package org.chancengeber.matcher.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.chancengeber.matcher.cli.MatcherCli;
import org.chancengeber.matcher.io.CandidateFormat;
import org.chancengeber.matcher.io.VacancyFormat;
import org.chancengeber.matcher.samples.Generator;
import org.chancengeber.matcher.samples.SampleData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The Spark job in {@code local[2]} against {@code matcher match} on the same input: generated
 * people and offers with a few bad lines, and the embedded samples as JSON Lines and as Parquet.
 * One Spark session and one pair of runs for the class keep it to seconds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class BatchMatchTest {
  private static final LocalDate TODAY = Generator.DEFAULT_REFERENCE_DATE;
  private static final int PEOPLE = 2_000;
  private static final int OFFERS = 20_000;

  /** Fewer than the default 10 keeps the class to about a minute on 2 cores; same code path. */
  private static final int TOP = 5;

  /** Bad lines appended to the generated inputs, each rejected for its own reason. */
  private static final List<String> BAD_PEOPLE =
      List.of(
          "{\"id\": \"c-broken\", ",
          "{\"id\": \"c-bad-level\", \"location\": {\"lat\": 51.3, \"lon\": 9.5},"
              + " \"residence\": {\"status\": \"DULDUNG\"},"
              + " \"languages\": [{\"code\": \"de\", \"level\": \"B3\"}]}");

  private static final List<String> BAD_OFFERS = List.of("{\"id\": \"v-no-fields\"}", "[1, 2]");

  @TempDir static Path dir;

  private SparkSession spark;
  private Path people;
  private Path offers;
  private Cli cli;
  private Job job;

  record Cli(int exitCode, String matches, String rejects, String err) {}

  record Job(BatchMatch.Result result, Path out, String matches, String rejects, String err) {}

  @BeforeAll
  void generateAndRunBoth() throws IOException {
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("BatchMatchTest")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate();
    Generator generator = new Generator(SampleData.taxonomy(), 18, TODAY);
    people = dir.resolve("candidates.jsonl");
    offers = dir.resolve("vacancies.jsonl");
    try (Writer w = Files.newBufferedWriter(people)) {
      generator.candidates(PEOPLE).forEach(c -> write(() -> CandidateFormat.write(c, w)));
      // the first person again: a duplicate id, rejected as the command line rejects it
      w.write(CandidateFormat.toJson(generator.candidates(1).findFirst().orElseThrow()) + "\n");
      w.write("\n"); // blank lines are skipped, not rejected
      for (String bad : BAD_PEOPLE) {
        w.write(bad + "\n");
      }
    }
    try (Writer w = Files.newBufferedWriter(offers)) {
      generator.vacancies(OFFERS).forEach(v -> write(() -> VacancyFormat.write(v, w)));
      for (String bad : BAD_OFFERS) {
        w.write(bad + "\n");
      }
    }
    cli = cli(people, offers, "generated");
    job = job(people.toString(), offers.toString(), "generated", 8);
  }

  @AfterAll
  void stopSpark() {
    spark.stop();
  }

  @Test
  void run_generatedDataInLocal2_matchLinesIdenticalToMatcherMatch() {
    assertThat(cli.matches().lines().count()).isGreaterThan(PEOPLE); // most people have matches
    assertThat(job.matches()).isEqualTo(cli.matches());
    assertThat(job.result().partitions()).isEqualTo(8);
  }

  @Test
  void run_generatedDataWithBadLines_rejectsIdenticalToMatcherMatchWithFileLineAndReason() {
    assertThat(job.rejects()).isEqualTo(cli.rejects());
    List<String> rejects = job.rejects().lines().toList();
    assertThat(rejects).hasSize(BAD_OFFERS.size() + BAD_PEOPLE.size() + 1);
    assertThat(rejects.get(0)).startsWith("{\"line\":" + (OFFERS + 1) + ",\"id\":\"v-no-fields\"");
    assertThat(rejects.get(0)).contains("vacancies.jsonl:" + (OFFERS + 1) + ": ");
    assertThat(String.join("\n", rejects))
        .contains("candidates.jsonl:" + (PEOPLE + 1) + ": id: ")
        .contains("duplicates the id on line 1")
        .contains("candidates.jsonl:" + (PEOPLE + 4) + ": languages[0].level: ")
        .contains("candidates.jsonl:" + (PEOPLE + 3) + ": ");
    assertThat(job.result().exitCode())
        .isEqualTo(BatchMatch.SOME_REJECTED)
        .isEqualTo(cli.exitCode());
  }

  @Test
  void run_generatedData_countsAddUpAndParquetHoldsTheSameRows() {
    BatchMatch.Result r = job.result();
    assertThat(r.people().read()).isEqualTo(PEOPLE + 1 + BAD_PEOPLE.size());
    assertThat(r.people().accepted()).isEqualTo(PEOPLE);
    assertThat(r.people().accepted() + r.people().rejected()).isEqualTo(r.people().read());
    assertThat(r.offers().accepted() + r.offers().rejected()).isEqualTo(r.offers().read());
    assertThat(r.offers().rejected()).isEqualTo(BAD_OFFERS.size());
    assertThat(job.err())
        .contains(
            cli.err()
                .lines()
                .filter(l -> l.startsWith("people:"))
                .findFirst()
                .orElseThrow()
                .replaceAll("; [0-9.]+ s$", "")
                // the job does not count texts not understood (matcher validate --esco lists them)
                .replaceAll("; [0-9]+ texts? not understood \\([^)]*\\)", ""));
    // local[2] is one JVM: the offer index is built once, not once per task
    assertThat(r.indexBuilds()).isEqualTo(1);
    long matchRows =
        spark.read().parquet(job.out().resolve(BatchMatch.MATCHES_PARQUET).toString()).count();
    assertThat(matchRows).isEqualTo(cli.matches().lines().count());
    long rejectRows =
        spark.read().parquet(job.out().resolve(BatchMatch.REJECTS_PARQUET).toString()).count();
    assertThat(rejectRows).isEqualTo(r.people().rejected() + r.offers().rejected());
    assertThat(job.out().resolve("_staging")).doesNotExist();
  }

  @Test
  void run_parquetInputs_sameMatchesAsMatcherMatchOnJsonLines() throws IOException {
    Path small = Files.createDirectories(dir.resolve("small"));
    Path smallPeople = small.resolve(SampleData.CANDIDATES_NAME);
    Path smallOffers = small.resolve(SampleData.VACANCIES_NAME);
    Generator generator = new Generator(SampleData.taxonomy(), 7, TODAY);
    try (Writer w = Files.newBufferedWriter(smallPeople)) {
      generator.candidates(300).forEach(c -> write(() -> CandidateFormat.write(c, w)));
    }
    try (Writer w = Files.newBufferedWriter(smallOffers)) {
      generator.vacancies(3_000).forEach(v -> write(() -> VacancyFormat.write(v, w)));
    }
    String peopleParquet = small.resolve("candidates.parquet").toString();
    String offersParquet = small.resolve("vacancies.parquet").toString();
    spark.read().json(smallPeople.toString()).write().parquet(peopleParquet);
    spark.read().json(smallOffers.toString()).write().parquet(offersParquet);

    Cli expected = cli(smallPeople, smallOffers, "small");
    Job parquet = job(peopleParquet, offersParquet, "parquet", 3);

    assertThat(expected.exitCode()).isZero();
    assertThat(parquet.result().exitCode()).isZero();
    assertThat(parquet.result().people().accepted()).isEqualTo(300);
    assertThat(parquet.err()).doesNotContain("warning:");
    assertThat(parquet.matches()).isEqualTo(expected.matches());
  }

  @Test
  void run_outputFolderExists_refusedAsUsageError() {
    assertThatThrownBy(() -> job(people.toString(), offers.toString(), "generated", 2))
        .isInstanceOf(JobException.class)
        .hasMessageContaining("exists")
        .extracting(e -> ((JobException) e).exitCode())
        .isEqualTo(BatchMatch.USAGE);
  }

  @Test
  void run_missingPeopleFile_nothingProcessedAndNoOutputFolderLeft() {
    Path out = dir.resolve("missing-spark");
    JobOptions options =
        JobOptions.of(out.toString())
            .candidates(dir.resolve("no-such.jsonl").toString())
            .vacancies(offers.toString())
            .today(TODAY);

    assertThatThrownBy(() -> BatchMatch.run(spark, options, new PrintWriter(new StringWriter())))
        .isInstanceOf(JobException.class)
        .hasMessageContaining("no-such.jsonl: no such file")
        .extracting(e -> ((JobException) e).exitCode())
        .isEqualTo(BatchMatch.NOTHING_PROCESSED);
    assertThat(out).doesNotExist();
  }

  @Test
  void main_topZero_usageErrorBeforeSparkStarts() {
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new BatchMatch());
    cl.setErr(new PrintWriter(err));
    cl.setExecutionExceptionHandler(
        (e, c, p) -> e instanceof JobException je ? je.exitCode() : BatchMatch.NOTHING_PROCESSED);
    int code = cl.execute("--top", "0", "--out", dir.resolve("never").toString());
    assertThat(code).isEqualTo(BatchMatch.USAGE);
    assertThat(dir.resolve("never")).doesNotExist();
    assertThat(spark.sparkContext().isStopped()).isFalse();
  }

  private Cli cli(Path candidates, Path vacancies, String name) throws IOException {
    Path out = dir.resolve(name + "-cli.jsonl");
    Path rejects = dir.resolve(name + "-cli-rejects.jsonl");
    StringWriter err = new StringWriter();
    int code;
    try (PrintWriter o = new PrintWriter(new StringWriter());
        PrintWriter e = new PrintWriter(err)) {
      code =
          MatcherCli.execute(
              o,
              e,
              "match",
              "--candidates",
              candidates.toString(),
              "--vacancies",
              vacancies.toString(),
              "--today",
              TODAY.toString(),
              "--top",
              Integer.toString(TOP),
              "--out",
              out.toString(),
              "--rejects",
              rejects.toString());
    }
    return new Cli(code, Files.readString(out), Files.readString(rejects), err.toString());
  }

  private Job job(String candidates, String vacancies, String name, int partitions)
      throws IOException {
    Path out = dir.resolve(name + "-spark");
    StringWriter err = new StringWriter();
    BatchMatch.Result r;
    try (PrintWriter e = new PrintWriter(err)) {
      r =
          BatchMatch.run(
              spark,
              JobOptions.of(out.toString())
                  .candidates(candidates)
                  .vacancies(vacancies)
                  .today(TODAY)
                  .top(TOP)
                  .partitions(partitions),
              e);
    }
    return new Job(
        r,
        out,
        concatenated(out.resolve(BatchMatch.MATCHES_JSONL)),
        Files.readString(out.resolve(BatchMatch.REJECTS_JSONL)),
        err.toString());
  }

  /** The part files in name order, as {@code cat DIR/part-*} gives them. */
  private static String concatenated(Path folder) throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> parts = Files.list(folder)) {
      for (Path p :
          parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        all.append(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return all.toString();
  }

  private interface Io {
    void run() throws IOException;
  }

  private static void write(Io io) {
    try {
      io.run();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
