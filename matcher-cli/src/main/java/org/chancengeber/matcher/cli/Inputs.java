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

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.chancengeber.matcher.io.CandidateFormat;
import org.chancengeber.matcher.io.JsonLinesReader;
import org.chancengeber.matcher.io.LineResult;
import org.chancengeber.matcher.io.ReadOptions;
import org.chancengeber.matcher.io.VacancyFormat;
import org.chancengeber.matcher.model.CandidateRecord;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.samples.SampleData;
import org.chancengeber.matcher.taxonomy.Taxonomy;

/**
 * Reads people and offers from files (or the embedded samples), passing accepted records on and
 * rejected lines to a {@link RejectLog}; the only place the CLI touches the readers.
 */
final class Inputs {
  private final ReadOptions options;
  private final RejectLog rejects;
  private final PrintWriter err;

  Inputs(Taxonomy taxonomy, LocalDate today, RejectLog rejects, PrintWriter err) {
    this.options = ReadOptions.DEFAULTS.withTaxonomy(taxonomy).withToday(today);
    this.rejects = rejects;
    this.err = err;
  }

  /** Counts of one input. */
  record Counts(String source, long read, long accepted, long rejected) {
    String describe(String what) {
      return String.format(
          Locale.ROOT, "%s: %d read, %d accepted, %d rejected", what, read, accepted, rejected);
    }
  }

  Counts candidates(Optional<Path> file, Consumer<CandidateRecord> sink) {
    try (JsonLinesReader<CandidateRecord> reader =
        file.isPresent()
            ? CandidateFormat.reader(requireReadable(file.get()), options)
            : CandidateFormat.reader(
                SampleData.openCandidates(), SampleData.CANDIDATES_NAME, options)) {
      return drain(reader, sink);
    }
  }

  Counts vacancies(Optional<Path> file, Consumer<Vacancy> sink) {
    try (JsonLinesReader<Vacancy> reader =
        file.isPresent()
            ? VacancyFormat.reader(requireReadable(file.get()), options)
            : VacancyFormat.reader(
                SampleData.openVacancies(), SampleData.VACANCIES_NAME, options)) {
      return drain(reader, sink);
    }
  }

  private <T> Counts drain(JsonLinesReader<T> reader, Consumer<T> sink) {
    long warnings = 0;
    while (reader.hasNext()) {
      LineResult<T> r = reader.next();
      switch (r) {
        case LineResult.Accepted<T> a -> {
          for (var w : a.warnings()) {
            if (++warnings <= RejectLog.SHOWN) {
              err.println("warning: " + w);
            }
          }
          sink.accept(a.value());
        }
        case LineResult.Rejected<T> rej -> rejects.add(rej);
      }
    }
    if (warnings > RejectLog.SHOWN) {
      err.println(
          "warning: "
              + reader.source()
              + ": "
              + (warnings - RejectLog.SHOWN)
              + " more warnings not shown (the lines were accepted; matcher validate lists all)");
    }
    var c = reader.counts();
    return new Counts(reader.source(), c.read(), c.accepted(), c.rejected());
  }

  static Path requireReadable(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new CliException(
          MatcherCli.NOTHING_PROCESSED,
          file + ": " + (Files.exists(file) ? "not a regular file" : "no such file"));
    }
    if (!Files.isReadable(file)) {
      throw new CliException(MatcherCli.NOTHING_PROCESSED, file + ": permission denied");
    }
    return file;
  }
}
