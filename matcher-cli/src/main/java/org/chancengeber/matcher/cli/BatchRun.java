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
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.chancengeber.matcher.ClaimResolution;
import org.chancengeber.matcher.MatchEngine;
import org.chancengeber.matcher.Ranking;
import org.chancengeber.matcher.io.InputFileException;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Match;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.taxonomy.Taxonomy;
import org.chancengeber.matcher.taxonomy.TaxonomyLoadException;

/**
 * The batch behind {@code match} and {@code candidates}: index one side whole, stream the other in
 * chunks through the engine, print each list in input order, and account for every line.
 */
final class BatchRun {
  /** Lines of the streamed side held at once: memory stays flat for any input size. */
  static final int CHUNK = 512;

  private static final int INDEX_CHUNK = 10_000;

  /** Which side is ranked for which. */
  enum Direction {
    OFFERS_FOR_PEOPLE,
    PEOPLE_FOR_OFFERS
  }

  private final CommonOptions common;
  private final BatchOptions options;
  private final Direction direction;
  private final PrintWriter out;
  private final PrintWriter err;
  private Optional<Path> exclusionsFile = Optional.empty();

  BatchRun(
      CommonOptions common,
      BatchOptions options,
      Direction direction,
      PrintWriter out,
      PrintWriter err) {
    this.common = common;
    this.options = options;
    this.direction = direction;
    this.out = out;
    this.err = err;
  }

  /** Also write the offers left out for each person to {@code file} (offers for people only). */
  BatchRun withExclusions(Optional<Path> file) {
    this.exclusionsFile = file;
    return this;
  }

  int run() {
    long started = System.nanoTime();
    // usage errors first, before any file is touched
    options.view();
    options.top();
    options.threads();
    Locale locale = common.locale();
    Optional<Path> index = options.files.indexDir();
    if (direction == Direction.OFFERS_FOR_PEOPLE) {
      Engines.exclusive(index, options.vacanciesFile(), "--vacancies");
    } else {
      Engines.exclusive(index, options.candidatesFile(), "--candidates");
    }

    // every output is checked (and its part file taken) before any work
    try (Outputs outputs =
        new Outputs(options.candidatesFile(), options.vacanciesFile()).reading(common.esco)) {
      AtomicOutput output = outputs.open("--out", options.outFile(), out);
      RejectLog rejects = RejectLog.to(outputs.open("--rejects", options.rejectsFile()), err);
      ExclusionLog exclusions =
          ExclusionLog.to(outputs.open("--exclusions", exclusionsFile), locale);
      try {
        return run(outputs, output, rejects, exclusions, started);
      } catch (CliException | InputFileException | TaxonomyLoadException e) {
        // an input could not be read: nothing of an earlier run may look current
        outputs.commitNothingProcessed("--out", "--exclusions");
        throw e;
      }
    }
  }

  private int run(
      Outputs outputs,
      AtomicOutput output,
      RejectLog rejects,
      ExclusionLog exclusions,
      long started) {
    MatchView view = options.view();
    int k = options.top();
    int threads = options.threads();
    Locale locale = common.locale();
    LocalDate today = common.today();
    Ranking ranking = options.exhaustive ? Ranking.EXHAUSTIVE : Ranking.TWO_PHASE;
    boolean forPeople = direction == Direction.OFFERS_FOR_PEOPLE;
    Taxonomy taxonomy = common.taxonomy();
    Optional<Path> index = options.files.indexDir();
    try (MatchEngine engine = Engines.open(common.engine(taxonomy), index, err)) {
      Inputs inputs = new Inputs(taxonomy, today, rejects, err);

      // 1. index one side whole (or open the index that holds it)
      Inputs.Counts indexed;
      int expired = 0;
      long[] notUnderstood = {0};
      if (index.isPresent()) {
        int n = forPeople ? engine.vacancyCount() : engine.candidateCount();
        indexed = new Inputs.Counts(index.get().toString(), n, n, 0);
      } else if (forPeople) {
        Batches<Vacancy> batch = new Batches<>(INDEX_CHUNK, engine::addVacancies);
        indexed =
            inputs.vacancies(
                options.vacanciesFile(),
                v -> {
                  notUnderstood[0] += notUnderstood(engine.resolutions(v));
                  batch.accept(v);
                });
        batch.finish();
        expired = engine.expireVacancies();
      } else {
        Batches<Candidate> batch = new Batches<>(INDEX_CHUNK, engine::addCandidates);
        indexed =
            inputs.candidates(
                options.candidatesFile(),
                r -> {
                  notUnderstood[0] += notUnderstood(engine.resolutions(r.candidate()));
                  batch.accept(r.candidate());
                });
        batch.finish();
      }
      if (index.isEmpty()) {
        // one segment: every ranking of the batch sets its query up once, not once per segment
        engine.compact();
      }

      // 2. stream the other side in chunks, in input order
      Map<String, Vacancy> streamedOffers = new HashMap<>();
      MatchView.Printer printer =
          view.printer(
              output.writer(),
              locale,
              new MatchView.Lookup(
                  engine::candidate,
                  id -> Optional.ofNullable(streamedOffers.get(id)).or(() -> engine.vacancy(id)),
                  !forPeople));
      printer.startUnchecked();
      boolean showProgress = common.progressEnabled();
      Optional<Path> streamedFile = forPeople ? options.candidatesFile() : options.vacanciesFile();
      Progress progress =
          new Progress(
              err,
              showProgress,
              forPeople ? "people" : "offers",
              showProgress
                  ? streamedFile.map(BatchRun::lines).orElse(OptionalLong.empty())
                  : OptionalLong.empty());
      long[] done = {0};
      long[] withMatches = {0};
      Inputs.Counts streamed;
      if (forPeople) {
        Batches<Candidate> chunks =
            new Batches<>(
                CHUNK,
                chunk -> {
                  Map<Candidate, List<Match>> results = new IdentityHashMap<>();
                  engine.matchAll(
                      chunk,
                      k,
                      ranking,
                      threads,
                      (c, ms) -> {
                        synchronized (results) {
                          results.put(c, ms);
                        }
                      });
                  for (Candidate c : chunk) {
                    List<Match> ms = results.getOrDefault(c, List.of());
                    withMatches[0] += ms.isEmpty() ? 0 : 1;
                    notUnderstood[0] += notUnderstood(engine.resolutions(c));
                    printer.printUnchecked(Headings.person(c, locale), ms);
                    if (exclusions.enabled()) {
                      exclusions.write(engine.exclusionsFor(c));
                    }
                  }
                  done[0] += chunk.size();
                  output.checkpoint();
                  progress.update(done[0]);
                });
        streamed = inputs.candidates(options.candidatesFile(), r -> chunks.accept(r.candidate()));
        chunks.finish();
      } else {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
          Batches<Vacancy> chunks =
              new Batches<>(
                  CHUNK,
                  chunk -> {
                    List<Future<List<Match>>> futures = new ArrayList<>(chunk.size());
                    for (Vacancy v : chunk) {
                      futures.add(pool.submit(() -> engine.candidatesFor(v, k, ranking)));
                    }
                    streamedOffers.clear();
                    chunk.forEach(v -> streamedOffers.put(v.id(), v));
                    for (int i = 0; i < chunk.size(); i++) {
                      List<Match> ms = join(futures.get(i));
                      withMatches[0] += ms.isEmpty() ? 0 : 1;
                      notUnderstood[0] += notUnderstood(engine.resolutions(chunk.get(i)));
                      printer.printUnchecked(Headings.offer(chunk.get(i), locale), ms);
                    }
                    done[0] += chunk.size();
                    output.checkpoint();
                    progress.update(done[0]);
                  });
          streamed = inputs.vacancies(options.vacanciesFile(), chunks);
          chunks.finish();
        } finally {
          pool.shutdownNow();
        }
      }
      progress.finish(done[0]);

      // 3. account for every line
      Inputs.Counts people = forPeople ? streamed : indexed;
      Inputs.Counts offers = forPeople ? indexed : streamed;
      double seconds = (System.nanoTime() - started) / 1e9;
      String peoplePart =
          index.isPresent() && !forPeople
              ? String.format(Locale.ROOT, "people: %d in the index", people.accepted())
              : String.format(
                  Locale.ROOT,
                  "people: %d read, %d %s, %d rejected",
                  people.read(),
                  people.accepted(),
                  forPeople ? "matched" : "indexed",
                  people.rejected());
      String offersPart =
          index.isPresent() && forPeople
              ? String.format(Locale.ROOT, "offers: %d in the index", offers.accepted())
              : String.format(
                  Locale.ROOT,
                  "offers: %d read, %d %s,%s %d rejected",
                  offers.read(),
                  offers.accepted() - expired,
                  forPeople ? "indexed" : "matched",
                  forPeople ? " " + expired + " expired," : "",
                  offers.rejected());
      err.println(
          String.format(
              Locale.ROOT,
              "%s; %s; %d lists with matches;%s %.1f s",
              peoplePart,
              offersPart,
              withMatches[0],
              notUnderstood[0] == 0
                  ? ""
                  : " "
                      + notUnderstood[0]
                      + " texts not understood (compared as text only; matcher validate --esco"
                      + " lists them);",
              seconds));
      if (people.accepted() == 0 || offers.accepted() - expired == 0) {
        err.println(
            "matcher: nothing to match: "
                + (people.accepted() == 0 ? "no valid people" : "no valid, open offers"));
        outputs.commitNothingProcessed("--out", "--exclusions");
        return MatcherCli.NOTHING_PROCESSED;
      }
      outputs.commit();
      return people.rejected() + offers.rejected() > 0 ? MatcherCli.SOME_REJECTED : MatcherCli.OK;
    }
  }

  private static long notUnderstood(List<ClaimResolution> resolutions) {
    return resolutions.stream().filter(r -> !r.understood()).count();
  }

  /** Lines in {@code file} (an upper bound of its records, for progress); empty if unreadable. */
  static OptionalLong lines(Path file) {
    try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file)) {
      java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocateDirect(1 << 16);
      long count = 0;
      byte last = '\n';
      while (ch.read(buf) > 0) {
        buf.flip();
        while (buf.hasRemaining()) {
          last = buf.get();
          if (last == '\n') {
            count++;
          }
        }
        buf.clear();
      }
      return OptionalLong.of(last == '\n' ? count : count + 1);
    } catch (java.io.IOException e) {
      return OptionalLong.empty();
    }
  }

  /** The value of a finished task; its runtime failure rethrown as is. */
  static <T> T join(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliException(MatcherCli.NOTHING_PROCESSED, "interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
