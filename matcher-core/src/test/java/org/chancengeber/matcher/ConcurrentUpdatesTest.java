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
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Match;
import org.chancengeber.matcher.model.Vacancy;
import org.junit.jupiter.api.Test;

/** Queries run while offers are added, replaced, deleted and refreshed on other threads. */
final class ConcurrentUpdatesTest {

  @Test
  void queriesDuringUpdates_noExceptions_consistentResults() throws Exception {
    Generated data = Generated.of(11, 20, 3000, 40, Fixtures.TODAY);
    List<Vacancy> stable = data.vacancies.subList(0, 1500);
    List<Vacancy> churn = data.vacancies.subList(1500, 3000);
    Set<String> known = new HashSet<>();
    data.vacancies.forEach(v -> known.add(v.id()));
    ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
    AtomicBoolean done = new AtomicBoolean();
    AtomicInteger queries = new AtomicInteger();
    try (MatchEngine engine =
        MatchEngine.builder()
            .taxonomy(data.taxonomy)
            .today(Fixtures.TODAY)
            .twoPhaseFrom(0)
            .build()) {
      engine.addVacancies(stable);
      engine.refresh();
      CountDownLatch started = new CountDownLatch(3);
      List<Thread> threads = new ArrayList<>();
      threads.add(
          new Thread(
              () -> {
                started.countDown();
                try {
                  for (int round = 0; round < 3; round++) {
                    for (int i = 0; i < churn.size(); i++) {
                      engine.upsertVacancy(churn.get(i));
                      if (i % 100 == 99) {
                        engine.refresh();
                      }
                    }
                    for (int i = 0; i < churn.size(); i += 2) {
                      engine.deleteVacancy(churn.get(i).id());
                    }
                    engine.refresh();
                  }
                } catch (Throwable t) {
                  errors.add(t);
                } finally {
                  done.set(true);
                }
              }));
      for (int q = 0; q < 2; q++) {
        int offset = q;
        threads.add(
            new Thread(
                () -> {
                  started.countDown();
                  try {
                    int i = offset;
                    while (!done.get()) {
                      Candidate c = data.candidates.get(i++ % data.candidates.size());
                      List<Match> top = engine.matchesFor(c, 10);
                      check(top, known);
                      queries.incrementAndGet();
                    }
                  } catch (Throwable t) {
                    errors.add(t);
                  }
                }));
      }
      threads.forEach(Thread::start);
      for (Thread t : threads) {
        t.join();
      }
      assertThat(errors).isEmpty();
      assertThat(queries.get()).isPositive();
      // after the last refresh every query sees the final state: exactly as a fresh engine
      try (MatchEngine fresh =
          MatchEngine.builder()
              .taxonomy(data.taxonomy)
              .today(Fixtures.TODAY)
              .twoPhaseFrom(0)
              .build()) {
        fresh.addVacancies(stable);
        for (int i = 1; i < churn.size(); i += 2) {
          fresh.upsertVacancy(churn.get(i));
        }
        fresh.refresh();
        assertThat(engine.vacancyCount()).isEqualTo(fresh.vacancyCount()).isEqualTo(2250);
        for (Candidate c : data.candidates) {
          assertThat(engine.matchesFor(c, 10)).isEqualTo(fresh.matchesFor(c, 10));
        }
      }
    }
  }

  private static void check(List<Match> top, Set<String> known) {
    assertThat(top.size()).isLessThanOrEqualTo(10);
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < top.size(); i++) {
      Match m = top.get(i);
      assertThat(m.rank()).isEqualTo(i + 1);
      assertThat(known).contains(m.vacancy());
      assertThat(ids.add(m.vacancy())).as("no duplicates").isTrue();
      if (i > 0) {
        Match prev = top.get(i - 1);
        assertThat(
                prev.score() > m.score()
                    || prev.score() == m.score() && prev.vacancy().compareTo(m.vacancy()) < 0)
            .as("sorted by score, then id")
            .isTrue();
      }
    }
  }
}
