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
package org.chancengeber.matcher.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancengeber.matcher.rules.RuleFixtures.TODAY;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.rules.RandomPairs;
import org.chancengeber.matcher.rules.RuleSet;
import org.chancengeber.matcher.rules.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures what rules and pathways add to one query: {@code evaluate} + {@code plan} for 300 offers
 * (the engine's re-ranking depth) per person. A measurement, not a test: it runs only with {@code
 * -Dchancengeber.perf=true}:
 *
 * <pre>
 * ./mvnw -B -o -pl matcher-core test -Dtest=RulesAndPathwayLatencyCheck -Dchancengeber.perf=true \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dspotless.check.skip=true
 * </pre>
 */
@EnabledIfSystemProperty(named = "chancengeber.perf", matches = "true")
final class RulesAndPathwayLatencyCheck {
  private static final int OFFERS_PER_QUERY = 300;
  private static final int QUERIES = 2_000;

  @Test
  void evaluateAndPlan_perQuery() {
    RuleSet rules = RuleSet.germanDefaults();
    PathwayPlanner planner = PathwayPlanner.germanDefaults();
    RandomPairs gen = new RandomPairs(42);
    Candidate[] people = new Candidate[QUERIES];
    for (int i = 0; i < QUERIES; i++) {
      people[i] = gen.candidate();
    }
    Vacancy[] offers = new Vacancy[OFFERS_PER_QUERY * 10];
    for (int i = 0; i < offers.length; i++) {
      offers[i] = gen.vacancy();
    }
    SkillNeeds needs = new SkillNeeds(List.of("kochen"), List.of(), Optional.empty(), 2, false);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (int round = 0; round < 3; round++) { // warm-up rounds, then the measured one
      long[] nanos = new long[QUERIES];
      long cpu0 = threads.getCurrentThreadCpuTime();
      long wall0 = System.nanoTime();
      for (int q = 0; q < QUERIES; q++) {
        Candidate c = people[q];
        int base = (q * 7) % (offers.length - OFFERS_PER_QUERY);
        long t0 = System.nanoTime();
        sink += rules.possibleTypes(c, TODAY).size();
        sink += planner.reachableLevel(c, "de", 12).ordinal();
        for (int i = 0; i < OFFERS_PER_QUERY; i++) {
          Vacancy v = offers[base + i];
          Verdict verdict = rules.evaluate(c, v, TODAY);
          if (verdict.eligible()) {
            sink += planner.plan(c, v, verdict, needs, TODAY, 12).readyInMonths();
          }
        }
        nanos[q] = System.nanoTime() - t0;
      }
      long cpu = threads.getCurrentThreadCpuTime() - cpu0;
      long wall = System.nanoTime() - wall0;
      Arrays.sort(nanos);
      System.out.printf(
          Locale.ROOT,
          "round %d: %d offers per query, wall p50 %.3f ms, p99 %.3f ms (%.2f µs per offer);"
              + " CPU mean %.3f ms per query (wall mean %.3f ms)%n",
          round,
          OFFERS_PER_QUERY,
          nanos[QUERIES / 2] / 1e6,
          nanos[QUERIES * 99 / 100] / 1e6,
          nanos[QUERIES / 2] / 1e3 / OFFERS_PER_QUERY,
          cpu / 1e6 / QUERIES,
          wall / 1e6 / QUERIES);
    }
    assertThat(sink).isPositive();
  }
}
