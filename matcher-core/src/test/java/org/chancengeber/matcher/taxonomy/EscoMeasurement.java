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
package org.chancengeber.matcher.taxonomy;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Measures the full ESCO import, resolver and similarity build, label resolution rates and query
 * latency. Not a test: run it by hand, e.g. from {@code matcher-core}:
 *
 * <pre>
 * ../mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx500m -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.chancengeber.matcher.taxonomy.EscoMeasurement ../../shared/data/esco
 * </pre>
 *
 * (Offline without the dependency plugin, list the lucene-core, lucene-analysis-common, guava and
 * failureaccess jars from {@code ~/.m2} instead.) {@code -DskipRates=true} leaves out the
 * resolution rates over all German and Arabic labels.
 */
final class EscoMeasurement {
  private EscoMeasurement() {}

  public static void main(String[] args) {
    Path esco = Path.of(args.length > 0 ? args[0] : "../../shared/data/esco");
    java.lang.management.ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long c0 = cpu.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    EscoImporter.Loaded loaded =
        EscoImporter.loadReporting(
            esco.resolve("v1.1.1/esco-v1.1.1-classification-en-csv.zip"),
            esco.resolve("v1.1.1/esco-v1.1.1-classification-relations-csv.zip"),
            esco.resolve("v1.2.0-de"),
            esco.resolve("v1.0-ar"));
    Taxonomy t = loaded.taxonomy();
    long t1 = System.nanoTime();
    long c1 = cpu.getCurrentThreadCpuTime();
    ConceptResolver r = t.resolver();
    long t2 = System.nanoTime();
    long c2 = cpu.getCurrentThreadCpuTime();
    Similarity s = t.similarity();
    long t3 = System.nanoTime();
    long c3 = cpu.getCurrentThreadCpuTime();
    System.out.printf(
        "import %d ms (%d occupations, %d skills, %d relations), resolver %d ms, similarity %d ms,"
            + " total %d ms%n",
        (t1 - t0) / 1_000_000,
        t.occupations().size(),
        t.skills().size(),
        t.relationCount(),
        (t2 - t1) / 1_000_000,
        (t3 - t2) / 1_000_000,
        (t3 - t0) / 1_000_000);
    System.out.printf(
        "CPU time of the loading thread (the skill index builds on a second one): import %d ms,"
            + " resolver %d ms, similarity %d ms, total %d"
            + " ms%n",
        (c1 - c0) / 1_000_000, (c2 - c1) / 1_000_000, (c3 - c2) / 1_000_000, (c3 - c0) / 1_000_000);
    System.gc();
    Runtime rt = Runtime.getRuntime();
    System.out.printf(
        "live heap after build and GC: %d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
    loaded.report().notes().forEach(n -> System.out.println("  note: " + n));
    System.out.printf(
        "sum of the heap pools' peaks after build (an upper bound, pools peak at different times):"
            + " %d MB%n",
        peakHeapMb());

    if (!Boolean.getBoolean("skipRates")) {
      for (String lang : List.of("de", "ar")) {
        for (boolean pref : List.of(true, false)) {
          rate(t, r, lang, pref);
        }
      }
    }
    typoRate(t, r);
    // latency: free-text queries of several kinds, after a warm-up
    List<String> queries = new ArrayList<>();
    for (Occupation o : t.occupations()) {
      queries.add(o.labels().best("de"));
      o.labels().alternatives().getOrDefault("de", List.of()).stream()
          .limit(1)
          .forEach(queries::add);
    }
    queries.addAll(List.of("kochen", "Schweisser", "Altenpflger", "Elektroniker/-in (m/w/d)"));
    for (int i = 0; i < 2000; i++) {
      r.resolve(queries.get(i % queries.size()), "de", Optional.empty(), 5);
    }
    long q0 = System.nanoTime();
    long qc0 = cpu.getCurrentThreadCpuTime();
    int n = 0;
    long max = 0;
    List<Long> times = new ArrayList<>();
    for (String q : queries) {
      long a = System.nanoTime();
      r.resolve(q, "de", Optional.empty(), 5);
      long d = System.nanoTime() - a;
      times.add(d);
      max = Math.max(max, d);
      n++;
    }
    long q1 = System.nanoTime();
    long qc1 = cpu.getCurrentThreadCpuTime();
    System.out.printf("resolve: mean CPU time %.3f ms%n", (qc1 - qc0) / 1e6 / n);
    times.sort(null);
    System.out.printf(
        "resolve (both types, k=5): %d queries, mean %.3f ms, p50 %.3f ms, p99 %.3f ms, max %.3f"
            + " ms%n",
        n, (q1 - q0) / 1e6 / n, times.get(n / 2) / 1e6, times.get(n * 99 / 100) / 1e6, max / 1e6);
    List<Skill> skills = new ArrayList<>(t.skills());
    long s0 = System.nanoTime();
    double sum = 0;
    int pairs = 0;
    for (int i = 0; i < 2000; i++) {
      for (int j = 0; j < 500; j++) {
        sum += s.skills(skills.get(i).uri(), skills.get((i * 7 + j) % skills.size()).uri());
        pairs++;
      }
    }
    long s1 = System.nanoTime();
    System.out.printf(
        "similarity.skills: %.1f ns per pair (%d pairs, checksum %.1f)%n",
        (s1 - s0) / (double) pairs, pairs, sum);
    System.out.printf("sum of the heap pools' peaks overall: %d MB%n", peakHeapMb());
  }

  private static void rate(Taxonomy t, ConceptResolver r, String lang, boolean preferred) {
    int n = 0;
    int hits = 0;
    List<String> misses = new ArrayList<>();
    for (Occupation o : t.occupations()) {
      List<String> labels =
          preferred
              ? Optional.ofNullable(o.labels().preferred().get(lang)).stream().toList()
              : o.labels().alternatives().getOrDefault(lang, List.of());
      for (String label : labels) {
        n++;
        var top = r.resolve(label, lang, Optional.of(ConceptType.OCCUPATION), 1);
        if (!top.isEmpty() && top.get(0).uri().equals(o.uri())) {
          hits++;
        } else if (misses.size() < 12) {
          misses.add(label + " -> " + (top.isEmpty() ? "nothing" : top.get(0).label()));
        }
      }
    }
    if (n > 0) {
      System.out.printf(
          "%s %s labels -> own occupation at rank 1: %d/%d = %.2f %%%n  misses e.g. %s%n",
          lang, preferred ? "preferred" : "alternative", hits, n, 100.0 * hits / n, misses);
    }
  }

  /** German preferred labels' first form with one letter dropped from its longest word. */
  private static void typoRate(Taxonomy t, ConceptResolver r) {
    int n = 0;
    int hits = 0;
    for (Occupation o : t.occupations()) {
      String label = o.labels().preferred().get("de");
      if (label == null) {
        continue;
      }
      String form = LabelVariants.of(label).get(0);
      String longest = "";
      for (String w : form.split(" ")) {
        if (w.length() > longest.length()) {
          longest = w;
        }
      }
      if (longest.length() < 6) {
        continue;
      }
      int cut = longest.length() / 2;
      String typo = longest.substring(0, cut) + longest.substring(cut + 1);
      String query = form.replace(longest, typo);
      n++;
      var top = r.resolve(query, "de", Optional.of(ConceptType.OCCUPATION), 1);
      if (!top.isEmpty() && top.get(0).uri().equals(o.uri())) {
        hits++;
      }
    }
    System.out.printf(
        "de preferred labels with one letter dropped from the longest word -> own occupation at"
            + " rank 1: %d/%d = %.2f %%%n",
        hits, n, 100.0 * hits / n);
  }

  private static long peakHeapMb() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum / (1024 * 1024);
  }
}
