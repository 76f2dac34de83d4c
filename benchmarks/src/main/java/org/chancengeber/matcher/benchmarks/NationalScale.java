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
package org.chancengeber.matcher.benchmarks;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.chancengeber.matcher.model.Candidate;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link OffersForPersonBenchmark} (all variants) and then {@link BatchBenchmark} in this JVM,
 * so that one index of each size serves both (building a million-offer index takes a minute). The
 * exhaustive scorer is left out of the batch above 100,000 offers: one batch of it would run for
 * minutes, and its latency ratio is measured beside two-phase anyway. Then checks recall@10 of
 * two-phase against exhaustive for the first {@value #RECALL_QUERIES} of the same people on the
 * same index. Takes JMH's own options; runs without forking ({@code -f 0}), so give this JVM the
 * heap:
 *
 * <pre>
 * java -Xmx6g -XX:+UseParallelGC -cp benchmarks/target/benchmarks.jar \
 *     org.chancengeber.matcher.benchmarks.NationalScale -p offers=1000000 -wi 1 -w 5s -i 3 -r 5s
 * </pre>
 */
public final class NationalScale {
  /** People asked for in the recall check. */
  static final int RECALL_QUERIES = 200;

  /** The recall check stops asking after this many seconds (the exhaustive scorer is slow). */
  static final int RECALL_SECONDS = 60;

  private NationalScale() {}

  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    CommandLineOptions given = new CommandLineOptions(args);
    Collection<String> sizes =
        given.getParameter("offers").orElse(List.of(String.valueOf(100_000)));
    for (String size : sizes) {
      boolean small = Integer.parseInt(size) <= 100_000;
      run(given, OffersForPersonBenchmark.class, size, "TWO_PHASE", "EXHAUSTIVE", "BM25");
      if (small) {
        run(given, BatchBenchmark.class, size, "TWO_PHASE", "EXHAUSTIVE", "BM25");
      } else {
        run(given, BatchBenchmark.class, size, "TWO_PHASE", "BM25");
      }
      recall(given, Integer.parseInt(size));
    }
  }

  /**
   * Recall@10 of two-phase against exhaustive on the same index and the same generated people the
   * latency benchmark asked for (the first {@value #RECALL_QUERIES}), with their mean times.
   */
  static void recall(CommandLineOptions given, int size) {
    Corpus.Offers corpus =
        Corpus.offers(
            new Corpus.Key(
                param(given, "taxonomy", Taxonomies.ESCO),
                param(given, "esco", ""),
                size,
                Long.parseLong(param(given, "seed", "42")),
                param(given, "lang", "en")));
    Ranker<Candidate> twoPhase = Variant.TWO_PHASE.offers(corpus);
    Ranker<Candidate> exhaustive = Variant.EXHAUSTIVE.offers(corpus);
    List<Candidate> people = corpus.queries().subList(0, RECALL_QUERIES);
    double sum = 0;
    int full = 0;
    int asked = 0;
    long twoPhaseNanos = 0;
    long exhaustiveNanos = 0;
    long deadline = System.nanoTime() + RECALL_SECONDS * 1_000_000_000L;
    for (Candidate person : people) {
      if (System.nanoTime() > deadline) {
        break;
      }
      asked++;
      long start = System.nanoTime();
      List<String> approximate = twoPhase.top(person, 10);
      long middle = System.nanoTime();
      List<String> exact = exhaustive.top(person, 10);
      long end = System.nanoTime();
      twoPhaseNanos += middle - start;
      exhaustiveNanos += end - middle;
      double r = Metrics.recall(approximate, exact, 10);
      sum += r;
      full += r == 1 ? 1 : 0;
    }
    System.out.printf(
        Locale.ROOT,
        "%nrecall@10 of TWO_PHASE against EXHAUSTIVE, %,d offers, %d people: mean %.4f,"
            + " %d of %d complete; mean ms per person: two-phase %.2f, exhaustive %.2f (x%.1f)%n",
        size,
        asked,
        sum / asked,
        full,
        asked,
        twoPhaseNanos / 1e6 / asked,
        exhaustiveNanos / 1e6 / asked,
        (double) exhaustiveNanos / twoPhaseNanos);
  }

  private static String param(CommandLineOptions given, String name, String otherwise) {
    Collection<String> values = given.getParameter(name).orElse(List.of());
    return values.isEmpty() ? otherwise : values.iterator().next();
  }

  private static void run(
      CommandLineOptions given, Class<?> benchmark, String size, String... variants)
      throws RunnerException {
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .parent(given)
            .include(benchmark.getSimpleName())
            .forks(0)
            .param("offers", size)
            .param("variant", variants);
    new Runner(options.build()).run();
  }
}
