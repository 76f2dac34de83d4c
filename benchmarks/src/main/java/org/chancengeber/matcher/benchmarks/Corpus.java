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

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.chancengeber.matcher.MatchEngine;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.CandidateRecord;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.samples.Generator;
import org.chancengeber.matcher.taxonomy.Taxonomy;

/**
 * Generated data at one size, indexed once and shared: the offers (or people) of a benchmark, the
 * engine over them, the BM25 index over them, and the queries. Everything is drawn by the samples
 * {@link Generator} with a fixed seed, so two runs measure the same data.
 *
 * <p>Building a million-offer index takes a while, so a corpus is kept for the life of the JVM and
 * shared by every benchmark and variant that asks for the same one (with {@code -f 0}, or within
 * one fork); asking for a different one closes the old one first, so that at most one large index
 * is in memory.
 */
abstract sealed class Corpus implements AutoCloseable {
  /** The date rules and pathways count from in every benchmark: the generator's reference date. */
  static final LocalDate TODAY = Generator.DEFAULT_REFERENCE_DATE;

  /** Queries cycle through this many generated people (or offers). */
  static final int QUERIES = 1000;

  private static Corpus current;

  /**
   * What a corpus is made of.
   *
   * @param taxonomy {@value Taxonomies#SAMPLE} or {@value Taxonomies#ESCO}
   * @param esco where ESCO is, blank for the default (see {@link Taxonomies})
   * @param size number of offers (or people) indexed
   * @param lang language of the BM25 analyzer and of the labels that make a person's query
   */
  record Key(String taxonomy, String esco, int size, long seed, String lang) {
    Key {
      Objects.requireNonNull(taxonomy, "taxonomy");
      Objects.requireNonNull(esco, "esco");
      Objects.requireNonNull(lang, "lang");
      if (size <= 0) {
        throw new IllegalArgumentException("size (" + size + ") must be positive");
      }
    }
  }

  private final Key key;
  private final Taxonomy taxonomy;
  private MatchEngine engine;
  private Bm25Index bm25;

  private Corpus(Key key) {
    this.key = key;
    this.taxonomy = Taxonomies.named(key.taxonomy(), key.esco());
  }

  /** The offers of {@code key}, built or reused. */
  static synchronized Offers offers(Key key) {
    return (Offers) reuse(key, Offers.class);
  }

  /** The people of {@code key}, built or reused. */
  static synchronized People people(Key key) {
    return (People) reuse(key, People.class);
  }

  private static Corpus reuse(Key key, Class<? extends Corpus> kind) {
    if (current != null && current.key.equals(key) && kind.isInstance(current)) {
      return current;
    }
    if (current != null) {
      current.close();
      current = null;
    }
    current = kind == Offers.class ? new Offers(key) : new People(key);
    return current;
  }

  Key key() {
    return key;
  }

  Taxonomy taxonomy() {
    return taxonomy;
  }

  Texts texts() {
    return new Texts(taxonomy, key.lang());
  }

  /** The engine over this corpus, indexed and refreshed on first use. */
  final synchronized MatchEngine engine() {
    if (engine == null) {
      long start = System.nanoTime();
      // on memory-mapped files, as a national index runs (and as the BM25 baseline does)
      engine = MatchEngine.builder().taxonomy(taxonomy).today(TODAY).directory(indexDir()).build();
      index(engine);
      engine.compact();
      log("engine index", start);
    }
    return engine;
  }

  /** A fresh temporary folder for the engine's index, deleted when the JVM exits. */
  private static java.nio.file.Path indexDir() {
    try {
      java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("chancengeber-engine");
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try (java.util.stream.Stream<java.nio.file.Path> files =
                        java.nio.file.Files.walk(dir)) {
                      files
                          .sorted(java.util.Comparator.reverseOrder())
                          .forEach(f -> f.toFile().delete());
                    } catch (java.io.IOException e) {
                      // a temporary folder left behind is harmless
                    }
                  }));
      return dir;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot create a temporary index folder", e);
    }
  }

  /** The BM25 index over this corpus, built on first use. */
  final synchronized Bm25Index bm25() {
    if (bm25 == null) {
      long start = System.nanoTime();
      bm25 = buildBm25();
      log("BM25 index", start);
    }
    return bm25;
  }

  private void log(String what, long start) {
    System.err.printf(
        java.util.Locale.ROOT,
        "%s over %,d %s (%s taxonomy, generated on the fly) built in %.1f s%n",
        what,
        key.size(),
        this instanceof Offers ? "offers" : "people",
        key.taxonomy(),
        (System.nanoTime() - start) / 1e9);
  }

  abstract void index(MatchEngine engine);

  abstract Bm25Index buildBm25();

  Generator generator(long salt) {
    return new Generator(taxonomy, key.seed() + salt);
  }

  @Override
  public synchronized void close() {
    if (engine != null) {
      engine.close();
      engine = null;
    }
    if (bm25 != null) {
      bm25.close();
      bm25 = null;
    }
  }

  /** Generated offers, queried with generated people. */
  static final class Offers extends Corpus {
    private Offers(Key key) {
      super(key);
    }

    /** The indexed offers, drawn afresh (lazily) on each call. */
    Stream<Vacancy> data() {
      return generator(0).vacancies(key().size());
    }

    /** {@value #QUERIES} people to ask for, drawn with another seed than the data. */
    List<Candidate> queries() {
      return generator(1).candidates(QUERIES).map(CandidateRecord::candidate).toList();
    }

    @Override
    void index(MatchEngine engine) {
      try (Stream<Vacancy> offers = data()) {
        engine.addVacancies(offers::iterator);
      }
    }

    @Override
    Bm25Index buildBm25() {
      try (Stream<Vacancy> offers = data()) {
        return Bm25Index.build(offers, Vacancy::id, Texts::offer, key().lang());
      }
    }
  }

  /** Generated people, queried with generated offers. */
  static final class People extends Corpus {
    private People(Key key) {
      super(key);
    }

    /** The indexed people, drawn afresh (lazily) on each call. */
    Stream<Candidate> data() {
      return generator(0).candidates(key().size()).map(CandidateRecord::candidate);
    }

    /** {@value #QUERIES} offers to ask for, drawn with another seed than the data. */
    List<Vacancy> queries() {
      return generator(1).vacancies(QUERIES).toList();
    }

    @Override
    void index(MatchEngine engine) {
      try (Stream<Candidate> people = data()) {
        engine.addCandidates(people::iterator);
      }
    }

    @Override
    Bm25Index buildBm25() {
      Texts texts = texts();
      try (Stream<Candidate> people = data()) {
        return Bm25Index.build(people, Candidate::id, texts::person, key().lang());
      }
    }
  }
}
