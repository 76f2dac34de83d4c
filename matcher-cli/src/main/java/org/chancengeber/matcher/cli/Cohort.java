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
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.chancengeber.matcher.MatchEngine;
import org.chancengeber.matcher.Ranking;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.CandidateRecord;
import org.chancengeber.matcher.model.Match;
import org.chancengeber.matcher.model.Vacancy;

/**
 * The cohort commands' batch ({@code assign}, {@code report}): index the offers whole, then rank
 * each person's offers in chunks of {@link BatchRun#CHUNK}, handing every accepted person with
 * their list to a sink in input order. Rejected lines go to the {@link Inputs}' reject log.
 */
final class Cohort {
  /** Receives each person in input order, with the audit block, and their ranked list. */
  interface Sink {
    void accept(CandidateRecord person, List<Match> matches);
  }

  /** Work per person that may run on any thread, before the person reaches the sink. */
  interface Prepare<T> {
    T prepare(CandidateRecord person, List<Match> matches);
  }

  /** Receives each person in input order with what {@link Prepare} made of them. */
  interface PreparedSink<T> {
    void accept(CandidateRecord person, List<Match> matches, T prepared);
  }

  /** How people are ranked: files, list length, threads, ranking, progress display. */
  record Settings(FileOptions files, int top, int threads, Ranking ranking, boolean progress) {
    static Settings of(BatchOptions b, CommonOptions common) {
      return new Settings(
          b.files,
          b.top(),
          b.threads(),
          b.exhaustive ? Ranking.EXHAUSTIVE : Ranking.TWO_PHASE,
          common.progressEnabled());
    }
  }

  private final MatchEngine engine;
  private final Inputs inputs;
  private final Settings settings;
  private final PrintWriter err;
  private final Map<String, Integer> places = new java.util.HashMap<>();
  private Inputs.Counts offers;
  private int expired;
  private boolean fromIndex;

  Cohort(MatchEngine engine, Inputs inputs, Settings settings, PrintWriter err) {
    this.engine = engine;
    this.inputs = inputs;
    this.settings = settings;
    this.err = err;
  }

  /**
   * Indexes the offers, drops those already started, and compacts the index; or, with {@code
   * --index}, takes the offers the index holds.
   */
  Inputs.Counts indexOffers() {
    if (settings.files().indexDir().isPresent()) {
      // the index is not changed: offers already started count as expired, as from a file
      java.time.LocalDate today = engine.today();
      int n = 0;
      for (Vacancy v : engine.allVacancies()) {
        n++;
        if (v.places() < 1 || v.start().map(today::isAfter).orElse(false)) {
          expired++;
        } else {
          places.put(v.id(), v.places());
        }
      }
      offers = new Inputs.Counts(settings.files().indexDir().get().toString(), n, n, 0);
      fromIndex = true;
      return offers;
    }
    Batches<Vacancy> batch = new Batches<>(10_000, engine::addVacancies);
    offers =
        inputs.vacancies(
            settings.files().vacanciesFile(),
            v -> {
              places.put(v.id(), v.places());
              batch.accept(v);
            });
    batch.finish();
    expired = engine.expireVacancies();
    engine.compact();
    return offers;
  }

  /** The offers' counts (after {@link #indexOffers()}). */
  Inputs.Counts offers() {
    return offers;
  }

  /** Offers indexed and open. */
  long openOffers() {
    return offers.accepted() - expired;
  }

  int expired() {
    return expired;
  }

  /** The places of the open offers, in all. */
  long openPlaces() {
    long n = 0;
    for (Map.Entry<String, Integer> e : places.entrySet()) {
      if (engine.vacancy(e.getKey()).isPresent()) {
        n += e.getValue();
      }
    }
    return n;
  }

  /** Ranks every person's best {@code --top} offers, in chunks, in input order. */
  Inputs.Counts rankPeople(Sink sink) {
    return rankPeople((r, ms) -> null, (r, ms, nothing) -> sink.accept(r, ms));
  }

  /**
   * As {@link #rankPeople(Sink)}, with {@code prepare} run for the people of each chunk on the
   * ranking threads, then {@code sink} in input order.
   */
  <T> Inputs.Counts rankPeople(Prepare<T> prepare, PreparedSink<T> sink) {
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(settings.threads());
    try {
      return rankPeople(prepare, sink, pool);
    } finally {
      pool.shutdownNow();
    }
  }

  private <T> Inputs.Counts rankPeople(
      Prepare<T> prepare, PreparedSink<T> sink, java.util.concurrent.ExecutorService pool) {
    Ranking ranking = settings.ranking();
    int k = settings.top();
    int threads = settings.threads();
    boolean show = settings.progress();
    Optional<Path> file = settings.files().candidatesFile();
    Progress progress =
        new Progress(
            err,
            show,
            "people",
            show ? file.map(BatchRun::lines).orElse(OptionalLong.empty()) : OptionalLong.empty());
    long[] done = {0};
    Batches<CandidateRecord> chunks =
        new Batches<>(
            BatchRun.CHUNK,
            chunk -> {
              Map<Candidate, List<Match>> results = new IdentityHashMap<>();
              engine.matchAll(
                  chunk.stream().map(CandidateRecord::candidate).toList(),
                  k,
                  ranking,
                  threads,
                  (c, ms) -> {
                    synchronized (results) {
                      results.put(c, ms);
                    }
                  });
              List<java.util.concurrent.Future<T>> prepared = new java.util.ArrayList<>();
              for (CandidateRecord r : chunk) {
                List<Match> ms = results.getOrDefault(r.candidate(), List.of());
                prepared.add(pool.submit(() -> prepare.prepare(r, ms)));
              }
              for (int i = 0; i < chunk.size(); i++) {
                CandidateRecord r = chunk.get(i);
                sink.accept(
                    r,
                    results.getOrDefault(r.candidate(), List.of()),
                    BatchRun.join(prepared.get(i)));
              }
              done[0] += chunk.size();
              progress.update(done[0]);
            });
    Inputs.Counts people = inputs.candidates(file, chunks);
    chunks.finish();
    progress.finish(done[0]);
    return people;
  }

  /** Whether there is nobody or no open offer; says so on stderr. */
  boolean nothingToDo(Inputs.Counts people, String verb) {
    if (people.accepted() > 0 && openOffers() > 0) {
      return false;
    }
    err.println(
        "matcher: nothing to "
            + verb
            + ": "
            + (people.accepted() == 0 ? "no valid people" : "no valid, open offers"));
    return true;
  }

  /** The accounting line every batch ends with. */
  String summary(Inputs.Counts people, String verb) {
    if (fromIndex) {
      return String.format(
          Locale.ROOT,
          "people: %d read, %d %s, %d rejected; offers: %d in the index, %d open, %d expired",
          people.read(),
          people.accepted(),
          verb,
          people.rejected(),
          offers.accepted(),
          openOffers(),
          expired);
    }
    return String.format(
        Locale.ROOT,
        "people: %d read, %d %s, %d rejected; offers: %d read, %d indexed, %d expired,"
            + " %d rejected",
        people.read(),
        people.accepted(),
        verb,
        people.rejected(),
        offers.read(),
        openOffers(),
        expired,
        offers.rejected());
  }
}
