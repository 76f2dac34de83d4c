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
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Batch throughput: people per second ranked against all offers, top 10 each, on every core,
 * through {@code MatchEngine.matchAll} (BM25: the same queries in a fork-join pool). One operation
 * is one person; each call ranks the next {@value #BATCH} of 1,000 generated people. The product
 * target, 100,000 people against 1,000,000 offers in 5 minutes on 2 cores, is 333 people per
 * second.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar Batch -p offers=1000000 -p variant=TWO_PHASE -jvmArgs -Xmx6g
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
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
public class BatchBenchmark {
  /** People per call. */
  static final int BATCH = 100;

  /** Offers indexed. */
  @Param({"10000", "100000", "1000000"})
  public int offers;

  @Param({"TWO_PHASE", "EXHAUSTIVE", "BM25"})
  public Variant variant;

  /** Threads; 0 means one per available processor. */
  @Param("0")
  public int threads;

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
  private int workers;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    Corpus.Offers corpus = Corpus.offers(new Corpus.Key(taxonomy, esco, offers, seed, lang));
    ranker = variant.offers(corpus);
    people = corpus.queries();
    workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public long people() {
    List<Candidate> batch = people.subList(next, next + BATCH);
    next = (next + BATCH) % (people.size() - people.size() % BATCH);
    return ranker.topAll(batch, 10, workers);
  }
}
