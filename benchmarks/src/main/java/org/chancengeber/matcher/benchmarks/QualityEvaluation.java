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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.chancengeber.matcher.MatchEngine;
import org.chancengeber.matcher.Ranking;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.profile.ScoringProfile;
import org.chancengeber.matcher.taxonomy.Taxonomy;

/**
 * Ranking quality on ground truth drawn from ESCO (see {@link GroundTruth}): NDCG@10 and MRR@10 of
 * our two-phase ranking, of the exhaustive exact scorer, and of a BM25 keyword search over the
 * offers' titles and descriptions; and recall@10 of two-phase against exhaustive. A fourth line,
 * {@link SkillOverlap}, is a diagnostic of what exact skill overlap alone recovers. Deterministic
 * by seed. Not JMH: it measures answers, not time (the wall-clock times it prints are a
 * by-product).
 *
 * <pre>
 * java -Xmx4g -cp benchmarks/target/benchmarks.jar org.chancengeber.matcher.benchmarks.QualityEvaluation \
 *     [--people 1000] [--occupations 0 (all)] [--offers-per-occupation 2] [--keep-essential 0.6]
 *     [--keep-optional 0.2] [--noise 2] [--seed 42] [--lang en] [--threads N]
 *     [--taxonomy esco|sample] [--esco DIR] [--profile scoring-profile.json]
 * </pre>
 *
 * <p>{@code --profile} scores with a {@link ScoringProfile} read from JSON instead of the defaults
 * (to see what a knob does; the figures in benchmarks/README.md are with the defaults).
 */
public final class QualityEvaluation {
  static final int K = 10;

  /** The three rankings compared. */
  enum Method {
    TWO_PHASE,
    EXHAUSTIVE,
    BM25,
    /** Diagnostic: IDF-weighted cosine of exact skill ids (see {@link SkillOverlap}). */
    SKILL_OVERLAP
  }

  /**
   * The outcome of one evaluation.
   *
   * @param ndcg mean NDCG@10 per method
   * @param mrr mean reciprocal rank (within the top 10) of the first offer for the person's own
   *     occupation, per method
   * @param seconds wall-clock seconds to rank everybody, per method
   * @param recall mean recall@10 of two-phase against exhaustive
   */
  record Result(
      int people,
      int offers,
      Map<Method, Double> ndcg,
      Map<Method, Double> mrr,
      Map<Method, Double> seconds,
      double recall) {}

  private QualityEvaluation() {}

  public static void main(String[] args) {
    Options options = Options.parse(args);
    Taxonomy taxonomy;
    String source;
    if (options.common.taxonomy.equals(Taxonomies.ESCO)) {
      Optional<List<Path>> esco = Taxonomies.escoPaths(options.common.esco);
      if (esco.isEmpty()) {
        System.out.println(
            "ESCO data not found (--esco DIR): evaluating on the sample taxonomy instead");
        taxonomy = Taxonomies.named(Taxonomies.SAMPLE, "");
        source = "sample taxonomy";
      } else {
        taxonomy = Taxonomies.loadEsco(esco.get());
        source = "ESCO " + esco.get();
      }
    } else {
      taxonomy = Taxonomies.named(options.common.taxonomy, options.common.esco);
      source = options.common.taxonomy + " taxonomy";
    }
    GroundTruth truth = GroundTruth.draw(taxonomy, options.settings);
    Result result =
        evaluate(
            taxonomy,
            truth,
            options.settings.lang(),
            options.common.threads,
            options.common.profile);
    System.out.println(report(source, options.settings, result));
  }

  /** Ranks every person of {@code truth} three ways and scores the rankings. */
  static Result evaluate(
      Taxonomy taxonomy, GroundTruth truth, String lang, int threads, ScoringProfile profile) {
    Map<Method, Map<String, List<String>>> rankings = new EnumMap<>(Method.class);
    Map<Method, Double> seconds = new EnumMap<>(Method.class);
    List<Candidate> people = truth.people();
    try (MatchEngine engine =
        MatchEngine.builder().taxonomy(taxonomy).profile(profile).today(Corpus.TODAY).build()) {
      engine.addVacancies(truth.offers());
      engine.refresh();
      for (Method method : List.of(Method.TWO_PHASE, Method.EXHAUSTIVE)) {
        long start = System.nanoTime();
        rankings.put(
            method, Rankings.engine(engine, people, Ranking.valueOf(method.name()), threads, K));
        seconds.put(method, (System.nanoTime() - start) / 1e9);
      }
    }
    try (Bm25Index bm25 =
        Bm25Index.build(truth.offers().stream(), v -> v.id(), Texts::offer, lang)) {
      Texts texts = new Texts(taxonomy, lang);
      long start = System.nanoTime();
      rankings.put(
          Method.BM25,
          Rankings.parallel(people, threads, person -> bm25.search(texts.person(person), K)));
      seconds.put(Method.BM25, (System.nanoTime() - start) / 1e9);
    }
    SkillOverlap overlap = new SkillOverlap(truth.offers());
    Map<String, List<String>> byOverlap = new HashMap<>();
    long start = System.nanoTime();
    for (Candidate person : people) {
      byOverlap.put(person.id(), overlap.top(person, K));
    }
    seconds.put(Method.SKILL_OVERLAP, (System.nanoTime() - start) / 1e9);
    rankings.put(Method.SKILL_OVERLAP, byOverlap);

    Map<Method, Double> ndcg = new EnumMap<>(Method.class);
    Map<Method, Double> mrr = new EnumMap<>(Method.class);
    for (Method method : Method.values()) {
      ndcg.put(method, Metrics.meanNdcg(people, rankings.get(method), truth, K));
      mrr.put(method, Metrics.meanReciprocalRank(people, rankings.get(method), truth, 3, K));
    }
    double recall =
        Metrics.meanRecall(
            people, rankings.get(Method.TWO_PHASE), rankings.get(Method.EXHAUSTIVE), K);
    return new Result(people.size(), truth.offers().size(), ndcg, mrr, seconds, recall);
  }

  /** The result as a Markdown table with the settings above it. */
  static String report(String source, GroundTruth.Settings s, Result r) {
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "Quality on %s: %,d people, %,d offers (%s occupations x %d offers), seed %d,"
                + " keep essential %.2f, keep optional %.2f, noise %d, lang %s",
            source,
            r.people(),
            r.offers(),
            s.occupations() == 0 ? "all usable" : String.valueOf(s.occupations()),
            s.offersPerOccupation(),
            s.seed(),
            s.keepEssential(),
            s.keepOptional(),
            s.noiseSkills(),
            s.lang()));
    lines.add("");
    lines.add("| ranking | NDCG@10 | MRR@10 | wall-clock s (all people) |");
    lines.add("| --- | ---: | ---: | ---: |");
    for (Method m : Method.values()) {
      lines.add(
          String.format(
              Locale.ROOT,
              "| %s | %.3f | %.3f | %.1f |",
              m,
              r.ndcg().get(m),
              r.mrr().get(m),
              r.seconds().get(m)));
    }
    lines.add("");
    lines.add(
        String.format(Locale.ROOT, "recall@10 of TWO_PHASE against EXHAUSTIVE: %.4f", r.recall()));
    return String.join("\n", lines);
  }

  /** The command line. */
  private static final class Options {
    GroundTruth.Settings settings = GroundTruth.Settings.defaults();
    final Args.Evaluation common = new Args.Evaluation();

    private final GroundTruth.Settings d = GroundTruth.Settings.defaults();
    private int people = d.people();
    private int occupations = d.occupations();
    private int perOccupation = d.offersPerOccupation();
    private double keepEssential = d.keepEssential();
    private double keepOptional = d.keepOptional();
    private int noise = d.noiseSkills();
    private long seed = d.seed();
    private String lang = d.lang();

    static Options parse(String[] args) {
      Options o = new Options();
      Args.parse(args, USAGE, o::accept);
      o.settings =
          new GroundTruth.Settings(
              o.people,
              o.occupations,
              o.perOccupation,
              o.keepEssential,
              o.keepOptional,
              o.noise,
              o.seed,
              o.lang);
      return o;
    }

    private boolean accept(String name, String value) {
      switch (name) {
        case "--people" -> people = Args.count(name, value);
        case "--occupations" -> occupations = Args.count(name, value);
        case "--offers-per-occupation" -> perOccupation = Args.count(name, value);
        case "--keep-essential" -> keepEssential = Args.share(name, value);
        case "--keep-optional" -> keepOptional = Args.share(name, value);
        case "--noise" -> noise = Args.count(name, value);
        case "--seed" -> seed = Args.number(name, value);
        case "--lang" -> lang = value;
        default -> {
          return common.accept(name, value);
        }
      }
      return true;
    }

    private static final String USAGE =
        "usage: QualityEvaluation [--people N] [--occupations N] [--offers-per-occupation N]"
            + " [--keep-essential P] [--keep-optional P] [--noise N] [--seed S] [--lang L]"
            + " [--threads N] [--taxonomy esco|sample] [--esco DIR] [--profile FILE]";
  }
}
