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

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.chancengeber.matcher.MatchEngine;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.CandidateRecord;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.samples.Generator;
import org.chancengeber.matcher.samples.SampleData;
import org.chancengeber.matcher.taxonomy.Taxonomy;

/**
 * Build time and heap of what a deployment loads: a taxonomy, and an index of generated offers (or
 * people). Heap is the used heap after full GCs with only the measured object still reachable,
 * minus the same before it was built. Not JMH: a build is a one-off whose memory matters as much as
 * its time.
 *
 * <pre>
 * java -Xmx500m -cp benchmarks/target/benchmarks.jar org.chancengeber.matcher.benchmarks.Footprint taxonomy [--rounds 3]
 * java -Xmx6g -cp benchmarks/target/benchmarks.jar org.chancengeber.matcher.benchmarks.Footprint \
 *     index --offers 1000000 [--people 0] [--taxonomy esco|sample] [--esco DIR] [--seed 42] [--bm25]
 *     [--index-dir DIR]
 * java -Xmx3g -cp benchmarks/target/benchmarks.jar org.chancengeber.matcher.benchmarks.Footprint \
 *     persist --offers 100000 [--taxonomy esco|sample] [--esco DIR] [--index-dir NEW-DIR]
 * </pre>
 */
public final class Footprint {
  private Footprint() {}

  public static void main(String[] args) {
    Options options = Options.parse(args);
    switch (options.command) {
      case "taxonomy" -> taxonomy(options);
      case "index" -> index(options);
      case "persist" -> persist(options);
      default -> throw new IllegalStateException(options.command);
    }
  }

  private static void taxonomy(Options options) {
    long before = usedAfterGc();
    resetPeaks();
    long start = System.nanoTime();
    Taxonomy sample = SampleData.taxonomy();
    long end = System.nanoTime();
    report("taxonomy sample", start, end, usedAfterGc() - before, peak(), describe(sample));
    Reference.reachabilityFence(sample);
    sample = null;
    Optional<List<Path>> esco = Taxonomies.escoPaths(options.esco);
    if (esco.isEmpty()) {
      System.out.println("taxonomy esco: skipped, ESCO data not found (--esco DIR)");
      return;
    }
    for (int round = 1; round <= options.rounds; round++) {
      before = usedAfterGc();
      resetPeaks();
      start = System.nanoTime();
      Taxonomy full = Taxonomies.loadEsco(esco.get());
      end = System.nanoTime();
      long peak = peak();
      report(
          "taxonomy esco, load " + round,
          start,
          end,
          usedAfterGc() - before,
          peak,
          describe(full) + ", from " + esco.get());
      Reference.reachabilityFence(full);
    }
  }

  private static void index(Options options) {
    Taxonomy taxonomy = Taxonomies.named(options.taxonomy, options.esco);
    if (options.offers > 0) {
      Supplier<List<Vacancy>> offers =
          () ->
              generated(
                  options.offers + " offers",
                  new Generator(taxonomy, options.seed).vacancies(options.offers));
      measure(
          "index " + options.offers + " offers (engine)",
          offers,
          data -> {
            MatchEngine engine = engine(taxonomy);
            engine.addVacancies(data);
            engine.compact();
            return engine;
          });
      if (options.bm25) {
        measure(
            "index " + options.offers + " offers (BM25, mmap)",
            offers,
            data -> Bm25Index.build(data.stream(), Vacancy::id, Texts::offer, options.lang));
      }
    }
    if (options.people > 0) {
      Supplier<List<Candidate>> people =
          () ->
              generated(
                  options.people + " people",
                  new Generator(taxonomy, options.seed)
                      .candidates(options.people)
                      .map(CandidateRecord::candidate));
      measure(
          "index " + options.people + " people (engine)",
          people,
          data -> {
            MatchEngine engine = engine(taxonomy);
            engine.addCandidates(data);
            engine.compact();
            return engine;
          });
      if (options.bm25) {
        Texts texts = new Texts(taxonomy, options.lang);
        measure(
            "index " + options.people + " people (BM25, mmap)",
            people,
            data -> Bm25Index.build(data.stream(), Candidate::id, texts::person, options.lang));
      }
    }
  }

  /**
   * What a restart costs (issue 12): the offers written as JSON Lines, then built from that file
   * into an index folder (read, index, commit: what {@code matcher index} does) and the folder
   * opened again (what an application does at start), each timed, with the heap the opened engine
   * keeps; and a check that both engines rank the same for a few people.
   */
  private static void persist(Options options) {
    Taxonomy taxonomy = Taxonomies.named(options.taxonomy, options.esco);
    try {
      Path work = java.nio.file.Files.createTempDirectory("footprint-persist");
      Path file = work.resolve("vacancies.jsonl");
      Path folder = indexDir.orElse(work.resolve("index"));
      long start = System.nanoTime();
      try (java.io.Writer w =
          java.nio.file.Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8)) {
        for (Vacancy v :
            (Iterable<Vacancy>)
                new Generator(taxonomy, options.seed).vacancies(options.offers)::iterator) {
          org.chancengeber.matcher.io.VacancyFormat.write(v, w);
        }
      }
      report(
          "write " + options.offers + " offers as JSON Lines",
          start,
          -1,
          String.format(Locale.ROOT, "%.1f MB", java.nio.file.Files.size(file) / 1e6));
      List<Candidate> probes =
          new Generator(taxonomy, options.seed + 1)
              .candidates(20)
              .map(CandidateRecord::candidate)
              .toList();
      long base = usedAfterGc();
      long before = base;
      resetPeaks();
      long cpu = cpuNanos();
      start = System.nanoTime();
      List<List<org.chancengeber.matcher.model.Match>> built = new ArrayList<>();
      try (MatchEngine engine = engine(taxonomy, folder)) {
        List<Vacancy> chunk = new ArrayList<>();
        try (org.chancengeber.matcher.io.JsonLinesReader<Vacancy> r =
            org.chancengeber.matcher.io.VacancyFormat.reader(
                file,
                org.chancengeber.matcher.io.ReadOptions.DEFAULTS
                    .withTaxonomy(taxonomy)
                    .withToday(Corpus.TODAY))) {
          while (r.hasNext()) {
            if (r.next() instanceof org.chancengeber.matcher.io.LineResult.Accepted<Vacancy> a) {
              chunk.add(a.value());
              if (chunk.size() == 10_000) {
                engine.addVacancies(chunk);
                chunk.clear();
              }
            }
          }
        }
        engine.addVacancies(chunk);
        engine.commit();
        long end = System.nanoTime();
        report(
            "build " + options.offers + " offers from JSON Lines",
            start,
            end,
            usedAfterGc() - before,
            peak(),
            String.format(
                Locale.ROOT,
                "read, index, commit into %s; CPU %.1f s",
                folder,
                (cpuNanos() - cpu) / 1e9));
        engine.refresh();
        probes.forEach(c -> built.add(engine.matchesFor(c, 10)));
      }
      // the built engine is closed: measured against the heap before it, like the build
      before = base;
      usedAfterGc();
      resetPeaks();
      cpu = cpuNanos();
      start = System.nanoTime();
      try (MatchEngine engine = engine(taxonomy, folder)) {
        long end = System.nanoTime();
        long opening = cpuNanos() - cpu;
        long peak = peak();
        report(
            "open the index of " + options.offers + " offers",
            start,
            end,
            usedAfterGc() - before,
            peak,
            String.format(
                Locale.ROOT,
                "%,d offers; %.1f MB of files; CPU %.1f s",
                engine.vacancyCount(),
                size(folder) / 1e6,
                opening / 1e9));
        List<List<org.chancengeber.matcher.model.Match>> opened = new ArrayList<>();
        probes.forEach(c -> opened.add(engine.matchesFor(c, 10)));
        System.out.println(
            "rankings of "
                + probes.size()
                + " people after open: "
                + (opened.equals(built) ? "identical" : "DIFFERENT"));
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** CPU time of the whole process (all threads, GC included). */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static MatchEngine engine(Taxonomy taxonomy, Path folder) {
    return MatchEngine.builder().taxonomy(taxonomy).today(Corpus.TODAY).directory(folder).build();
  }

  private static long size(Path folder) throws java.io.IOException {
    try (Stream<Path> files = java.nio.file.Files.walk(folder)) {
      return files
          .filter(java.nio.file.Files::isRegularFile)
          .mapToLong(p -> p.toFile().length())
          .sum();
    }
  }

  /** The index directory of {@code --index-dir}; empty: the index on the heap. */
  private static java.util.Optional<java.nio.file.Path> indexDir = java.util.Optional.empty();

  private static MatchEngine engine(Taxonomy taxonomy) {
    MatchEngine.Builder b = MatchEngine.builder().taxonomy(taxonomy).today(Corpus.TODAY);
    indexDir.ifPresent(b::directory);
    return b.build();
  }

  private static <T> List<T> generated(String what, Stream<T> items) {
    long start = System.nanoTime();
    List<T> list = new ArrayList<>();
    items.forEachOrdered(list::add);
    report("generate " + what, start, -1, "");
    return list;
  }

  /**
   * Times {@code build} over freshly generated data, then drops the data and reports the heap that
   * the built index keeps (including any records it holds on to).
   */
  private static <T, I extends AutoCloseable> void measure(
      String what, Supplier<List<T>> data, Function<List<T>, I> build) {
    long before = usedAfterGc();
    List<T> items = data.get();
    resetPeaks();
    long start = System.nanoTime();
    I index = build.apply(items);
    long end = System.nanoTime();
    long peak = peak();
    items.clear();
    long heap = usedAfterGc() - before;
    report(what, start, end, heap, peak, "");
    try {
      index.close();
    } catch (Exception e) {
      throw new IllegalStateException("cannot close " + what, e);
    }
  }

  private static String describe(Taxonomy t) {
    return String.format(
        Locale.ROOT,
        "%,d occupations, %,d skills, %,d relations",
        t.occupations().size(),
        t.skills().size(),
        t.relationCount());
  }

  private static void report(String what, long start, long heap, String detail) {
    report(what, start, System.nanoTime(), heap, -1, detail);
  }

  /**
   * One line: what, seconds, heap kept after GC, and the peak heap while it ran (the sum of the
   * heap pools' peaks: an upper bound, as pools peak at different moments).
   */
  private static void report(
      String what, long start, long end, long heap, long peak, String detail) {
    System.out.printf(
        Locale.ROOT,
        "%-42s %8.2f s%s%s%s%n",
        what,
        (end - start) / 1e9,
        heap >= 0 ? String.format(Locale.ROOT, "  kept %,8.1f MB", heap / 1048576.0) : "",
        peak >= 0 ? String.format(Locale.ROOT, "  peak <= %,8.1f MB", peak / 1048576.0) : "",
        detail.isEmpty() ? "" : "  (" + detail + ")");
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peak() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** Used heap after a few full collections. */
  static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** The command line. */
  private static final class Options {
    String command;
    int offers;
    int people;
    String taxonomy = Taxonomies.ESCO;
    String esco = "";
    long seed = 42;
    String lang = "en";
    boolean bm25;
    int rounds = 3;

    static Options parse(String[] args) {
      Options o = new Options();
      if (args.length == 0 || !List.of("taxonomy", "index", "persist").contains(args[0])) {
        throw usage("the first argument must be taxonomy, index or persist");
      }
      o.command = args[0];
      for (int i = 1; i < args.length; i++) {
        String name = args[i];
        if (name.equals("--bm25")) {
          o.bm25 = true;
          continue;
        }
        if (i + 1 >= args.length) {
          throw usage(name + " needs a value");
        }
        String value = args[++i];
        switch (name) {
          case "--offers" -> o.offers = Args.count(name, value);
          case "--people" -> o.people = Args.count(name, value);
          case "--taxonomy" -> o.taxonomy = value;
          case "--esco" -> o.esco = value;
          case "--seed" -> o.seed = Args.number(name, value);
          case "--lang" -> o.lang = value;
          case "--index-dir" -> indexDir = java.util.Optional.of(java.nio.file.Path.of(value));
          case "--rounds" -> o.rounds = Math.max(1, Args.count(name, value));
          default -> throw usage("unknown option " + name);
        }
      }
      if (o.command.equals("persist") && o.offers == 0) {
        throw usage("persist needs --offers N");
      }
      if (o.command.equals("index") && o.offers == 0 && o.people == 0) {
        throw usage("index needs --offers N or --people N");
      }
      return o;
    }

    private static IllegalArgumentException usage(String reason) {
      return new IllegalArgumentException(
          reason
              + "; usage: Footprint taxonomy [--esco DIR] [--rounds 3] | Footprint index --offers N [--people N]"
              + " [--taxonomy esco|sample] [--esco DIR] [--seed S] [--lang L] [--bm25] [--index-dir DIR]");
    }
  }
}
