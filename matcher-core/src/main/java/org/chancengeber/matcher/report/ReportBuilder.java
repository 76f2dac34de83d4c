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
package org.chancengeber.matcher.report;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.chancengeber.matcher.MatchEngine;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.CandidateRecord;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.Exclusion;
import org.chancengeber.matcher.model.Gap;
import org.chancengeber.matcher.model.GapKind;
import org.chancengeber.matcher.model.Match;
import org.chancengeber.matcher.model.Message;
import org.chancengeber.matcher.model.PathwayStep;
import org.chancengeber.matcher.model.Readiness;
import org.chancengeber.matcher.placement.Assignment;
import org.chancengeber.matcher.placement.Choice;
import org.chancengeber.matcher.placement.Placement;
import org.chancengeber.matcher.placement.PlacementProblem;
import org.chancengeber.matcher.placement.Placer;

/**
 * Collects a cohort person by person and builds its {@link CohortReport}. For each person it takes
 * their ranked list (the same as {@code match}) and asks the engine for the offers left out and
 * why; for reasons "beyond the horizon" it asks a second engine without a practical horizon for the
 * pathway, whose steps name the hurdle.
 *
 * <p>The audit block of a {@link CandidateRecord} is read here only to group the numbers; the
 * engines receive the {@link Candidate}, which has no path to it.
 */
public final class ReportBuilder {
  /** Attribute name of the age band group, computed from the birth year. */
  public static final String AGE_BAND = "ageBand";

  private static final String UNKNOWN = "unknown";

  private final MatchEngine engine;
  private final MatchEngine unbounded;
  private final int top;
  private final PlacementProblem.Builder problem = PlacementProblem.builder();
  private final List<Person> people = new ArrayList<>();
  private final Map<HurdleKind, Set<String>> blocked = new EnumMap<>(HurdleKind.class);
  private final Map<HurdleKind, Set<String>> delayed = new EnumMap<>(HurdleKind.class);
  private final Map<HurdleKind, Integer> pairsBlocked = new EnumMap<>(HurdleKind.class);
  private final Map<ExclusionCode, Integer> codePairs = new EnumMap<>(ExclusionCode.class);
  private final Map<ExclusionCode, Set<String>> codePeople = new EnumMap<>(ExclusionCode.class);
  private final Map<String, int[]> unlocks = new TreeMap<>(); // key → {reachable, readyNow}
  private final Map<String, Set<String>> unlockPeople = new HashMap<>();
  private int offers;
  private long places;

  private record Person(
      String id,
      String city,
      Map<String, String> groups,
      boolean readyNow,
      int earliest,
      double best) {}

  /**
   * A report builder over two engines with the same offers.
   *
   * @param engine the engine the cohort is matched with, its offers indexed
   * @param unbounded an engine with the same rules, pathways and profile but a horizon long enough
   *     to plan any pathway (e.g. 600 months); its index is not used
   * @param top how many offers of each list are looked at (as {@code match --top})
   */
  public ReportBuilder(MatchEngine engine, MatchEngine unbounded, int top) {
    this.engine = requireNonNull(engine, "engine");
    this.unbounded = requireNonNull(unbounded, "unbounded");
    this.top = top;
  }

  /**
   * {@return the number of open offers and their places (counted by whoever indexed them)}
   *
   * @param count how many offers are open
   * @param totalPlaces their places
   */
  public ReportBuilder offers(int count, long totalPlaces) {
    this.offers = count;
    this.places = totalPlaces;
    return this;
  }

  /**
   * Adds one person with their ranked list ({@code engine.matchesFor(person, top)}).
   *
   * @param record the person with the audit block
   * @param matches the person's ranked offers
   */
  public void add(CandidateRecord record, List<Match> matches) {
    add(record, matches, excluded(record.candidate()));
  }

  /**
   * Adds one person with their ranked list and {@link #excluded} of them (computed beforehand, on
   * any thread). People must be added in the same order for the same report.
   *
   * @param record the person with the audit block
   * @param matches the person's ranked offers
   * @param excluded the offers left out for the person
   */
  public void add(CandidateRecord record, List<Match> matches, List<Excluded> excluded) {
    Candidate c = record.candidate();
    String id = c.id();
    problem.person(id, matches.stream().map(Choice::of).toList());
    for (Match m : matches) {
      problem.places(m.vacancy(), engine.vacancy(m.vacancy()).map(v -> v.places()).orElse(0));
    }
    String city = c.location().city().orElse(UNKNOWN);
    boolean readyNow = matches.stream().anyMatch(m -> m.readiness() == Readiness.READY_NOW);
    int earliest = matches.stream().mapToInt(Match::readyInMonths).min().orElse(-1);
    double best = matches.stream().mapToDouble(Match::score).max().orElse(0);
    people.add(new Person(id, city, groups(record), readyNow, earliest, best));

    // delays: the gaps of the best offer, when it is not ready now
    if (!matches.isEmpty() && matches.get(0).readiness() == Readiness.REACHABLE) {
      for (Gap g : matches.get(0).gaps()) {
        delayed
            .computeIfAbsent(HurdleKind.of(g.kind()), k -> new TreeSet<>())
            .add(id + "\t" + city);
      }
    }
    // single changes that make an offer among the best ready now
    for (Match m : matches) {
      if (m.readiness() == Readiness.REACHABLE) {
        Set<HurdleKind> kinds = EnumSet.noneOf(HurdleKind.class);
        m.gaps().forEach(g -> kinds.add(HurdleKind.of(g.kind())));
        m.pathway().forEach(s -> kinds.add(HurdleKind.of(s.step())));
        if (kinds.size() == 1) {
          unlock(kinds.iterator().next(), target(m.gaps(), m.pathway()), id, 1);
        }
      }
    }
    // blocks: the offers left out, by the hurdles of their reasons
    for (Excluded e : excluded) {
      Set<HurdleKind> kinds = EnumSet.noneOf(HurdleKind.class);
      for (ExclusionReason r : e.reasons()) {
        kinds.addAll(r.hurdles());
        codePairs.merge(r.code(), 1, Integer::sum);
        codePeople.computeIfAbsent(r.code(), k -> new HashSet<>()).add(id);
      }
      for (HurdleKind k : kinds) {
        blocked.computeIfAbsent(k, x -> new TreeSet<>()).add(id + "\t" + city);
        pairsBlocked.merge(k, 1, Integer::sum);
      }
      if (kinds.size() == 1) {
        unlock(kinds.iterator().next(), e.target(), id, 0);
      }
    }
  }

  /**
   * One offer left out for a person, with its structured reasons.
   *
   * @param target the German level the too-long pathway aims at, if it names one (else "")
   * @param vacancy the offer's id
   * @param reasons why it is left out
   */
  public record Excluded(String vacancy, List<ExclusionReason> reasons, String target) {
    /** Creates an excluded offer, checking that no component is null and copying the reasons. */
    public Excluded {
      reasons = List.copyOf(reasons);
    }
  }

  /**
   * The offers left out for a person and why: the slow part of {@link #add}, safe to call from many
   * threads at once (it only queries the engines).
   *
   * @param c the person
   * @return the offers left out, each with its reasons
   */
  public List<Excluded> excluded(Candidate c) {
    List<Excluded> out = new ArrayList<>();
    for (Exclusion e : engine.exclusionsFor(c)) {
      if (e.reasons().stream().allMatch(r -> ExclusionCode.of(r) == ExclusionCode.NO_FIT)) {
        continue; // not the person's kind of offer: nothing blocks it
      }
      List<PathwayStep> longPathway = List.of();
      if (e.reasons().stream().anyMatch(r -> ExclusionCode.of(r) == ExclusionCode.BEYOND_HORIZON)) {
        longPathway =
            engine
                .vacancy(e.vacancy())
                .flatMap(v -> unbounded.explain(c, v).match())
                .map(Match::pathway)
                .orElse(List.of());
      }
      out.add(
          new Excluded(
              e.vacancy(), ExclusionReason.of(e, longPathway), target(List.of(), longPathway)));
    }
    return out;
  }

  private void unlock(HurdleKind kind, String target, String person, int slot) {
    if (!kind.actionable()) {
      return;
    }
    String key = kind.name() + "\t" + target;
    unlocks.computeIfAbsent(key, k -> new int[2])[slot]++;
    unlockPeople.computeIfAbsent(key, k -> new HashSet<>()).add(person);
  }

  /** The German level a language gap or course aims at, or "" when none is named. */
  static String target(List<Gap> gaps, List<PathwayStep> steps) {
    Cefr best = null;
    for (Gap g : gaps) {
      if (g.kind() == GapKind.LANGUAGE) {
        best = max(best, level(g.detail(), g.detail().key().endsWith("_none") ? 0 : 1));
      }
    }
    for (PathwayStep s : steps) {
      String key = s.detail().key();
      if (key.endsWith("integration_course")
          || key.endsWith("second_script_course")
          || key.equals("pathway.step.language_course.de")) {
        best = max(best, level(s.detail(), 1));
      }
    }
    return best == null ? "" : best.name();
  }

  private static Cefr level(Message m, int arg) {
    if (m.args().size() <= arg) {
      return null;
    }
    try {
      return Cefr.valueOf(m.args().get(arg));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Cefr max(Cefr a, Cefr b) {
    if (a == null) {
      return b;
    }
    return b == null || a.compareTo(b) >= 0 ? a : b;
  }

  private Map<String, String> groups(CandidateRecord r) {
    Map<String, String> g = new TreeMap<>(r.audit().values());
    g.put(
        AGE_BAND,
        r.candidate().ageOn(engine.today()).stream()
            .mapToObj(ReportBuilder::ageBand)
            .findFirst()
            .orElse(UNKNOWN));
    return g;
  }

  static String ageBand(int age) {
    if (age < 25) {
      return "under 25";
    }
    if (age < 35) {
      return "25-34";
    }
    if (age < 45) {
      return "35-44";
    }
    return "45+";
  }

  /**
   * {@return the report; with {@code placement}, also the cohort's optimal and greedy placements}
   *
   * @param placement the placement options, or empty for none
   * @param horizonMonths the horizon the engine used
   */
  public CohortReport build(Optional<Placer.Options> placement, int horizonMonths) {
    LocalDate today = engine.today();
    int readyNow = 0;
    int reachable = 0;
    int noOffer = 0;
    Map<String, Integer> buckets = new LinkedHashMap<>();
    for (String b : List.of("0", "1-3", "4-6", "7-9", "10-12", "13+")) {
      buckets.put(b, 0);
    }
    for (Person p : people) {
      if (p.earliest < 0) {
        noOffer++;
        continue;
      }
      if (p.readyNow) {
        readyNow++;
      } else {
        reachable++;
      }
      buckets.merge(bucket(p.earliest), 1, Integer::sum);
    }
    if (buckets.get("13+") == 0) {
      buckets.remove("13+");
    }
    List<CohortReport.Bucket> months = new ArrayList<>();
    buckets.forEach((b, n) -> months.add(new CohortReport.Bucket(b, n)));

    Optional<CohortReport.Placements> placements = Optional.empty();
    Set<String> placed = new HashSet<>();
    if (placement.isPresent()) {
      PlacementProblem built = problem.build();
      Assignment optimal = Placer.optimal(built, placement.get());
      Assignment greedy = Placer.greedy(built, placement.get());
      optimal.placements().stream()
          .filter(Placement::placed)
          .forEach(p -> placed.add(p.candidate()));
      placements =
          Optional.of(
              new CohortReport.Placements(optimal.method(), optimal.summary(), greedy.summary()));
    }
    return new CohortReport(
        today,
        horizonMonths,
        top,
        people.size(),
        offers,
        places,
        readyNow,
        reachable,
        noOffer,
        months,
        hurdles(),
        codes(),
        interventions(),
        placements,
        groups(placed));
  }

  private static String bucket(int months) {
    if (months == 0) {
      return "0";
    }
    if (months > 12) {
      return "13+";
    }
    int lo = (months - 1) / 3 * 3 + 1;
    return lo + "-" + (lo + 2);
  }

  private List<CohortReport.Hurdle> hurdles() {
    List<CohortReport.Hurdle> out = new ArrayList<>();
    for (HurdleKind k : HurdleKind.values()) {
      Set<String> b = blocked.getOrDefault(k, Set.of());
      Set<String> d = delayed.getOrDefault(k, Set.of());
      if (b.isEmpty() && d.isEmpty()) {
        continue;
      }
      Set<String> all = new TreeSet<>(b);
      all.addAll(d);
      Map<String, Integer> cities = new TreeMap<>();
      for (String s : all) {
        cities.merge(s.substring(s.indexOf('\t') + 1), 1, Integer::sum);
      }
      List<CohortReport.CityCount> top5 =
          cities.entrySet().stream()
              .sorted(
                  Map.Entry.<String, Integer>comparingByValue()
                      .reversed()
                      .thenComparing(Map.Entry.comparingByKey()))
              .limit(5)
              .map(e -> new CohortReport.CityCount(e.getKey(), e.getValue()))
              .toList();
      out.add(
          new CohortReport.Hurdle(
              k, all.size(), b.size(), d.size(), pairsBlocked.getOrDefault(k, 0), top5));
    }
    out.sort(
        Comparator.comparingInt(CohortReport.Hurdle::people)
            .reversed()
            .thenComparing(CohortReport.Hurdle::kind));
    return out;
  }

  private List<CohortReport.CodeCount> codes() {
    List<CohortReport.CodeCount> out = new ArrayList<>();
    codePairs.forEach(
        (code, n) -> out.add(new CohortReport.CodeCount(code, n, codePeople.get(code).size())));
    out.sort(
        Comparator.comparingInt(CohortReport.CodeCount::pairs)
            .reversed()
            .thenComparing(CohortReport.CodeCount::code));
    return out;
  }

  private List<CohortReport.Intervention> interventions() {
    List<CohortReport.Intervention> out = new ArrayList<>();
    unlocks.forEach(
        (key, n) -> {
          String[] parts = key.split("\t", -1);
          out.add(
              new CohortReport.Intervention(
                  HurdleKind.valueOf(parts[0]),
                  parts[1],
                  unlockPeople.get(key).size(),
                  n[0],
                  n[1]));
        });
    out.sort(
        Comparator.comparingInt(
                (CohortReport.Intervention i) -> i.offersReachable() + i.offersReadyNow())
            .reversed()
            .thenComparing(CohortReport.Intervention::kind)
            .thenComparing(CohortReport.Intervention::target));
    return out;
  }

  private Map<String, List<CohortReport.Group>> groups(Set<String> placed) {
    Set<String> attributes = new TreeSet<>();
    people.forEach(p -> attributes.addAll(p.groups.keySet()));
    Map<String, List<CohortReport.Group>> out = new LinkedHashMap<>();
    for (String a : attributes) {
      Map<String, double[]> byValue = new TreeMap<>(); // people, readyNow, sum best, placed
      for (Person p : people) {
        double[] v = byValue.computeIfAbsent(p.groups.getOrDefault(a, UNKNOWN), x -> new double[4]);
        v[0]++;
        v[1] += p.readyNow ? 1 : 0;
        v[2] += p.best;
        v[3] += placed.contains(p.id) ? 1 : 0;
      }
      List<CohortReport.Group> gs = new ArrayList<>();
      byValue.forEach(
          (value, v) ->
              gs.add(
                  new CohortReport.Group(
                      value,
                      (int) v[0],
                      (int) v[1],
                      v[1] / v[0],
                      v[2] / v[0],
                      (int) v[3],
                      v[3] / v[0])));
      out.put(a, gs);
    }
    return out;
  }
}
