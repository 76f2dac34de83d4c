package org.chancengeber.matcher.scoring;

import java.util.Map;
import java.util.TreeMap;
import org.chancengeber.matcher.profile.FactorKind;

/**
 * What phase one carries of the fit factors, as the factors themselves say ({@link
 * SkillsFactor#offerTermWeights}, {@link ExperienceFactor#offerTerms}, {@link
 * PreferencesFactor#offerTerms}): concept ids and their weights, each already multiplied by the
 * factor's weight in the fit, so that the query's score for an entry is at least its fit (before
 * the training floor, which phase one adds as a type boost or a rest).
 *
 * @param skillIds skill concept ids
 * @param skillWeights the weight of each skill id
 * @param occupationIds occupation concept ids, ascending
 * @param occupationWeights the weight of each occupation id
 */
public record PhaseOneTerms(
    int[] skillIds, float[] skillWeights, int[] occupationIds, float[] occupationWeights) {

  /** For ranking offers for a person. */
  static PhaseOneTerms offers(PreparedCandidate pc, ScoreFormula formula) {
    int[] skillIds = new int[pc.skillCount()];
    for (int i = 0; i < skillIds.length; i++) {
      skillIds[i] = pc.skillId(i);
    }
    float[] skillWeights =
        SkillsFactor.offerTermWeights(pc, (float) formula.weight(FactorKind.SKILLS));
    // experience and the preferred occupations share the offer's occupation term
    TreeMap<Integer, Float> occupations = new TreeMap<>();
    ExperienceFactor.offerTerms(pc, (float) formula.weight(FactorKind.EXPERIENCE), occupations);
    PreferencesFactor.offerTerms(pc, (float) formula.weight(FactorKind.PREFERENCES), occupations);
    int[] ids = new int[occupations.size()];
    float[] w = new float[ids.length];
    int i = 0;
    for (Map.Entry<Integer, Float> e : occupations.entrySet()) {
      ids[i] = e.getKey();
      w[i++] = e.getValue();
    }
    return new PhaseOneTerms(skillIds, skillWeights, ids, w);
  }

  /**
   * For ranking people for an offer: the offer's skills (weight × share), its occupation once for
   * experience and once as a preferred occupation (a person's features are their values).
   */
  static PhaseOneTerms people(PreparedVacancy pv, ScoreFormula formula) {
    int[] skillIds = new int[pv.skillCount()];
    for (int i = 0; i < skillIds.length; i++) {
      skillIds[i] = pv.skillId(i);
    }
    float[] skillWeights =
        SkillsFactor.personTermWeights(pv, (float) formula.weight(FactorKind.SKILLS));
    if (pv.occupationId() < 0) {
      return new PhaseOneTerms(skillIds, skillWeights, new int[0], new float[0]);
    }
    return new PhaseOneTerms(
        skillIds,
        skillWeights,
        new int[] {pv.occupationId(), pv.occupationId()},
        new float[] {
          (float) formula.weight(FactorKind.EXPERIENCE),
          (float) formula.weight(FactorKind.PREFERENCES)
        });
  }
}
