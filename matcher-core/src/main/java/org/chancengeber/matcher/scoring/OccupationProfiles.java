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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.chancengeber.matcher.profile.ScoringProfile;
import org.chancengeber.matcher.taxonomy.OccupationSkill;

/**
 * The taxonomy's occupation–skill profiles as the skills factor weighs them: each skill of an
 * occupation's profile weighs {@link #weight} (essential or optional × specificity^γ, the heavier
 * where the profile lists a skill twice), and its <em>profile share</em> π is that weight over the
 * profile's total. Cached per occupation and per skill; thread-safe.
 *
 * <p>Phase one uses it to carry the part of an offer's skills that comes from its occupation's
 * profile with one term instead of one per skill: an offer keeps the profile part's scale ρ (the
 * largest share ÷ π of its profile skills), and a person's weight for the occupation is {@code Q =
 * Σ value × π} over their expanded skills, so {@code ρ × Q} is at least what those skills add to
 * the offer's skills factor.
 */
final class OccupationProfiles {
  private static final int[] NO_IDS = new int[0];
  private static final float[] NO_SHARES = new float[0];

  /**
   * The skills of one occupation's profile, ascending by id, with their weights, profile shares
   * (weight ÷ the profile's total) and whether the profile lists them as essential; {@code order}
   * lists their indices by weight, heaviest first (ties by skill URI).
   */
  record Profile(
      int[] skillIds, double[] weights, float[] shares, boolean[] essential, int[] order) {
    static final Profile NONE =
        new Profile(NO_IDS, new double[0], NO_SHARES, new boolean[0], NO_IDS);

    /** The profile share of skill {@code id}; 0 when the profile does not list it. */
    float share(int id) {
      int at = Arrays.binarySearch(skillIds, id);
      return at < 0 ? 0 : shares[at];
    }

    int size() {
      return skillIds.length;
    }

    /**
     * {@code Σ π × value} over the profile's skills the person covers: what the profile adds to the
     * skills factor of an offer that takes all of it, before the offer's scale.
     */
    double coverage(PreparedCandidate pc) {
      // summed in the order of the taxonomy's URIs, not of ids (which depend on what an engine
      // saw first): equal inputs give equal scores in every engine
      double sum = 0;
      for (int i : order) {
        int slot = pc.skillSlots.get(skillIds[i]);
        if (slot >= 0) {
          sum += shares[i] * (double) pc.skillValue[slot];
        }
      }
      return sum;
    }
  }

  /** The occupations listing one skill, with the skill's profile share in each. */
  record Listing(int[] occupationIds, float[] shares) {}

  private final Concepts concepts;
  private final ScoringProfile profile;
  private final ConcurrentHashMap<Integer, Profile> profiles = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Integer, Listing> listings = new ConcurrentHashMap<>();

  OccupationProfiles(Concepts concepts, ScoringProfile profile) {
    this.concepts = concepts;
    this.profile = profile;
  }

  /** A required skill's weight before normalisation: essential or optional × specificity^γ. */
  double weight(boolean essential, int skillId) {
    return (essential ? profile.essentialSkillWeight() : profile.optionalSkillWeight())
        * Math.pow(concepts.specificity(skillId).value(), profile.skillSpecificity());
  }

  /** The profile of occupation {@code id} (empty for an unknown occupation). */
  Profile of(int occupationId) {
    Profile p = profiles.get(occupationId);
    if (p == null) {
      p = compute(occupationId);
      profiles.putIfAbsent(occupationId, p);
    }
    return p;
  }

  /** The occupations whose profile lists skill {@code id}, with its share in each. */
  Listing listing(int skillId) {
    Listing l = listings.get(skillId);
    if (l == null) {
      List<OccupationSkill> with = concepts.taxonomy().occupationsWith(concepts.key(skillId));
      if (with == null || with.isEmpty()) {
        l = new Listing(NO_IDS, NO_SHARES);
      } else {
        Map<Integer, Float> shares = new LinkedHashMap<>();
        for (OccupationSkill os : with) {
          int occupation = concepts.id(os.occupationUri());
          shares.computeIfAbsent(occupation, o -> of(o).share(skillId));
        }
        int[] ids = new int[shares.size()];
        float[] pi = new float[ids.length];
        int i = 0;
        for (Map.Entry<Integer, Float> e : shares.entrySet()) {
          ids[i] = e.getKey();
          pi[i++] = e.getValue();
        }
        l = new Listing(ids, pi);
      }
      listings.putIfAbsent(skillId, l);
    }
    return l;
  }

  private Profile compute(int occupationId) {
    List<OccupationSkill> skills = concepts.taxonomy().skillsOf(concepts.key(occupationId));
    if (skills == null || skills.isEmpty()) {
      return Profile.NONE;
    }
    // a skill listed twice weighs as its heavier listing, and is essential when that one is
    Map<Integer, Double> weights = new LinkedHashMap<>();
    Map<Integer, Boolean> essential = new LinkedHashMap<>();
    for (OccupationSkill os : skills) {
      int id = concepts.id(os.skillUri());
      double w = weight(os.essential(), id);
      Double had = weights.get(id);
      if (had == null || w > had) {
        weights.put(id, w);
        essential.put(id, os.essential());
      }
    }
    double total = 0;
    for (double w : weights.values()) {
      total += w;
    }
    List<Integer> ids = new ArrayList<>(weights.keySet());
    ids.sort(null);
    int[] out = new int[ids.size()];
    float[] shares = new float[out.length];
    double[] w = new double[out.length];
    boolean[] ess = new boolean[out.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = ids.get(i);
      w[i] = weights.get(out[i]);
      // rounded down, so that share ÷ π (the offer's scale) errs on the high side
      shares[i] = Math.nextDown((float) (weights.get(out[i]) / total));
      ess[i] = essential.get(out[i]);
    }
    Integer[] byWeight = new Integer[out.length];
    for (int i = 0; i < out.length; i++) {
      byWeight[i] = i;
    }
    Arrays.sort(
        byWeight,
        java.util.Comparator.comparingDouble((Integer i) -> -weights.get(out[i]))
            .thenComparing(i -> concepts.key(out[i])));
    int[] order = new int[out.length];
    for (int i = 0; i < out.length; i++) {
      order[i] = byWeight[i];
    }
    return new Profile(out, w, shares, ess, order);
  }
}
