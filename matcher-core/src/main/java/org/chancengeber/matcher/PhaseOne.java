package org.chancengeber.matcher;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.chancengeber.matcher.index.CandidateIndex;
import org.chancengeber.matcher.index.CandidateQuery;
import org.chancengeber.matcher.index.VacancyQuery;
import org.chancengeber.matcher.index.WeightedTerms;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.profile.ScoringProfile;
import org.chancengeber.matcher.scoring.MatchScorer;
import org.chancengeber.matcher.scoring.PhaseOneTerms;
import org.chancengeber.matcher.scoring.PreparedCandidate;
import org.chancengeber.matcher.scoring.PreparedVacancy;

/**
 * Phase one of a ranking, derived from the exact scorer's fit factors: a Lucene query whose score
 * for an entry is the weighted sum of the fit factors (skills without the cap at 1, the occupation
 * through experience and inferred occupations, preferred occupations). The exact score is {@code
 * fit × (1 − s + s × logistics)} ≤ fit, and the floor of fit of an offer that teaches its
 * occupation is carried as a type boost (offers) or in {@code rest} (people; max(a, b) ≤ a + b), so
 * for every entry exact score ≤ phase-one score + {@code rest}, which lets the engine prove when
 * the top k is complete; and an entry whose phase-one score is below {@code floor} (the profile's
 * minimum fit) cannot be a match at all. Logistics (language, distance, timing, support, offer
 * type) are left to the exact scorer: they order entries of similar fit and never lift one above
 * the fit bound.
 *
 * @param rest the largest contribution of the fit factors the query does not carry
 * @param floor the smallest phase-one score + rest an entry needs to be a match
 */
record PhaseOne<Q>(Q query, double rest, double floor) {
  private static final float[] NO_LANGUAGE_WEIGHTS = new float[Cefr.values().length];

  /** Offers for a person. */
  static PhaseOne<VacancyQuery> offers(MatchScorer scorer, PreparedCandidate pc, LocalDate today) {
    ScoringProfile profile = scorer.profile();
    PhaseOneTerms t = scorer.phaseOneForOffers(pc);
    Candidate c = pc.candidate();
    Map<String, Cefr> reachable = new HashMap<>();
    // offers that teach their occupation have a floor of fit whatever their terms
    java.util.Set<OfferType> possible = scorer.possibleTypes(c, today);
    java.util.EnumSet<OfferType> teaching = java.util.EnumSet.noneOf(OfferType.class);
    for (OfferType type : possible) {
      if (type != OfferType.JOB) {
        teaching.add(type);
      }
    }
    VacancyQuery q =
        new VacancyQuery(
            pc.point(),
            c.maxTravelKm() * 1.01 + 0.1,
            pc.pivotKm(),
            0,
            possible,
            code -> reachable.computeIfAbsent(code, x -> scorer.reachableLevel(c, x)),
            today,
            new WeightedTerms(t.skillIds(), t.skillWeights(), 0),
            new WeightedTerms(t.occupationIds(), t.occupationWeights(), 0),
            code -> NO_LANGUAGE_WEIGHTS,
            0,
            teaching,
            (float) profile.trainingFit());
    return new PhaseOne<>(q, 0, profile.minFit());
  }

  /** People for an offer; {@code maxTravelKm} is the largest travel distance of anybody indexed. */
  static PhaseOne<CandidateQuery> people(
      MatchScorer scorer, PreparedVacancy pv, double maxTravelKm) {
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
            Math.max(1, maxTravelKm * profile.distancePivotShare()),
            0,
            minimums,
            new WeightedTerms(t.skillIds(), t.skillWeights(), 0),
            occupation,
            Map.of(),
            type.name(),
            0,
            0,
            preferred);
    // an offer that teaches its occupation fits everybody at least its floor: fit ≤ terms + floor
    double rest = type == OfferType.JOB ? 0 : profile.trainingFit();
    return new PhaseOne<>(q, rest, profile.minFit());
  }

  /** What a person's index document carries beyond the prepared person. */
  static CandidateIndex.Terms personTerms(MatchScorer scorer, PreparedCandidate pc) {
    Map<String, Cefr> reachable = new HashMap<>();
    for (String code : CandidateIndex.FILTERED_LANGUAGES) {
      reachable.put(code, scorer.reachableLevel(pc.candidate(), code));
    }
    float[] none = scorer.languageValues(Optional.empty());
    Map<String, float[]> gains = new HashMap<>();
    for (String code : pc.languageCodes()) {
      float[] have = scorer.languageValues(pc.level(code));
      float[] gain = new float[have.length];
      for (int i = 0; i < have.length; i++) {
        gain[i] = Math.max(0, have[i] - none[i]);
      }
      gains.put(code, gain);
    }
    return new CandidateIndex.Terms(reachable, gains);
  }
}
