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
package org.chancengeber.matcher.scoring;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.Explanation;
import org.chancengeber.matcher.model.Factor;
import org.chancengeber.matcher.model.Match;
import org.chancengeber.matcher.model.Message;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.pathway.PathwayPlanner;
import org.chancengeber.matcher.pathway.SkillNeeds;
import org.chancengeber.matcher.profile.FactorKind;
import org.chancengeber.matcher.profile.ScoringProfile;
import org.chancengeber.matcher.rules.RuleSet;
import org.chancengeber.matcher.taxonomy.Taxonomy;

/**
 * The exact scorer, a facade over small parts: {@link Preparation} resolves people and offers once,
 * each {@link ScoreFactor} owns one factor's value and explanation (and, for the fit factors, what
 * phase one carries for it), {@link ScoreFormula} combines them, {@link Decision} asks the rules
 * and the planner, {@link TopK} collects the best {@code k}. Thread-safe.
 *
 * <p>Fit comes first: the score is {@code fit × (1 − s + s × logistics) × (1 − e + e × sureness)},
 * where fit is the weighted mean of the {@link FactorKind.Group#FIT fit} factors (skills, the
 * occupation, preferred occupations), logistics that of the others (language, distance, timing,
 * support, offer type), each in [0, 1]. So logistics order offers of similar fit and never lift an
 * offer without fit above one with it. Offers whose fit is below {@link ScoringProfile#minFit()},
 * whose start has passed, that have no places, that lie beyond the person's travel distance, that
 * the rules exclude or whose pathway does not fit the horizon are left out, with reasons. Evidence
 * is not part of the fit: it decides the pathway (a practical trial proves what is only
 * self-reported), and the person's sureness scales all their scores alike, so it orders people for
 * an offer and never a person's offers.
 *
 * <p>{@link #rankVacancies} and {@link #rankCandidates} rank a pool exactly; with {@code prune}
 * they consult rules and planner in order of an upper bound (the score with no waiting time) and
 * stop once no remaining entry can reach the top {@code k}: the same result, far fewer rule
 * evaluations. Ties break by id.
 */
public final class MatchScorer {
  /**
   * Value of a logistics factor the offer or the person gives no information for (no preferred
   * offer types). A fit factor without information is 0: an offer that names neither skills nor an
   * occupation fits nobody by them.
   */
  public static final double NEUTRAL = 0.5;

  private static final FactorKind[] FACTORS = FactorKind.values();

  /** The logistics factors computed from the pair's own fields (distance, timing, offer type). */
  private static final boolean[] CHEAP = new boolean[FACTORS.length];

  /** The factors known before language and support: the fit factors and {@link #CHEAP}. */
  private static final boolean[] KNOWN = new boolean[FACTORS.length];

  static {
    for (FactorKind f : FACTORS) {
      CHEAP[f.ordinal()] =
          f == FactorKind.DISTANCE || f == FactorKind.TIMING || f == FactorKind.OFFER_TYPE;
      KNOWN[f.ordinal()] = CHEAP[f.ordinal()] || f.group() == FactorKind.Group.FIT;
    }
  }

  private final ScoringProfile profile;
  private final RuleSet rules;
  private final PathwayPlanner planner;
  private final int horizonMonths;
  private final Preparation preparation;
  private final OccupationProfiles profiles;
  private final ScoreFactor[] factors;
  private final LanguageFactor language;
  private final ScoreFormula formula;
  private final Decision decision;
  private final Concepts concepts;

  public MatchScorer(
      Taxonomy taxonomy,
      ScoringProfile profile,
      RuleSet rules,
      PathwayPlanner planner,
      int horizonMonths) {
    this.profile = requireNonNull(profile, "profile");
    this.rules = requireNonNull(rules, "rules");
    this.planner = requireNonNull(planner, "planner");
    if (horizonMonths < 0) {
      throw new IllegalArgumentException(
          "horizonMonths (" + horizonMonths + ") must not be negative");
    }
    this.horizonMonths = horizonMonths;
    this.concepts = new Concepts(requireNonNull(taxonomy, "taxonomy"), profile);
    this.profiles = new OccupationProfiles(concepts, profile);
    this.preparation = new Preparation(concepts, profile, profiles);
    this.language = new LanguageFactor(profile);
    TimingFactor timing = new TimingFactor(profile);
    this.factors = new ScoreFactor[FACTORS.length];
    for (ScoreFactor f :
        List.of(
            new SkillsFactor(concepts, profile),
            new ExperienceFactor(concepts, profile),
            language,
            new DistanceFactor(),
            timing,
            new SupportFactor(),
            new PreferencesFactor(),
            new OfferTypeFactor())) {
      factors[f.kind().ordinal()] = f;
    }
    this.formula = new ScoreFormula(profile);
    this.decision = new Decision(concepts, rules, planner, horizonMonths, timing, formula);
  }

  public ScoringProfile profile() {
    return profile;
  }

  public int horizonMonths() {
    return horizonMonths;
  }

  /** Offer types the rules allow for this person at all (for retrieval filters). */
  public Set<OfferType> possibleTypes(Candidate candidate, LocalDate today) {
    return rules.possibleTypes(candidate, today);
  }

  /** The highest level of a language the person can reach within the horizon. */
  public Cefr reachableLevel(Candidate candidate, String languageCode) {
    return planner.reachableLevel(candidate, languageCode, horizonMonths);
  }

  /**
   * The concepts this scorer has given ids so far, by id: prepared entries (and index documents
   * derived from them) refer to concepts by these ids, so a persistent index stores this list with
   * each commit and gives it to {@link #restoreConcepts} before preparing anything on open.
   */
  public List<String> conceptKeys() {
    return concepts.keys();
  }

  /**
   * Gives the concepts of {@link #conceptKeys()} the same ids again; call it before preparing
   * anything.
   *
   * @throws IllegalStateException when ids were assigned to other concepts already
   */
  public void restoreConcepts(List<String> keys) {
    concepts.restore(List.copyOf(keys));
  }

  /** Resolves an offer's concepts and precomputes what scoring needs. */
  public PreparedVacancy prepare(Vacancy vacancy) {
    return preparation.prepare(vacancy);
  }

  /**
   * Resolves a person's concepts and expands them through the taxonomy: each skill claim to its
   * neighbours, each source of occupational experience (and each occupation the skills point to) to
   * the neighbouring occupations.
   */
  public PreparedCandidate prepare(Candidate candidate) {
    Map<String, Cefr> reachable = new HashMap<>();
    for (String code : PreparedCandidate.REACHABLE_LANGUAGES) {
      reachable.put(code, reachableLevel(candidate, code));
    }
    return preparation.prepare(candidate, reachable);
  }

  /**
   * What the person's sureness multiplies all their scores by, in [1 − evidenceShare, 1]: every
   * score of theirs is at most this × the fit.
   */
  public double sureScale(PreparedCandidate pc) {
    return formula.sureScale(pc);
  }

  /** What phase one carries of the fit factors when ranking offers for this person. */
  public PhaseOneTerms phaseOneForOffers(PreparedCandidate pc) {
    return PhaseOneTerms.offers(pc, formula, profiles);
  }

  /**
   * What the logistics factors can say about an offer for this person before the pair is scored: at
   * least its logistics scale, as phase one sums it ({@link LogisticsBound}).
   *
   * @param allowed the offer types the rules allow the person
   * @param codes the language codes offers in the index name a minimum in
   */
  public LogisticsBound logisticsBound(
      PreparedCandidate pc, Set<OfferType> allowed, Set<String> codes) {
    return LogisticsBound.of(
        pc,
        formula,
        profile.logisticsShare(),
        language,
        (code, level) -> planner.languageMonths(pc.candidate(), code, level),
        profile.timingScaleMonths(),
        allowed,
        codes);
  }

  /**
   * What phase one's second stage scores an offer that teaches its occupation for this person: its
   * floor of fit times the logistics bound; empty when the profile has no floor or no type that
   * teaches is allowed.
   *
   * @param logistics the person's {@link #logisticsBound}
   * @param teaching the offer types that teach and the rules allow the person
   */
  public LogisticsBound teachingFloor(LogisticsBound logistics, Set<OfferType> teaching) {
    if (profile.trainingFit() <= 0) {
      return LogisticsBound.none();
    }
    return logistics.only(teaching).times(profile.trainingFit());
  }

  /**
   * The least phase-one score (either stage's, before the sureness scale) of an offer that can be a
   * match: its fit reaches the profile's minimum, from its terms, or from the floor of an offer
   * that teaches, times a logistics scale of at least {@code 1 − logisticsShare}.
   *
   * @param teaching whether offers that teach are allowed
   */
  public double phaseOneFloor(boolean teaching) {
    double min = profile.minFit();
    double floor = profile.trainingFit();
    return teaching && floor >= min ? Math.min(min, floor * (1 - profile.logisticsShare())) : min;
  }

  /**
   * What phase one carries of the fit factors when ranking people for this offer: the skills, then
   * the occupation for experience and for preference.
   */
  public PhaseOneTerms phaseOneForPeople(PreparedVacancy pv) {
    return PhaseOneTerms.people(pv, formula);
  }

  /** What the skill comparison found, for the planner. */
  public SkillNeeds skillNeeds(PreparedCandidate pc, PreparedVacancy pv) {
    return decision.skillNeeds(pc, pv);
  }

  // ---------------------------------------------------------------- ranking

  /** The best {@code k} offers of {@code pool} for a person, exactly; ties by offer id. */
  public List<Match> rankVacancies(
      PreparedCandidate pc, Iterable<PreparedVacancy> pool, int k, LocalDate today, boolean prune) {
    TopK top = top(k, today, prune);
    top.addVacancies(pc, pool);
    return top.matches();
  }

  /** The best {@code k} people of {@code pool} for an offer, exactly; ties by person id. */
  public List<Match> rankCandidates(
      PreparedVacancy pv, Iterable<PreparedCandidate> pool, int k, LocalDate today, boolean prune) {
    TopK top = top(k, today, prune);
    top.addCandidates(pv, pool);
    return top.matches();
  }

  /**
   * An empty top {@code k}, to be filled page by page; with {@code prune}, a pair whose upper bound
   * (the score with no waiting time) cannot beat the k-th score is not given to the rules and the
   * planner.
   */
  public TopK top(int k, LocalDate today, boolean prune) {
    if (k < 1) {
      throw new IllegalArgumentException("k (" + k + ") must be positive");
    }
    return new TopK(this, k, requireNonNull(today, "today"), prune);
  }

  /**
   * A pair to decide, with its factor values and upper bound; null (internal only) when the offer
   * is not live, lies beyond the person's travel distance, does not reach the minimum fit, or
   * cannot score {@code beat} or more (every score is at most fit × the person's sureness scale, so
   * the logistics factors are not computed for such a pair; negative infinity keeps every pair).
   */
  Entry entry(
      PreparedCandidate pc,
      PreparedVacancy pv,
      String tie,
      LocalDate today,
      double beat,
      ProfileCoverage coverage) {
    if (pv.places < 1 || (pv.startDay != Long.MIN_VALUE && pv.startDay < today.toEpochDay())) {
      return null;
    }
    double max = pc.candidate.maxTravelKm();
    if (Geo.latitudeKm(pc.latRad, pv.latRad) > max) {
      return null;
    }
    double km = km(pc, pv);
    if (km > max) {
      return null;
    }
    Pair pair = Pair.bound(today, km, coverage);
    double[] f = new double[FACTORS.length];
    for (int i = 0; i < f.length; i++) {
      if (formula.isFit(FACTORS[i])) {
        f[i] = factors[i].value(pc, pv, pair);
      }
    }
    if (!formula.fits(f, pv) || formula.fit(f, pv) * formula.sureScale(pc) < beat) {
      return null;
    }
    // the logistics that read only what the pair holds first; language and support (which read
    // the offer's minimums and employer) only for a pair that can still reach beat
    for (int i = 0; i < f.length; i++) {
      if (CHEAP[i]) {
        f[i] = factors[i].value(pc, pv, pair);
      }
    }
    if (beat > Double.NEGATIVE_INFINITY && formula.bound(f, KNOWN, pc, pv) < beat) {
      return null;
    }
    for (int i = 0; i < f.length; i++) {
      if (!KNOWN[i]) {
        f[i] = factors[i].value(pc, pv, pair);
      }
    }
    return new Entry(pc, pv, tie, f, km, formula.score(f, pc, pv));
  }

  /** Every factor's value for the pair (timing as its upper bound before the decision). */
  private double[] values(PreparedCandidate pc, PreparedVacancy pv, Pair pair) {
    double[] f = new double[FACTORS.length];
    for (int i = 0; i < f.length; i++) {
      f[i] = factors[i].value(pc, pv, pair);
    }
    return f;
  }

  /** Asks rules and planner; sets the final score. False when the pair is excluded. */
  boolean decide(Entry e, LocalDate today) {
    return decision.decide(e, today);
  }

  // ---------------------------------------------------------------- one pair, explained

  /** Everything about one person and one offer: the match, or why there is none. */
  public Evaluation evaluate(PreparedCandidate pc, PreparedVacancy pv, LocalDate today) {
    List<Message> reasons = hardExclusions(pc, pv, today);
    if (!reasons.isEmpty()) {
      return new Evaluation(Optional.empty(), reasons);
    }
    double km = km(pc, pv);
    double[] f = values(pc, pv, Pair.bound(today, km, new ProfileCoverage()));
    if (!formula.fits(f, pv)) {
      return new Evaluation(Optional.empty(), List.of(formula.noFit(f, pv)));
    }
    Entry e = new Entry(pc, pv, pv.id(), f, km, formula.score(f, pc, pv));
    if (!decide(e, today)) {
      return new Evaluation(
          Optional.empty(),
          !e.verdict.eligible() ? e.verdict.exclusions() : e.pathway.unreachable());
    }
    return new Evaluation(Optional.of(match(e, 1, today)), List.of());
  }

  /**
   * Why an offer is out for a person before any rule is asked: not live, or too far; empty when
   * neither.
   */
  public List<Message> hardExclusions(PreparedCandidate pc, PreparedVacancy pv, LocalDate today) {
    List<Message> reasons = new ArrayList<>();
    Vacancy v = pv.vacancy;
    if (v.places() < 1) {
      reasons.add(Message.of("scoring.excluded.no_places"));
    }
    if (pv.startDay != Long.MIN_VALUE && pv.startDay < today.toEpochDay()) {
      reasons.add(Message.of("scoring.excluded.started", v.start().orElseThrow(), today));
    }
    double km = km(pc, pv);
    if (km > pc.candidate.maxTravelKm()) {
      reasons.add(
          Message.of(
              "scoring.excluded.too_far",
              Format.one(km),
              Format.whole(pc.candidate.maxTravelKm())));
    }
    return reasons;
  }

  /** A decided pair as a match, every number explained by the factor that owns it. */
  Match match(Entry e, int rank, LocalDate today) {
    Pair pair = Pair.decided(today, e.km, e.pathway);
    List<Factor> out = new ArrayList<>(FACTORS.length + 1);
    List<Explanation> fitNodes = new ArrayList<>(FACTORS.length);
    List<Explanation> logisticsNodes = new ArrayList<>(FACTORS.length);
    for (FactorKind kind : FACTORS) {
      int i = kind.ordinal();
      double w = formula.weight(kind);
      Explained x = factors[i].explain(e.pc, e.pv, pair, e.f[i]);
      out.add(new Factor(kind.jsonName(), e.f[i], w, x.summary()));
      (formula.isFit(kind) ? fitNodes : logisticsNodes)
          .add(
              new Explanation(
                  w * e.f[i],
                  Message.of(
                      "scoring.factor." + kind.jsonName(), Format.two(e.f[i]), Format.two(w)),
                  x.details()));
    }
    out.add(formula.evidenceFactor(e.pc));
    Explanation root = formula.explain(e.score, e.f, e.pc, e.pv, fitNodes, logisticsNodes);
    return new Match(
        e.pc.id(),
        rank,
        e.pv.id(),
        e.score,
        e.pathway.readiness(),
        e.pathway.readyInMonths(),
        out,
        e.pathway.gaps(),
        e.pathway.steps(),
        root);
  }

  /** Distance between person and offer in km. */
  static double km(PreparedCandidate pc, PreparedVacancy pv) {
    return Geo.km(pc.latRad, pc.lonRad, pc.cosLat, pv.latRad, pv.lonRad, pv.cosLat);
  }
}
