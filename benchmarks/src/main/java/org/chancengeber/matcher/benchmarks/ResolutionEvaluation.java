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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.chancengeber.matcher.benchmarks.JobTitles.Half;
import org.chancengeber.matcher.benchmarks.JobTitles.Title;
import org.chancengeber.matcher.taxonomy.Aliases;
import org.chancengeber.matcher.taxonomy.ConceptResolver;
import org.chancengeber.matcher.taxonomy.ConceptResolver.Resolution;
import org.chancengeber.matcher.taxonomy.ConceptType;
import org.chancengeber.matcher.taxonomy.EscoImporter;
import org.chancengeber.matcher.taxonomy.Occupation;
import org.chancengeber.matcher.taxonomy.Taxonomy;

/**
 * Free-text resolution on real vacancy titles (the JobBERT evaluation set's validation half, each
 * title tagged with its ESCO occupation): rank-1, top-5 and MRR@5 of our resolver, of a TF-IDF
 * baseline ({@link TfIdfTitles}) and of our resolver with an alias list learned from the other
 * half; then the share of ESCO's own German and Arabic occupation labels that resolve to their
 * concept at rank 1, and a few German skill phrases as a case worker types them. Not JMH: it
 * measures answers.
 *
 * <p>The titles are split by title into two halves ({@link JobTitles.Half}): {@code tune} is what
 * the resolver was tuned on and where aliases are learned; {@code held-out} is what is reported.
 * {@code --half all} measures the whole file (then no aliases: there is no other half to learn
 * from). {@code --labels} adds the share of ESCO's German (preferred, alternative) and Arabic
 * occupation labels that resolve to their own occupation at rank 1.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.chancengeber.matcher.benchmarks.ResolutionEvaluation \
 *     [--data ../shared/data] [--half held-out|tune|all] [--misses N] [--quick (no aliases)] \
 *     [--labels] [--timing N (N more passes of the resolver alone, least CPU time per title)]
 * </pre>
 */
public final class ResolutionEvaluation {
  static final int K = 5;

  private ResolutionEvaluation() {}

  /** Rank-1, top-5 and MRR@5 of one method on some titles. */
  record Score(String method, int titles, double rank1, double top5, double mrr5) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%-28s %6d titles  rank-1 %5.1f %%  top-5 %5.1f %%  MRR@5 %.3f",
          method,
          titles,
          100 * rank1,
          100 * top5,
          mrr5);
    }
  }

  interface Method {
    List<String> rank(String title);
  }

  static java.util.function.Function<String, String> label = u -> u;

  static Score score(String name, List<Title> titles, Method m, int misses) {
    double r1 = 0;
    double t5 = 0;
    double mrr = 0;
    int shown = 0;
    for (Title t : titles) {
      List<String> ranked = m.rank(t.text());
      int at = ranked.subList(0, Math.min(K, ranked.size())).indexOf(t.occupation());
      if (at == 0) {
        r1++;
      }
      if (at >= 0) {
        t5++;
        mrr += 1.0 / (at + 1);
      } else if (shown++ < misses) {
        System.out.println(
            "  miss: "
                + t.text()
                + " | gold "
                + label.apply(t.occupation())
                + " | got "
                + (ranked.isEmpty() ? "-" : label.apply(ranked.get(0))));
      }
    }
    int n = titles.size();
    return new Score(name, n, r1 / n, t5 / n, mrr / n);
  }

  static Method resolver(ConceptResolver r) {
    return title ->
        r.resolve(title, "en", Optional.of(ConceptType.OCCUPATION), K).stream()
            .map(Resolution::uri)
            .toList();
  }

  /** Share of ESCO's occupation labels in {@code lang} that resolve to their occupation first. */
  static void labelRate(Taxonomy taxonomy, String lang, boolean preferred) {
    ConceptResolver r = taxonomy.resolver();
    int n = 0;
    int hits = 0;
    long t0 = System.nanoTime();
    for (Occupation o : taxonomy.occupations()) {
      List<String> labels =
          preferred
              ? Optional.ofNullable(o.labels().preferred().get(lang)).stream().toList()
              : o.labels().alternatives().getOrDefault(lang, List.of());
      for (String text : labels) {
        n++;
        List<Resolution> top = r.resolve(text, lang, Optional.of(ConceptType.OCCUPATION), 1);
        if (!top.isEmpty() && top.get(0).uri().equals(o.uri())) {
          hits++;
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "labels %s %-11s rank-1 %d / %d = %.2f %%  (%.2f ms per label)%n",
        lang,
        preferred ? "preferred" : "alternative",
        hits,
        n,
        100.0 * hits / Math.max(1, n),
        (System.nanoTime() - t0) / 1e6 / Math.max(1, n));
  }

  /** The JobBERT validation titles under {@code data}. */
  static Path titles(Path data) {
    return data.resolve("jobbert/titles-validation.csv");
  }

  /**
   * ESCO v1.1.1 with the German and Arabic labels when present, its resolver warmed up; empty (and
   * a message) when the data is missing.
   */
  static Optional<Taxonomy> taxonomy(Path data) {
    Path esco = data.resolve("esco");
    if (!Files.exists(titles(data)) || !Files.exists(esco.resolve("v1.1.1"))) {
      System.err.println("no ESCO or JobBERT data under " + data + ": nothing to measure");
      return Optional.empty();
    }
    List<Path> paths = new ArrayList<>(List.of(esco.resolve("v1.1.1")));
    for (String other : List.of("v1.2.0-de", "v1.0-ar")) {
      if (Files.exists(esco.resolve(other))) {
        paths.add(esco.resolve(other));
      }
    }
    long t0 = System.nanoTime();
    Taxonomy taxonomy = EscoImporter.load(paths.toArray(Path[]::new));
    taxonomy.resolver().resolve("warm up", "en", Optional.empty(), 1);
    System.out.printf(
        Locale.ROOT, "taxonomy and resolver: %.1f s%n", (System.nanoTime() - t0) / 1e9);
    return Optional.of(taxonomy);
  }

  public static void main(String[] args) {
    Path data = Path.of("..", "shared", "data");
    Half half = Half.HELD_OUT;
    boolean whole = false;
    int misses = 0;
    boolean quick = false;
    boolean labels = false;
    int timing = 0;
    for (int i = 0; i < args.length; i += 2) {
      String v = i + 1 < args.length ? args[i + 1] : "";
      switch (args[i]) {
        case "--data" -> data = Path.of(v);
        case "--half" -> {
          whole = v.equals("all");
          half = whole ? Half.HELD_OUT : Half.valueOf(v.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
        case "--misses" -> misses = Args.count("--misses", v);
        case "--timing" -> timing = Args.count("--timing", v);
        case "--quick" -> {
          quick = true;
          i--;
        }
        case "--labels" -> {
          labels = true;
          i--;
        }
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Optional<Taxonomy> loaded = taxonomy(data);
    if (loaded.isEmpty()) {
      return;
    }
    Taxonomy taxonomy = loaded.get();
    List<Title> all = JobTitles.read(titles(data));
    List<Title> measured = whole ? all : JobTitles.half(all, half);
    Half other = half == Half.TUNE ? Half.HELD_OUT : Half.TUNE;
    List<Title> learned = whole ? List.of() : JobTitles.half(all, other);
    System.out.printf(
        "JobBERT titles: %d, measured on %s (%d), aliases from %s (%d)%n",
        all.size(),
        whole ? "all of them" : "the " + half + " half",
        measured.size(),
        whole ? "none" : "the " + other + " half",
        learned.size());

    label = u -> taxonomy.occupation(u).map(o -> o.labels().best("en")).orElse(u);
    TfIdfTitles tfidf = new TfIdfTitles(taxonomy);
    System.out.println(score("TF-IDF baseline", measured, t -> tfidf.rank(t, K), 0));
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long t1 = System.nanoTime();
    long cpu1 = threads.getCurrentThreadCpuTime();
    System.out.println(score("resolver", measured, resolver(taxonomy.resolver()), misses));
    System.out.printf(
        Locale.ROOT,
        "  %.2f ms per title (wall), %.2f ms thread CPU%n",
        (System.nanoTime() - t1) / 1e6 / Math.max(1, measured.size()),
        (threads.getCurrentThreadCpuTime() - cpu1) / 1e6 / Math.max(1, measured.size()));
    if (timing > 0) {
      // the resolver alone, warm, several passes: the least thread CPU time of a pass per title
      double least = Double.MAX_VALUE;
      for (int pass = 0; pass < timing; pass++) {
        long c = threads.getCurrentThreadCpuTime();
        for (Title t : measured) {
          taxonomy.resolver().resolve(t.text(), "en", Optional.of(ConceptType.OCCUPATION), K);
        }
        least = Math.min(least, (threads.getCurrentThreadCpuTime() - c) / 1e6 / measured.size());
      }
      System.out.printf(
          Locale.ROOT, "  %.2f ms thread CPU per title (least of %d warm passes)%n", least, timing);
    }
    for (String text :
        List.of(
            "kochen",
            "schweißen",
            "Dach decken",
            "Gabelstapler fahren",
            "Lager",
            "Helfer (m/w/d) Lager",
            "Koch",
            "Dachdecker")) {
      for (ConceptType type : ConceptType.values()) {
        List<Resolution> r = taxonomy.resolver().resolve(text, "de", Optional.of(type), 2);
        System.out.printf(
            Locale.ROOT,
            "  %-22s %-10s %s%n",
            text,
            type.jsonName(),
            r.stream()
                .map(x -> String.format(Locale.ROOT, "%s (%.2f)", x.label(), x.score()))
                .toList());
      }
    }
    if (labels) {
      labelRate(taxonomy, "de", true);
      labelRate(taxonomy, "de", false);
      labelRate(taxonomy, "ar", true);
    }
    if (quick || whole) {
      return;
    }
    Aliases aliases =
        Aliases.of(
            learned.stream()
                .filter(t -> taxonomy.occupation(t.occupation()).isPresent())
                .map(t -> new Aliases.Alias(t.text(), t.occupation(), "en"))
                .toList());
    Taxonomy withAliases = taxonomy.withAliases(aliases);
    System.out.println(
        score(
            "resolver + aliases (" + learned.size() + ")",
            measured,
            resolver(withAliases.resolver()),
            0));
  }
}
