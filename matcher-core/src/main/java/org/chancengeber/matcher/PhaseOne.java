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
package org.chancengeber.matcher;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.chancengeber.matcher.index.CandidateQuery;
import org.chancengeber.matcher.index.VacancyQuery;
import org.chancengeber.matcher.index.WeightedTerms;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.profile.ScoringProfile;
import org.chancengeber.matcher.scoring.LogisticsBound;
import org.chancengeber.matcher.scoring.MatchScorer;
import org.chancengeber.matcher.scoring.PhaseOneTerms;
import org.chancengeber.matcher.scoring.PreparedCandidate;
import org.chancengeber.matcher.scoring.PreparedVacancy;

/**
 * Phase one of a ranking, derived from the exact scorer's factors: a Lucene query whose score for
 * an entry is at least the weighted sum of the fit factors (skills without the cap at 1, the skills
 * an offer takes from its occupation's profile bounded by one term per occupation, see {@code
 * OccupationProfiles}; the occupation through experience and inferred occupations; preferred
 * occupations). The exact score is {@code max(that, floor) × (1 − s + s × logistics)}, the floor
 * being the profile's {@code trainingFit} for an offer that teaches its occupation and 0 otherwise.
 *
 * <p>Offers for a person: the floor has a second stage of its own ({@code LogisticsBound} times the
 * floor), in which an offer that teaches scores {@code trainingFit × (1 − s + s × what its type,
 * language minimums, support and distance allow)}; each offer's exact score is at most the larger
 * of its two stage scores, so the engine can order the offers at the floor by their logistics, and
 * prove when the top k is complete, without scoring every offer that teaches. People for an offer:
 * the floor is in {@code rest} (max(a, b) ≤ a + b). So for every entry exact score ≤ phase-one
 * score + {@code rest}; an entry whose phase-one score + rest is below {@code floor} cannot be a
 * match at all. Logistics never lift an entry above its fit bound.
 *
 * <p>Offers for a person, once the top k is full: offers of about one fit (a plateau: offers of one
 * occupation naming alike skills) are told apart by their logistics in phase one too. The first
 * stage is then read with the person's {@code LogisticsBound} times the fit {@code n} an offer
 * needs (the k-th score ÷ the sureness scale) added; as {@code x × y ≤ x + n × y − n} for a fit
 * {@code x ≥ n} and a logistics scale {@code y ≤ 1}, an offer whose first-stage score plus that is
 * below {@code 2n} cannot enter the top k (see {@code Retrieval#aboveByLogistics}).
 *
 * <p>For offers for one person the bound tightens by the person's sureness scale, which multiplies
 * all their scores alike: exact score ≤ {@code scale × (phase-one score + rest)}.
 *
 * @param rest the largest contribution of the fit factors the query does not carry
 * @param floor the smallest phase-one score + rest an entry needs to be a match
 * @param scale what multiplies the fit bound into a score bound (at most 1)
 */
record PhaseOne<Q>(Q query, double rest, double floor, double scale) {

  /** The highest exact score an entry whose phase-one score is at most {@code bound} can get. */
  double best(double bound) {
    return scale * (bound + rest);
  }

  /**
   * Offers for a person; {@code languages} are the codes offers in the index require a level in,
   * whose reachable levels the query carries, {@code logisticsLanguages} the codes offers name a
   * minimum in, whose values for the person the logistics bound carries.
   */
  static PhaseOne<VacancyQuery> offers(
      MatchScorer scorer,
      PreparedCandidate pc,
      LocalDate today,
      Set<String> languages,
      Set<String> logisticsLanguages) {
    PhaseOneTerms t = scorer.phaseOneForOffers(pc);
    Candidate c = pc.candidate();
    Map<String, Cefr> reachable = new HashMap<>();
    for (String code : languages) {
      reachable.put(code, pc.reachable(code).orElseGet(() -> scorer.reachableLevel(c, code)));
    }
    // offers that teach their occupation have a floor of fit whatever their terms
    Set<OfferType> possible = scorer.possibleTypes(c, today);
    EnumSet<OfferType> teaching = EnumSet.noneOf(OfferType.class);
    for (OfferType type : possible) {
      if (type != OfferType.JOB) {
        teaching.add(type);
      }
    }
    LogisticsBound logistics = scorer.logisticsBound(pc, possible, logisticsLanguages);
    VacancyQuery q =
        new VacancyQuery(
            pc.point(),
            c.maxTravelKm() * 1.01 + 0.1,
            possible,
            reachable,
            today,
            new WeightedTerms(t.skillIds(), t.skillWeights(), 0),
            new WeightedTerms(t.occupationIds(), t.occupationWeights(), 0),
            new WeightedTerms(t.profileIds(), t.profileWeights(), 0),
            logistics,
            scorer.teachingFloor(logistics, teaching));
    return new PhaseOne<>(q, 0, scorer.phaseOneFloor(!teaching.isEmpty()), scorer.sureScale(pc));
  }

  /** People for an offer. */
  static PhaseOne<CandidateQuery> people(MatchScorer scorer, PreparedVacancy pv) {
    ScoringProfile profile = scorer.profile();
    PhaseOneTerms t = scorer.phaseOneForPeople(pv);
    WeightedTerms occupation = WeightedTerms.none();
    WeightedTerms preferred = WeightedTerms.none();
    if (t.occupationIds().length == 2) {
      occupation =
          new WeightedTerms(
              new int[] {t.occupationIds()[0]}, new float[] {t.occupationWeights()[0]}, 0);
      preferred =
          new WeightedTerms(
              new int[] {t.occupationIds()[1]}, new float[] {t.occupationWeights()[1]}, 0);
    }
    Map<String, Cefr> minimums = new HashMap<>();
    for (int i = 0; i < pv.languageCount(); i++) {
      if (pv.languageEssential(i)) {
        minimums.merge(
            pv.languageCode(i), pv.languageMin(i), (a, b) -> a.compareTo(b) >= 0 ? a : b);
      }
    }
    OfferType type = pv.vacancy().type();
    CandidateQuery q =
        new CandidateQuery(
            pv.point(),
            minimums,
            new WeightedTerms(t.skillIds(), t.skillWeights(), 0),
            occupation,
            preferred);
    // an offer that teaches its occupation fits everybody at least its floor: fit ≤ terms + floor
    double rest = type == OfferType.JOB ? 0 : profile.trainingFit();
    return new PhaseOne<>(q, rest, profile.minFit(), 1);
  }
}
