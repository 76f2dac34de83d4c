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

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.chancengeber.matcher.model.Candidate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latency of the top 10 offers for one person, one thread, with 10,000 to 1,000,000 generated
 * offers indexed: our two-phase ranking against the exhaustive exact scorer and a BM25 keyword
 * search, in one run so that their ratios come from the same machine state. Sample time: JMH
 * reports p50, p90, p99 and the maximum.
 *
 * <p>The offers come from the samples generator with a fixed seed and are indexed once per trial
 * (shared across benchmarks and variants with {@code -f 0}); each call asks for the next of 1,000
 * generated people.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar OffersForPerson -p offers=1000000 -jvmArgs -Xmx6g
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {
      "-Xmx6g",
      "-XX:+UseParallelGC",
      "--add-modules=jdk.incubator.vector",
      "--enable-native-access=ALL-UNNAMED"
    })
@Threads(1)
public class OffersForPersonBenchmark {
  /** Offers indexed. */
  @Param({"10000", "100000", "1000000"})
  public int offers;

  @Param({"TWO_PHASE", "EXHAUSTIVE", "BM25"})
  public Variant variant;

  /** {@code esco} (full ESCO from the shared data folder) or {@code sample}. */
  @Param("esco")
  public String taxonomy;

  /** Where ESCO is; blank for the default. */
  @Param("")
  public String esco;

  @Param("42")
  public long seed;

  /** Language of the BM25 analyzer and of the labels in a person's keyword query. */
  @Param("en")
  public String lang;

  private Ranker<Candidate> ranker;
  private List<Candidate> people;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    Corpus.Offers corpus = Corpus.offers(new Corpus.Key(taxonomy, esco, offers, seed, lang));
    ranker = variant.offers(corpus);
    people = corpus.queries();
    ranker.top(people.get(0), 10);
  }

  @Benchmark
  public List<String> top10() {
    Candidate person = people.get(next);
    next = (next + 1) % people.size();
    return ranker.top(person, 10);
  }
}
