package org.chancengeber.matcher.benchmarks;

import java.util.Collection;
import java.util.List;
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
 * minutes, and its latency ratio is measured beside two-phase anyway. Takes JMH's own options; runs
 * without forking ({@code -f 0}), so give this JVM the heap:
 *
 * <pre>
 * java -Xmx6g -XX:+UseParallelGC -cp benchmarks/target/benchmarks.jar \
 *     org.chancengeber.matcher.benchmarks.NationalScale -p offers=1000000 -wi 1 -w 5s -i 3 -r 5s
 * </pre>
 */
public final class NationalScale {
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
    }
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
