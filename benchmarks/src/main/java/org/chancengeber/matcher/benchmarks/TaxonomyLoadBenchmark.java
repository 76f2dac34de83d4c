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

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.chancengeber.matcher.samples.SampleData;
import org.chancengeber.matcher.taxonomy.Taxonomy;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to load a taxonomy: the embedded sample taxonomy, and the full ESCO download (13,896 skills,
 * 123,855 occupation→skill relations) through {@code EscoImporter.load}. Single shot: each
 * measurement is one load, the first of them in a fresh JVM; heap is measured by {@link Footprint}.
 *
 * <p>ESCO is found as {@link Taxonomies} describes ({@code -p esco=DIR} overrides); where it is
 * absent the ESCO case stops in its setup with a message saying so, and {@code -p source=sample}
 * runs the rest.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar TaxonomyLoad
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
public class TaxonomyLoadBenchmark {
  @Param({"sample", "esco"})
  public String source;

  /** Where ESCO is; blank for the default. */
  @Param("")
  public String esco;

  private List<Path> paths;

  @Setup(Level.Trial)
  public void setUp() {
    if (source.equals(Taxonomies.ESCO)) {
      paths =
          Taxonomies.escoPaths(esco)
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "ESCO data not found: skipped (set -p esco=DIR, or run -p source=sample)"));
    }
  }

  @Benchmark
  public Taxonomy load() {
    return source.equals(Taxonomies.ESCO) ? Taxonomies.loadEsco(paths) : SampleData.taxonomy();
  }
}
