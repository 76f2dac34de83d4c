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

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.chancengeber.matcher.profile.FactorKind;

/**
 * What phase one carries of the fit factors, as the factors themselves say ({@link
 * SkillsFactor#offerTermWeights}, {@link ExperienceFactor#offerTerms}, {@link
 * PreferencesFactor#offerTerms}): concept ids and their weights, each already multiplied by the
 * factor's weight in the fit, so that the query's score for an entry is at least its fit (before
 * the training floor, which phase one carries in a stage of its own, {@link LogisticsBound}, or as
 * a rest).
 *
 * @param skillIds skill concept ids
 * @param skillWeights the weight of each skill id
 * @param occupationIds occupation concept ids, ascending
 * @param occupationWeights the weight of each occupation id
 * @param profileIds occupations whose profile lists a skill of the person's (offers for a person
 *     only), ascending
 * @param profileWeights the weight of each profile id: the skills factor's weight × Σ value × π
 *     over the person's skills in that profile ({@link OccupationProfiles}), to multiply with the
 *     offer's profile scale
 */
public record PhaseOneTerms(
    int[] skillIds,
    float[] skillWeights,
    int[] occupationIds,
    float[] occupationWeights,
    int[] profileIds,
    float[] profileWeights) {
  private static final int[] NONE = new int[0];
  private static final float[] NO_WEIGHTS = new float[0];

  /** For ranking offers for a person. */
  static PhaseOneTerms offers(
      PreparedCandidate pc, ScoreFormula formula, OccupationProfiles profiles) {
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
    // the offers' profile parts: one term per occupation whose profile lists a skill of the
    // person's
    float skillsWeight = (float) formula.weight(FactorKind.SKILLS);
    IntSlots slots = new IntSlots(64);
    float[] sums = new float[64];
    for (int s = 0; s < pc.skillCount(); s++) {
      OccupationProfiles.Listing l = profiles.listing(pc.skillId(s));
      float v = pc.skillValue(s);
      for (int j = 0; j < l.occupationIds().length; j++) {
        int slot = slots.put(l.occupationIds()[j]);
        if (slot >= sums.length) {
          sums = Arrays.copyOf(sums, sums.length * 2);
        }
        sums[slot] += v * l.shares()[j];
      }
    }
    // by id, as the terms are read
    long[] byId = new long[slots.size()];
    for (int slot = 0; slot < byId.length; slot++) {
      byId[slot] = (long) slots.key(slot) << 32 | slot;
    }
    Arrays.sort(byId);
    int[] profileIds = new int[byId.length];
    float[] profileWeights = new float[profileIds.length];
    for (int j = 0; j < byId.length; j++) {
      int slot = (int) byId[j];
      profileIds[j] = slots.key(slot);
      // rounded up: the sum in floats may fall a little short of the sum in reals
      profileWeights[j] = Math.nextUp(skillsWeight * sums[slot] * (1 + 1e-5f));
    }
    return new PhaseOneTerms(skillIds, skillWeights, ids, w, profileIds, profileWeights);
  }

  /**
   * For ranking people for an offer: the offer's skills (weight × share), its occupation once for
   * experience and once as a preferred occupation (a person's features are their values).
   */
  static PhaseOneTerms people(PreparedVacancy pv, ScoreFormula formula) {
    PreparedVacancy.SkillView skills = pv.view();
    int[] skillIds = skills.ids();
    float[] skillWeights =
        SkillsFactor.personTermWeights(skills, (float) formula.weight(FactorKind.SKILLS));
    if (pv.occupationId() < 0) {
      return new PhaseOneTerms(skillIds, skillWeights, NONE, NO_WEIGHTS, NONE, NO_WEIGHTS);
    }
    return new PhaseOneTerms(
        skillIds,
        skillWeights,
        new int[] {pv.occupationId(), pv.occupationId()},
        new float[] {
          (float) formula.weight(FactorKind.EXPERIENCE),
          (float) formula.weight(FactorKind.PREFERENCES)
        },
        NONE,
        NO_WEIGHTS);
  }
}
