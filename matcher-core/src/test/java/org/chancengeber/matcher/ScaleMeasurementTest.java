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

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Match;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures two-phase recall@10 and query latency against the exhaustive oracle at scale. Not part
 * of the default suite; run it with
 *
 * <pre>
 * ./mvnw -B -o -pl matcher-core test -Dtest=ScaleMeasurementTest -Dchancengeber.scale=true \
 *     -Dchancengeber.scale.offers=100000 -Dchancengeber.scale.people=1000
 * </pre>
 */
@EnabledIfSystemProperty(named = "chancengeber.scale", matches = "true")
public final class ScaleMeasurementTest {

  @Test
  void twoPhase_recallAndLatency_atScale() {
    assertThat(
            measure(
                Integer.getInteger("chancengeber.scale.offers", 100_000),
                Integer.getInteger("chancengeber.scale.people", 1_000),
                Integer.getInteger("chancengeber.scale.oracle", 200)))
        .isGreaterThanOrEqualTo(0.99);
  }

  /** Also runnable as a plain main: {@code offers people oracleQueries}. */
  public static void main(String[] args) {
    measure(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
  }

  /** Prints the measurements; returns recall@10. */
  static double measure(int offers, int people, int oracleQueries) {
    long t0 = System.nanoTime();
    Generated data = Generated.of(7, 400, offers, people, Fixtures.TODAY);
    long t1 = System.nanoTime();
    java.nio.file.Path dir;
    try {
      dir = java.nio.file.Files.createTempDirectory("chancengeber-scale");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    // memory-mapped index files: faster than the on-heap directory at this size
    try (MatchEngine engine =
        MatchEngine.builder()
            .twoPhaseFrom(0)
            .taxonomy(data.taxonomy)
            .today(Fixtures.TODAY)
            .directory(dir)
            .build()) {
      engine.addVacancies(data.vacancies);
      engine.refresh();
      long t2 = System.nanoTime();
      System.out.printf(
          Locale.ROOT,
          "generated %d offers, %d people in %.1f s; indexed offers in %.1f s%n",
          offers,
          people,
          (t1 - t0) / 1e9,
          (t2 - t1) / 1e9);
      // warm-up
      for (Candidate c : data.candidates.subList(0, Math.min(200, people))) {
        engine.matchesFor(c, 10);
      }
      long[] fast = new long[people];
      for (int i = 0; i < people; i++) {
        long s = System.nanoTime();
        engine.matchesFor(data.candidates.get(i), 10);
        fast[i] = System.nanoTime() - s;
      }
      double recall = 0;
      long[] slow = new long[oracleQueries];
      for (int i = 0; i < oracleQueries; i++) {
        Candidate c = data.candidates.get(i);
        long s = System.nanoTime();
        List<Match> oracle = engine.matchesFor(c, 10, Ranking.EXHAUSTIVE);
        slow[i] = System.nanoTime() - s;
        recall += TwoPhaseRecallTest.recall(engine.matchesFor(c, 10), oracle, true);
      }
      recall /= oracleQueries;
      Arrays.sort(fast);
      Arrays.sort(slow);
      double meanFast = Arrays.stream(fast).average().orElse(0) / 1e6;
      double meanSlow = Arrays.stream(slow).average().orElse(0) / 1e6;
      System.out.printf(
          Locale.ROOT,
          "two-phase top-10: p50 %.2f ms, p99 %.2f ms, mean %.2f ms over %d people%n"
              + "exhaustive top-10: p50 %.2f ms, mean %.2f ms over %d people; speed-up %.1fx%n"
              + "recall@10 two-phase vs exhaustive: %.4f%n",
          fast[people / 2] / 1e6,
          fast[(int) (people * 0.99)] / 1e6,
          meanFast,
          people,
          slow[oracleQueries / 2] / 1e6,
          meanSlow,
          oracleQueries,
          meanSlow / meanFast,
          recall);
      long b0 = System.nanoTime();
      engine.matchAll(data.candidates, 10, Ranking.TWO_PHASE, 2, (c, m) -> {});
      System.out.printf(
          Locale.ROOT,
          "matchAll %d people on 2 threads: %.2f s%n",
          people,
          (System.nanoTime() - b0) / 1e9);
      return recall;
    }
  }
}
