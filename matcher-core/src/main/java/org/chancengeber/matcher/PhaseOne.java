package org.chancengeber.matcher;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.chancengeber.matcher.index.CandidateIndex;
import org.chancengeber.matcher.index.CandidateQuery;
import org.chancengeber.matcher.index.VacancyQuery;
import org.chancengeber.matcher.index.WeightedTerms;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.scoring.FactorKind;
import org.chancengeber.matcher.scoring.MatchScorer;
import org.chancengeber.matcher.scoring.PreparedCandidate;
import org.chancengeber.matcher.scoring.PreparedVacancy;
import org.chancengeber.matcher.scoring.ScoringProfile;

/**
 * Phase one of a ranking, derived from the exact scorer's factors: a Lucene query whose score for
 * an entry is the weighted sum of the factors it can carry (skills without the cap at 1,
 * experience, language, distance, preferences), and {@code rest}, the largest weight the other
 * factors (timing and support, and what is the same for every entry) can add. So for every entry,
 * exact score ≤ phase-one score + rest, which lets the engine prove when the top k is complete.
 *
 * @param rest the largest contribution of the factors the query does not carry
 */
record PhaseOne<Q>(Q query, double rest) {
  private static final float HALF = (float) MatchScorer.NEUTRAL;

  /** Offers for a person. */
  static PhaseOne<VacancyQuery> offers(MatchScorer scorer, PreparedCandidate pc, LocalDate today) {
    ScoringProfile profile = scorer.profile();
    float ws = weight(profile, FactorKind.SKILLS);
    float we = weight(profile, FactorKind.EXPERIENCE);
    float wl = weight(profile, FactorKind.LANGUAGE);
    float wp = weight(profile, FactorKind.PREFERENCES);
    int[] skillIds = new int[pc.skillCount()];
    float[] skillWeights = new float[skillIds.length];
    for (int i = 0; i < skillIds.length; i++) {
      skillIds[i] = pc.skillId(i);
      skillWeights[i] = ws * pc.skillValue(i);
    }
    // experience and the preferred occupations share the offer's occupation term
    TreeMap<Integer, Float> occupations = new TreeMap<>();
    for (int i = 0; i < pc.occupationCount(); i++) {
      occupations.merge(pc.occupationId(i), we * pc.occupationValue(i), Float::sum);
    }
    double rest = weight(profile, FactorKind.TIMING) + weight(profile, FactorKind.SUPPORT);
    if (pc.hasPreferredOccupations()) {
      for (int i = 0; i < pc.preferredOccupationCount(); i++) {
        occupations.merge(
            pc.preferredOccupationId(i), wp * HALF * pc.preferredOccupationValue(i), Float::sum);
      }
    } else {
      rest += wp * HALF * HALF;
    }
    if (pc.preferredTypes().isEmpty()) {
      rest += wp * HALF * HALF;
    }
    Candidate c = pc.candidate();
    Map<String, Cefr> reachable = new HashMap<>();
    Map<String, float[]> languages = new HashMap<>();
    VacancyQuery q =
        new VacancyQuery(
            pc.point(),
            c.maxTravelKm() * 1.01 + 0.1,
            pc.pivotKm(),
            weight(profile, FactorKind.DISTANCE),
            scorer.possibleTypes(c, today),
            code -> reachable.computeIfAbsent(code, x -> scorer.reachableLevel(c, x)),
            today,
            new WeightedTerms(skillIds, skillWeights, ws * HALF),
            terms(occupations, we * HALF),
            code ->
                languages.computeIfAbsent(code, x -> scale(scorer.languageValues(pc.level(x)), wl)),
            wl,
            pc.preferredTypes().isEmpty() ? java.util.Set.of() : pc.preferredTypes(),
            wp * HALF);
    return new PhaseOne<>(q, rest);
  }

  /** People for an offer; {@code maxTravelKm} is the largest travel distance of anybody indexed. */
  static PhaseOne<CandidateQuery> people(
      MatchScorer scorer, PreparedVacancy pv, double maxTravelKm) {
    ScoringProfile profile = scorer.profile();
    float ws = weight(profile, FactorKind.SKILLS);
    float we = weight(profile, FactorKind.EXPERIENCE);
    float wl = weight(profile, FactorKind.LANGUAGE);
    float wp = weight(profile, FactorKind.PREFERENCES);
    double rest = weight(profile, FactorKind.TIMING) + weight(profile, FactorKind.SUPPORT);
    int[] skillIds = new int[pv.skillCount()];
    float[] skillWeights = new float[skillIds.length];
    for (int i = 0; i < skillIds.length; i++) {
      skillIds[i] = pv.skillId(i);
      skillWeights[i] = ws * pv.skillShare(i);
    }
    if (skillIds.length == 0) {
      rest += ws * HALF;
    }
    WeightedTerms occupation = WeightedTerms.none();
    WeightedTerms preferred = new WeightedTerms(new int[0], new float[0], wp * HALF);
    if (pv.occupationId() >= 0) {
      occupation = new WeightedTerms(new int[] {pv.occupationId()}, new float[] {we}, 0);
      preferred =
          new WeightedTerms(new int[] {pv.occupationId()}, new float[] {wp * HALF}, wp * HALF);
    } else {
      rest += we * HALF;
    }
    // language: what having no level gives is the same for everybody; the index holds what each
    // person's level adds to it
    Map<String, Float> languages = new TreeMap<>();
    Map<String, Cefr> minimums = new HashMap<>();
    float[] none = scorer.languageValues(Optional.empty());
    if (pv.languageCount() == 0) {
      rest += wl;
    }
    for (int i = 0; i < pv.languageCount(); i++) {
      Cefr min = pv.languageMin(i);
      languages.merge(pv.languageCode(i) + ":" + min.name(), wl * pv.languageShare(i), Float::sum);
      rest += wl * pv.languageShare(i) * none[min.ordinal()];
      if (pv.languageEssential(i)) {
        minimums.merge(pv.languageCode(i), min, (a, b) -> a.compareTo(b) >= 0 ? a : b);
      }
    }
    OfferType type = pv.vacancy().type();
    CandidateQuery q =
        new CandidateQuery(
            pv.point(),
            Math.max(1, maxTravelKm * profile.distancePivotShare()),
            weight(profile, FactorKind.DISTANCE),
            minimums,
            new WeightedTerms(skillIds, skillWeights, 0),
            occupation,
            languages,
            type.name(),
            wp * HALF,
            wp * HALF,
            preferred);
    return new PhaseOne<>(q, rest);
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

  private static WeightedTerms terms(TreeMap<Integer, Float> weights, float none) {
    int[] ids = new int[weights.size()];
    float[] w = new float[ids.length];
    int i = 0;
    for (Map.Entry<Integer, Float> e : weights.entrySet()) {
      ids[i] = e.getKey();
      w[i++] = e.getValue();
    }
    return new WeightedTerms(ids, w, none);
  }

  private static float weight(ScoringProfile profile, FactorKind f) {
    return (float) profile.weight(f);
  }

  private static float[] scale(float[] values, float w) {
    float[] out = new float[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i] * w;
    }
    return out;
  }
}
