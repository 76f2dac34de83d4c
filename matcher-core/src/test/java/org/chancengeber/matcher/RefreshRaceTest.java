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
package org.chancengeber.matcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Match;
import org.chancengeber.matcher.model.Vacancy;
import org.junit.jupiter.api.Test;

/**
 * Eight query threads rank while one writer re-upserts unchanged offers, adds new ones, deletes
 * some of those and refreshes, for a few seconds. Every ranking is checked against an exhaustive
 * baseline: an offer that is always live and in a person's exhaustive top 10 over every offer that
 * ever exists is in that person's top 10 on any snapshot (a snapshot has at most those
 * competitors), so it must be in every ranking; an offer deleted and refreshed before the ranking
 * started must not be in it; no offer twice. (Before the fix of issue 12 this found a live offer
 * missing in about 1 of 200 rankings: its old key was dropped while a query still held a searcher
 * that saw only the old document.)
 */
final class RefreshRaceTest {
  private static final int K = 10;

  /** How long the writer runs (bounded time, nothing timed is asserted). */
  private static final int SECONDS = 3;

  @Test
  void rankingsWhileReUpserting_noLiveOfferMissing_noDeletedReturned_noDuplicate()
      throws Exception {
    Generated data = Generated.of(23, 20, 1600, 60, Fixtures.TODAY);
    List<Vacancy> stable = data.vacancies.subList(0, 1200);
    List<Vacancy> churn = data.vacancies.subList(1200, 1600);
    Map<String, Set<String>> mustHave = new ConcurrentHashMap<>();
    try (MatchEngine all = engine(data)) {
      all.addVacancies(data.vacancies);
      all.refresh();
      Set<String> stableIds = new HashSet<>();
      stable.forEach(v -> stableIds.add(v.id()));
      for (Candidate c : data.candidates) {
        Set<String> ids = new HashSet<>();
        for (Match m : all.matchesFor(c, K, Ranking.EXHAUSTIVE)) {
          if (stableIds.contains(m.vacancy())) {
            ids.add(m.vacancy());
          }
        }
        mustHave.put(c.id(), ids);
      }
    }
    assertThat(mustHave.values().stream().mapToInt(Set::size).sum())
        .as("the baseline has offers to look for")
        .isGreaterThan(data.candidates.size() * 3);

    ConcurrentLinkedQueue<String> faults = new ConcurrentLinkedQueue<>();
    Set<String> deletedAndRefreshed = ConcurrentHashMap.newKeySet();
    AtomicBoolean done = new AtomicBoolean();
    AtomicInteger rankings = new AtomicInteger();
    try (MatchEngine engine = engine(data)) {
      engine.addVacancies(stable);
      engine.refresh();
      Thread writer =
          new Thread(
              () -> {
                try {
                  List<String> pendingDeletes = new ArrayList<>();
                  long end = System.nanoTime() + SECONDS * 1_000_000_000L;
                  for (int round = 0; System.nanoTime() < end; round++) {
                    for (int i = 0; i < stable.size() && System.nanoTime() < end; i++) {
                      engine.upsertVacancy(stable.get(i));
                      if (i % 40 == 39) {
                        Vacancy fresh = churn.get((round * 40 + i / 40) % churn.size());
                        if (!deletedAndRefreshed.contains(fresh.id())) {
                          engine.upsertVacancy(fresh);
                        }
                      }
                      if (i % 120 == 119 && round > 0) {
                        Vacancy gone = churn.get(((round - 1) * 40 + i / 120) % churn.size());
                        if (engine.deleteVacancy(gone.id())) {
                          pendingDeletes.add(gone.id());
                        }
                      }
                      if (i % 20 == 19) {
                        engine.refresh();
                        deletedAndRefreshed.addAll(pendingDeletes);
                        pendingDeletes.clear();
                      }
                    }
                  }
                } catch (Throwable t) {
                  faults.add("writer: " + t);
                } finally {
                  done.set(true);
                }
              });
      List<Thread> readers = new ArrayList<>();
      for (int q = 0; q < 8; q++) {
        int offset = q * 7;
        readers.add(
            new Thread(
                () -> {
                  int i = offset;
                  try {
                    while (!done.get()) {
                      Candidate c = data.candidates.get(i++ % data.candidates.size());
                      Set<String> gone = Set.copyOf(deletedAndRefreshed);
                      List<Match> top = engine.matchesFor(c, K);
                      check(c, top, mustHave.get(c.id()), gone, faults);
                      rankings.incrementAndGet();
                    }
                  } catch (Throwable t) {
                    faults.add("reader: " + t);
                  }
                }));
      }
      readers.forEach(Thread::start);
      writer.start();
      writer.join();
      for (Thread t : readers) {
        t.join();
      }
    }
    assertThat(rankings.get()).isPositive();
    assertThat(faults).as("faults in %d rankings", rankings.get()).isEmpty();
  }

  private static MatchEngine engine(Generated data) {
    return MatchEngine.builder()
        .taxonomy(data.taxonomy)
        .today(Fixtures.TODAY)
        .twoPhaseFrom(0)
        .build();
  }

  private static void check(
      Candidate c,
      List<Match> top,
      Set<String> mustHave,
      Set<String> gone,
      ConcurrentLinkedQueue<String> faults) {
    Set<String> ids = new HashSet<>();
    for (Match m : top) {
      if (!ids.add(m.vacancy())) {
        faults.add(c.id() + ": " + m.vacancy() + " twice");
      }
      if (gone.contains(m.vacancy())) {
        faults.add(c.id() + ": deleted " + m.vacancy() + " returned after its refresh");
      }
    }
    for (String id : mustHave) {
      if (!ids.contains(id)) {
        faults.add(c.id() + ": live " + id + " missing");
      }
    }
  }
}
