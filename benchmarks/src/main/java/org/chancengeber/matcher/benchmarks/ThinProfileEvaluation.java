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
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import org.chancengeber.matcher.MatchEngine;
import org.chancengeber.matcher.Ranking;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.profile.ScoringProfile;
import org.chancengeber.matcher.taxonomy.Taxonomy;

/**
 * Ranking quality for people as a case worker records them (issue 11), on the ground truth of
 * {@link ThinProfiles}: NDCG@10 and MRR@10 per scenario of our two-phase ranking, of the exhaustive
 * exact scorer, of BM25 over the offers' titles and descriptions (within the person's travel
 * distance) and of the naive profile-overlap baseline ({@link ProfileOverlap}); recall@10 of
 * two-phase against exhaustive. With {@code --scenario all} the ground truth of the {@link
 * QualityEvaluation} ({@link GroundTruth}, its defaults but {@code --people} and {@code --seed}) is
 * a second row, scored the same four ways. Deterministic by seed (the wall-clock times it prints
 * are a by-product).
 *
 * <pre>
 * java -Xmx6g -cp benchmarks/target/benchmarks.jar org.chancengeber.matcher.benchmarks.ThinProfileEvaluation \
 *     [--scenario all|ids|text-en|text-de|related|title-de|existing (comma-separated)]
 *     [--people 1000 (per scenario)] [--offers 20000] [--seed 42] [--radius 60] [--threads N]
 *     [--taxonomy esco|sample] [--esco DIR,...] [--profile scoring-profile.json]
 * </pre>
 *
 * <p>ESCO is found as {@link Taxonomies} says ({@code --esco} first); when it is one folder, the
 * German occupation labels of a folder {@code v1.2.0-de} beside it are loaded with it.
 *
 * <p>MRR counts the first offer of the person's own occupation (grade 3). The targets are those of
 * issue 11: NDCG@10 ≥ 0.90 with skills as ids, ≥ 0.85 as English or German text, ≥ 0.80 with a
 * related occupation and 3 skills, ≥ 0.75 with only a German occupation title; each at least twice
 * BM25 and above the naive baseline.
 */
public final class ThinProfileEvaluation {
  static final int K = 10;

  /** The rankings compared. */
  enum Method {
    TWO_PHASE,
    EXHAUSTIVE,
    BM25,
    NAIVE_OVERLAP
  }

  /** Name of the row with the {@link QualityEvaluation}'s ground truth. */
  static final String EXISTING = "existing";

  /**
   * One row of the report.
   *
   * @param target the NDCG@10 target, where it has one
   */
  record Row(
      String name,
      int people,
      Map<Method, Double> ndcg,
      Map<Method, Double> mrr,
      Map<Method, Double> seconds,
      double recall,
      OptionalDouble target) {

    /** Target met: ours at the target, at least twice BM25 and above the naive baseline. */
    Optional<Boolean> met() {
      if (target.isEmpty()) {
        return Optional.empty();
      }
      double ours = ndcg.get(Method.TWO_PHASE);
      return Optional.of(
          ours >= target.getAsDouble()
              && ours >= 2 * ndcg.get(Method.BM25)
              && ours > ndcg.get(Method.NAIVE_OVERLAP));
    }
  }

  /** What the rankings of one set of offers need: the engine, BM25 and the naive baseline. */
  record Rankers(
      MatchEngine engine,
      Bm25Index bm25,
      Texts texts,
      ProfileOverlap naive,
      Map<String, Vacancy> byId)
      implements AutoCloseable {

    static Rankers over(
        Taxonomy taxonomy, List<Vacancy> offers, ScoringProfile profile, String lang) {
      MatchEngine engine =
          MatchEngine.builder().taxonomy(taxonomy).profile(profile).today(Corpus.TODAY).build();
      engine.addVacancies(offers);
      engine.refresh();
      engine.compact();
      Map<String, Vacancy> byId = new HashMap<>();
      offers.forEach(v -> byId.put(v.id(), v));
      return new Rankers(
          engine,
          Bm25Index.build(offers.stream(), Vacancy::id, Texts::offer, lang),
          new Texts(taxonomy, lang),
          new ProfileOverlap(taxonomy, offers),
          byId);
    }

    /** Whether the person can reach the offer: within their travel distance. */
    boolean inReach(Candidate person, Vacancy offer) {
      return person.location().distanceKm(offer.location()) <= person.maxTravelKm();
    }

    @Override
    public void close() {
      engine.close();
      bm25.close();
    }
  }

  private ThinProfileEvaluation() {}

  public static void main(String[] args) {
    Options options = Options.parse(args);
    long begin = System.nanoTime();
    Taxonomy taxonomy;
    String source;
    Optional<List<Path>> esco =
        options.common.taxonomy.equals(Taxonomies.ESCO)
            ? escoWithGerman(options.common.esco)
            : Optional.empty();
    if (esco.isPresent()) {
      taxonomy = Taxonomies.loadEsco(esco.get());
      source = "ESCO " + esco.get();
    } else {
      if (options.common.taxonomy.equals(Taxonomies.ESCO)) {
        System.out.println(
            "ESCO data not found (--esco DIR): evaluating on the sample taxonomy instead");
      }
      taxonomy = Taxonomies.named(Taxonomies.SAMPLE, "");
      source = "sample taxonomy";
    }
    List<Row> rows = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    ThinProfiles truth = ThinProfiles.draw(taxonomy, options.settings, options.scenarios);
    log("ground truth drawn", begin);
    if (!options.scenarios.isEmpty()) {
      try (Rankers en = Rankers.over(taxonomy, truth.offers(), options.common.profile, "en");
          Bm25Index bm25De =
              Bm25Index.build(truth.offers().stream(), Vacancy::id, Texts::offer, "de")) {
        log("indexes built", begin);
        Rankers de =
            new Rankers(en.engine(), bm25De, new Texts(taxonomy, "de"), en.naive(), en.byId());
        for (ThinProfiles.Scenario scenario : options.scenarios) {
          Optional<String> skipped = truth.skipped(scenario);
          if (skipped.isPresent()) {
            notes.add(scenario.cli + ": not measurable on this taxonomy: " + skipped.get());
            continue;
          }
          boolean german =
              scenario == ThinProfiles.Scenario.TEXT_DE
                  || scenario == ThinProfiles.Scenario.TITLE_DE;
          rows.add(
              evaluate(
                  scenario.cli,
                  truth.people(scenario),
                  truth,
                  german ? de : en,
                  options.common.threads,
                  target(scenario)));
          notes.add(scenario.cli + ": " + truth.stats(scenario));
          log(scenario.cli + " ranked", begin);
        }
      }
    }
    if (options.existing) {
      GroundTruth.Settings d = GroundTruth.Settings.defaults();
      GroundTruth existing =
          GroundTruth.draw(
              taxonomy,
              new GroundTruth.Settings(
                  options.settings.people(),
                  d.occupations(),
                  d.offersPerOccupation(),
                  d.keepEssential(),
                  d.keepOptional(),
                  d.noiseSkills(),
                  options.settings.seed(),
                  d.lang()));
      try (Rankers rankers =
          Rankers.over(taxonomy, existing.offers(), options.common.profile, "en")) {
        rows.add(
            evaluate(
                EXISTING + " (QualityEvaluation, " + existing.offers().size() + " offers)",
                existing.people(),
                existing,
                rankers,
                options.common.threads,
                OptionalDouble.empty()));
      }
      log(EXISTING + " ranked", begin);
    }
    System.out.println(report(source, taxonomy, options.settings, rows, notes));
    System.out.printf(
        Locale.ROOT, "%ntotal wall-clock %.1f s%n", (System.nanoTime() - begin) / 1e9);
  }

  /** The NDCG@10 target for a scenario. */
  static OptionalDouble target(ThinProfiles.Scenario scenario) {
    return OptionalDouble.of(
        switch (scenario) {
          case IDS -> 0.90;
          case TEXT_EN, TEXT_DE -> 0.85;
          case RELATED -> 0.80;
          case TITLE_DE -> 0.75;
        });
  }

  /** Ranks {@code people} four ways and scores the rankings on {@code truth}. */
  static Row evaluate(
      String name,
      List<Candidate> people,
      GradedTruth truth,
      Rankers rankers,
      int threads,
      OptionalDouble target) {
    Map<Method, Map<String, List<String>>> rankings = new EnumMap<>(Method.class);
    Map<Method, Double> seconds = new EnumMap<>(Method.class);
    for (Method method : Method.values()) {
      long start = System.nanoTime();
      Map<String, List<String>> ranked =
          switch (method) {
            case TWO_PHASE, EXHAUSTIVE ->
                Rankings.engine(
                    rankers.engine(), people, Ranking.valueOf(method.name()), threads, K);
            case BM25 ->
                Rankings.parallel(
                    people,
                    threads,
                    p ->
                        rankers
                            .bm25()
                            .search(
                                rankers.texts().person(p),
                                K,
                                id -> rankers.inReach(p, rankers.byId().get(id))));
            case NAIVE_OVERLAP -> {
              Map<String, List<String>> byOverlap = new HashMap<>();
              for (Candidate p : people) {
                Predicate<Vacancy> reach = v -> rankers.inReach(p, v);
                byOverlap.put(p.id(), rankers.naive().top(p, K, reach));
              }
              yield byOverlap;
            }
          };
      seconds.put(method, (System.nanoTime() - start) / 1e9);
      rankings.put(method, ranked);
    }
    Map<Method, Double> ndcg = new EnumMap<>(Method.class);
    Map<Method, Double> mrr = new EnumMap<>(Method.class);
    for (Method method : Method.values()) {
      ndcg.put(method, Metrics.meanNdcg(people, rankings.get(method), truth, K));
      mrr.put(
          method,
          Metrics.meanReciprocalRank(people, rankings.get(method), truth, ThinProfiles.OWN, K));
    }
    double recall =
        Metrics.meanRecall(
            people, rankings.get(Method.TWO_PHASE), rankings.get(Method.EXHAUSTIVE), K);
    return new Row(name, people.size(), ndcg, mrr, seconds, recall, target);
  }

  /** The rows as Markdown tables, with the settings above and notes below. */
  static String report(
      String source,
      Taxonomy taxonomy,
      ThinProfiles.Settings s,
      List<Row> rows,
      List<String> notes) {
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "Thin-profile quality on %s: %,d offers within %.0f km of Kassel, %,d people per"
                + " scenario (travel 30-50 km), seed %d",
            source,
            s.offers(),
            s.radiusKm(),
            s.people(),
            s.seed()));
    lines.add(
        String.format(
            Locale.ROOT,
            "taxonomy: %,d occupations (%,d with a German label), %,d skills (%,d with a German"
                + " label)",
            taxonomy.occupations().size(),
            taxonomy.occupations().stream()
                .filter(o -> o.labels().preferred().containsKey("de"))
                .count(),
            taxonomy.skills().size(),
            taxonomy.skills().stream()
                .filter(k -> k.labels().preferred().containsKey("de"))
                .count()));
    lines.add("");
    lines.add(
        "| scenario | people | TWO_PHASE (ours) NDCG@10 / MRR@10 | EXHAUSTIVE | BM25 |"
            + " NAIVE_OVERLAP | recall@10 | target NDCG@10 | met? |");
    lines.add("| --- | ---: | --- | --- | --- | --- | ---: | ---: | --- |");
    for (Row r : rows) {
      lines.add(
          String.format(
              Locale.ROOT,
              "| %s | %,d | %s | %s | %s | %s | %.4f | %s | %s |",
              r.name(),
              r.people(),
              pair(r, Method.TWO_PHASE),
              pair(r, Method.EXHAUSTIVE),
              pair(r, Method.BM25),
              pair(r, Method.NAIVE_OVERLAP),
              r.recall(),
              r.target().isPresent()
                  ? String.format(Locale.ROOT, "%.2f", r.target().getAsDouble())
                  : "—",
              r.met().map(m -> m ? "yes" : "no").orElse("—")));
    }
    lines.add("");
    lines.add("Wall-clock seconds to rank all people of a row:");
    lines.add("");
    lines.add("| scenario | TWO_PHASE | EXHAUSTIVE | BM25 | NAIVE_OVERLAP |");
    lines.add("| --- | ---: | ---: | ---: | ---: |");
    for (Row r : rows) {
      lines.add(
          String.format(
              Locale.ROOT,
              "| %s | %.1f | %.1f | %.1f | %.1f |",
              r.name(),
              r.seconds().get(Method.TWO_PHASE),
              r.seconds().get(Method.EXHAUSTIVE),
              r.seconds().get(Method.BM25),
              r.seconds().get(Method.NAIVE_OVERLAP)));
    }
    if (!notes.isEmpty()) {
      lines.add("");
      notes.forEach(n -> lines.add("- " + n));
    }
    return String.join("\n", lines);
  }

  private static String pair(Row r, Method m) {
    return String.format(Locale.ROOT, "%.3f / %.3f", r.ndcg().get(m), r.mrr().get(m));
  }

  /**
   * ESCO as found for {@code given} (see {@link Taxonomies}); when that is one folder with a folder
   * {@code v1.2.0-de} beside it, that folder's German occupation labels too.
   */
  static Optional<List<Path>> escoWithGerman(String given) {
    Optional<List<Path>> paths = Taxonomies.escoPaths(given);
    if (paths.isEmpty() || paths.get().size() != 1 || !Files.isDirectory(paths.get().get(0))) {
      return paths;
    }
    Path german = paths.get().get(0).toAbsolutePath().normalize().resolveSibling("v1.2.0-de");
    return Files.isDirectory(german) ? Optional.of(List.of(paths.get().get(0), german)) : paths;
  }

  private static void log(String what, long begin) {
    System.err.printf(Locale.ROOT, "%s after %.1f s%n", what, (System.nanoTime() - begin) / 1e9);
  }

  /** The command line. */
  private static final class Options {
    ThinProfiles.Settings settings;
    List<ThinProfiles.Scenario> scenarios = List.of(ThinProfiles.Scenario.values());
    boolean existing = true;
    final Args.Evaluation common = new Args.Evaluation();

    private final ThinProfiles.Settings d = ThinProfiles.Settings.defaults();
    private int people = d.people();
    private int offers = d.offers();
    private long seed = d.seed();
    private double radius = d.radiusKm();

    static Options parse(String[] args) {
      Options o = new Options();
      Args.parse(args, USAGE, o::accept);
      if (!o.common.taxonomy.equals(Taxonomies.ESCO)
          && !o.common.taxonomy.equals(Taxonomies.SAMPLE)) {
        throw new IllegalArgumentException(
            "--taxonomy (" + o.common.taxonomy + ") must be esco or sample; " + USAGE);
      }
      o.settings = new ThinProfiles.Settings(o.people, o.offers, o.seed, o.radius);
      return o;
    }

    private boolean accept(String name, String value) {
      switch (name) {
        case "--scenario" -> {
          List<String> names = new ArrayList<>(List.of(value.split(",")));
          existing = names.remove(EXISTING) || value.equals("all");
          scenarios =
              names.isEmpty() ? List.of() : ThinProfiles.Scenario.parse(String.join(",", names));
        }
        case "--people" -> people = Args.count(name, value);
        case "--offers" -> offers = Args.count(name, value);
        case "--seed" -> seed = Args.number(name, value);
        case "--radius" -> radius = Args.count(name, value);
        default -> {
          return common.accept(name, value);
        }
      }
      return true;
    }

    private static final String USAGE =
        "usage: ThinProfileEvaluation [--scenario all|ids|text-en|text-de|related|title-de|existing]"
            + " [--people N] [--offers N] [--seed S] [--radius KM] [--threads N]"
            + " [--taxonomy esco|sample] [--esco DIR] [--profile FILE]";
  }
}
