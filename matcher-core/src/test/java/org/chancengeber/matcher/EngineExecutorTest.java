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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Vacancy;
import org.junit.jupiter.api.Test;

/** Batches run on the application's executor and stop when the caller is interrupted. */
final class EngineExecutorTest {

  private static List<Candidate> people(int n) {
    List<Candidate> people = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      people.add(Fixtures.person("c-" + i).build());
    }
    return people;
  }

  private static List<Vacancy> offers(int n) {
    List<Vacancy> offers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      offers.add(Fixtures.offer("v-" + i, Fixtures.COOK).build());
    }
    return offers;
  }

  @Test
  void matchAll_withAnExecutor_ranksEveryPersonOnItsThreads_andLeavesItRunning() {
    AtomicInteger tasks = new AtomicInteger();
    ExecutorService app =
        Executors.newFixedThreadPool(
            2,
            r -> {
              Thread t = new Thread(r, "app-worker");
              t.setDaemon(true);
              return t;
            });
    try (MatchEngine engine =
        Fixtures.engine()
            .executor(
                r -> {
                  tasks.incrementAndGet();
                  app.execute(r);
                })
            .build()) {
      engine.addVacancies(offers(50));
      engine.refresh();
      Set<String> ranked = ConcurrentHashMap.newKeySet();
      Set<String> threads = ConcurrentHashMap.newKeySet();

      engine.matchAll(
          people(30),
          5,
          Ranking.TWO_PHASE,
          2,
          (c, m) -> {
            ranked.add(c.id());
            threads.add(Thread.currentThread().getName());
          });

      assertThat(ranked).hasSize(30);
      assertThat(threads).containsOnly("app-worker");
      assertThat(tasks.get()).isGreaterThanOrEqualTo(30);
      assertThat(engine.vacancyCount()).isEqualTo(50);
      assertThat(app.isShutdown()).isFalse();
    } finally {
      app.shutdownNow();
    }
  }

  @Test
  void matchAll_interruptedCaller_stopsTheBatchWithCancellation() {
    ExecutorService app = Executors.newSingleThreadExecutor();
    try (MatchEngine engine = Fixtures.engine().executor(app).build()) {
      engine.addVacancies(offers(5));
      engine.refresh();
      Thread caller = Thread.currentThread();
      AtomicInteger sunk = new AtomicInteger();

      assertThatThrownBy(
              () ->
                  engine.matchAll(
                      people(100),
                      5,
                      Ranking.TWO_PHASE,
                      1,
                      (c, m) -> {
                        sunk.incrementAndGet();
                        caller.interrupt();
                      }))
          .isInstanceOf(CancellationException.class)
          .hasMessage("interrupted: the batch stopped");

      assertThat(Thread.interrupted()).as("the interrupt flag stays set").isTrue();
      // one task at a time: the first person's sink interrupts, at most one more was handed out
      assertThat(sunk.get()).isBetween(1, 2);
    } finally {
      app.shutdownNow();
    }
  }

  @Test
  void matchAll_onTheCallingThread_interruptedBeforehand_ranksNobody() {
    try (MatchEngine engine = Fixtures.engine().build()) {
      AtomicInteger sunk = new AtomicInteger();
      Thread.currentThread().interrupt();
      try {
        assertThatThrownBy(
                () ->
                    engine.matchAll(
                        people(3), 5, Ranking.TWO_PHASE, 1, (c, m) -> sunk.incrementAndGet()))
            .isInstanceOf(CancellationException.class);
      } finally {
        Thread.interrupted();
      }
      assertThat(sunk.get()).isZero();
    }
  }
}
