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
import org.chancengeber.matcher.model.Vacancy;
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
 * Latency of the top 10 people for one offer, one thread, with 10,000 to 1,000,000 generated people
 * indexed: two-phase against exhaustive and a BM25 search over people's skill and occupation labels
 * queried with the offer's title and description. Sample time (p50, p99).
 *
 * <p>People come from the samples generator with a fixed seed, indexed once per trial; each call
 * asks for the next of 1,000 generated offers.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar PeopleForOffer -p people=100000 -jvmArgs -Xmx6g
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
public class PeopleForOfferBenchmark {
  /** People indexed. */
  @Param({"10000", "100000", "1000000"})
  public int people;

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

  /** Language of the BM25 analyzer and of the labels that stand for a person. */
  @Param("en")
  public String lang;

  private Ranker<Vacancy> ranker;
  private List<Vacancy> offers;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    Corpus.People corpus = Corpus.people(new Corpus.Key(taxonomy, esco, people, seed, lang));
    ranker = variant.people(corpus);
    offers = corpus.queries();
    ranker.top(offers.get(0), 10);
  }

  @Benchmark
  public List<String> top10() {
    Vacancy offer = offers.get(next);
    next = (next + 1) % offers.size();
    return ranker.top(offer, 10);
  }
}
