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

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.chancengeber.matcher.Ranking;
import picocli.CommandLine.Option;

/**
 * The options of {@link BatchMatch}: those of {@code matcher match} that make sense for a batch
 * (inputs, {@code --top}, {@code --today}, {@code --lang}, {@code --exhaustive}, {@code --esco}),
 * an output folder instead of files, and {@code --master} for running without spark-submit.
 * Serializable: the executors need the date, the language and the taxonomy's source.
 */
public final class JobOptions implements Serializable {
  private static final long serialVersionUID = 1L;

  @Option(
      names = "--candidates",
      paramLabel = "F",
      description =
          "People: a JSON Lines file, or Parquet (a file or folder ending in .parquet) with the"
              + " same fields as columns (default: the embedded sample people).")
  String candidates;

  @Option(
      names = "--vacancies",
      paramLabel = "F",
      description =
          "Offers: JSON Lines or Parquet, as --candidates (default: the embedded samples).")
  String vacancies;

  @Option(
      names = "--top",
      paramLabel = "K",
      defaultValue = "10",
      description = "Matches per person (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description =
          "Output folder (must not exist): matches.jsonl/ (part files, in input order, the lines of"
              + " `matcher match`), matches.parquet/, rejects.jsonl, rejects.parquet/.")
  String out;

  @Option(
      names = "--today",
      paramLabel = "YYYY-MM-DD",
      description = "As matcher match --today (default: the driver's today, for every executor).")
  LocalDate today;

  @Option(
      names = "--lang",
      paramLabel = "en|de",
      defaultValue = "en",
      description = "As matcher match --lang: en, de, ar, fa or uk (default: ${DEFAULT-VALUE}).")
  String lang;

  @Option(
      names = "--exhaustive",
      description = "As matcher match --exhaustive: the exact scorer over all offers (slow).")
  boolean exhaustive;

  @Option(
      names = "--esco",
      paramLabel = "DIR",
      description =
          "As matcher match --esco (repeatable), but the path must be readable on the driver and"
              + " on every executor alike.")
  ArrayList<String> esco = new ArrayList<>();

  @Option(
      names = "--partitions",
      paramLabel = "N",
      description = "Partitions of the people (default: 4 per core of the cluster).")
  Integer partitions;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description =
          "Spark master, e.g. local[2] (default: the one spark-submit sets, else local[*]).")
  String master;

  /**
   * Options for a run from code (tests, benchmarks): {@code --out dir}, everything else default.
   */
  public static JobOptions of(String out) {
    JobOptions o = new JobOptions();
    o.out = out;
    o.top = 10;
    o.lang = "en";
    return o;
  }

  public JobOptions candidates(String file) {
    this.candidates = file;
    return this;
  }

  public JobOptions vacancies(String file) {
    this.vacancies = file;
    return this;
  }

  public JobOptions top(int k) {
    this.top = k;
    return this;
  }

  public JobOptions today(LocalDate date) {
    this.today = date;
    return this;
  }

  public JobOptions esco(List<String> folders) {
    this.esco = new ArrayList<>(folders);
    return this;
  }

  public JobOptions partitions(int n) {
    this.partitions = n;
    return this;
  }

  Optional<String> candidatesFile() {
    return Optional.ofNullable(candidates);
  }

  Optional<String> vacanciesFile() {
    return Optional.ofNullable(vacancies);
  }

  String out() {
    return out;
  }

  Optional<String> master() {
    return Optional.ofNullable(master);
  }

  Optional<Integer> partitionCount() {
    return Optional.ofNullable(partitions);
  }

  List<String> esco() {
    return List.copyOf(esco);
  }

  Ranking ranking() {
    return exhaustive ? Ranking.EXHAUSTIVE : Ranking.TWO_PHASE;
  }

  /** Checks the values picocli cannot; returns this with {@code --today} fixed. */
  JobOptions validated() {
    if (top < 1) {
      throw new JobException(BatchMatch.USAGE, "--top: " + top + " must be at least 1");
    }
    if (partitions != null && partitions < 1) {
      throw new JobException(BatchMatch.USAGE, "--partitions: " + partitions + " must be >= 1");
    }
    locale();
    if (today == null) {
      today = LocalDate.now(); // fixed once on the driver, so that every executor counts alike
    }
    return this;
  }

  LocalDate todayDate() {
    return today;
  }

  Locale locale() {
    return org.chancengeber.matcher.model.Message.language(lang)
        .orElseThrow(
            () ->
                new JobException(
                    BatchMatch.USAGE,
                    "--lang: '" + lang + "' is not supported (expected en, de, ar, fa or uk)"));
  }
}
