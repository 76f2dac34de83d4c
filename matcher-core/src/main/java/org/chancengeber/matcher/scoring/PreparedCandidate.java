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

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.Evidence;
import org.chancengeber.matcher.model.GeoPoint;
import org.chancengeber.matcher.model.Message;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.model.Recognition;

/**
 * A person resolved once per query (or when indexed): skill claims expanded through the taxonomy
 * into "skill id → best value" (similarity × evidence weight, similar skills discounted),
 * occupations into "occupation id → experience value". Made by {@link
 * MatchScorer#prepare(Candidate)}; immutable and thread-safe. The accessors serve the index, which
 * turns these values into query weights or feature fields.
 */
public final class PreparedCandidate {
  /**
   * The languages whose reachable level within the horizon every prepared person carries (the index
   * filters people by them), computed once when the person is prepared.
   */
  public static final List<String> REACHABLE_LANGUAGES = List.of("de", "en");

  /** One skill claim as resolved, with the evidence that counts (raised by a positive trial). */
  record Claim(
      int id,
      String label,
      Evidence evidence,
      Evidence claimed,
      Optional<String> provenBy,
      Optional<Message> note) {}

  /** Where occupational experience comes from. */
  enum SourceKind {
    EXPERIENCE,
    QUALIFICATION,
    MEASURE,
    /** An occupation the person's skills point to ({@link OccupationInference}). */
    INFERRED
  }

  /** One source of occupational experience and how strongly it counts. */
  record Source(
      SourceKind kind,
      int index,
      int id,
      String label,
      double strength,
      double years,
      Optional<Recognition> recognition,
      Optional<org.chancengeber.matcher.model.MeasureType> measure,
      Optional<Message> note,
      int skills) {}

  final Candidate candidate;
  final List<Claim> claims;
  final IntSlots skillSlots;
  final float[] skillValue;

  /**
   * The claim each expanded skill comes from (the one giving it the highest value); how similar the
   * skill is to that claim, and how related, the explanation reads from the taxonomy's neighbours
   * ({@link #claimNeighbour}) rather than each person keeping two more arrays of several hundred.
   */
  final int[] skillClaim;

  final boolean[] skillProven;
  final List<Source> sources;
  final IntSlots occSlots;
  final float[] occValue;
  final IntSlots prefSlots;
  final float[] prefValue;
  final int preferredOccupations;
  final Set<OfferType> preferredTypes;
  final Map<String, Cefr> levels;
  private final String[] levelCodes;
  private final Cefr[] levelValues;
  final double pivotKm;
  private final Map<String, Cefr> reachable;

  /**
   * How sure the person's skills are: the mean of the profile's evidence values over their claims
   * (1 without claims). One number per person, so it orders people for an offer and never a
   * person's offers.
   */
  final double sureness;

  /** The value of concept {@code id} in one of the person's slot tables, 0 where it has none. */
  static double valueAt(IntSlots slots, float[] values, int id) {
    if (id < 0) {
      return 0;
    }
    int slot = slots.get(id);
    return slot < 0 ? 0 : values[slot];
  }

  /**
   * Where the expanded skill in {@code slot} sits among the neighbours of its claim ({@code
   * neighbours}, the claim's): its similarity and relation are there.
   */
  int claimNeighbour(int slot, Neighbours neighbours) {
    int j = neighbours.indexOf(skillSlots.key(slot));
    if (j < 0) {
      throw new IllegalStateException(
          "skill " + skillSlots.key(slot) + " is no neighbour of its claim");
    }
    return j;
  }

  final double latRad;
  final double lonRad;
  final double cosLat;

  PreparedCandidate(
      Candidate candidate,
      List<Claim> claims,
      IntSlots skillSlots,
      float[] skillValue,
      int[] skillClaim,
      boolean[] skillProven,
      List<Source> sources,
      IntSlots occSlots,
      float[] occValue,
      IntSlots prefSlots,
      float[] prefValue,
      int preferredOccupations,
      Map<String, Cefr> levels,
      double pivotKm,
      double sureness,
      Map<String, Cefr> reachable) {
    this.candidate = candidate;
    this.claims = List.copyOf(claims);
    this.skillSlots = skillSlots;
    this.skillValue = skillValue;
    this.skillClaim = skillClaim;
    this.skillProven = skillProven;
    this.sources = List.copyOf(sources);
    this.occSlots = occSlots;
    this.occValue = occValue;
    this.prefSlots = prefSlots;
    this.prefValue = prefValue;
    this.preferredOccupations = preferredOccupations;
    this.preferredTypes = Set.copyOf(candidate.preferences().offerTypes());
    this.levels = Map.copyOf(levels);
    this.levelCodes = levels.keySet().stream().sorted().toArray(String[]::new);
    this.levelValues = new Cefr[levelCodes.length];
    for (int i = 0; i < levelCodes.length; i++) {
      levelValues[i] = levels.get(levelCodes[i]);
    }
    this.pivotKm = pivotKm;
    this.sureness = sureness;
    this.reachable = Map.copyOf(reachable);
    this.latRad = Math.toRadians(candidate.location().point().lat());
    this.lonRad = Math.toRadians(candidate.location().point().lon());
    this.cosLat = Math.cos(latRad);
  }

  public Candidate candidate() {
    return candidate;
  }

  public String id() {
    return candidate.id();
  }

  public GeoPoint point() {
    return candidate.location().point();
  }

  public double maxTravelKm() {
    return candidate.maxTravelKm();
  }

  /** Distance at which the distance factor is 1/2. */
  public double pivotKm() {
    return pivotKm;
  }

  /** Number of skills in the expanded profile. */
  public int skillCount() {
    return skillSlots.size();
  }

  public int skillId(int i) {
    return skillSlots.key(i);
  }

  /**
   * How well the person covers skill {@code i}: similarity × evidence weight, a similar (not the
   * same) skill's similarity × {@link
   * org.chancengeber.matcher.profile.ScoringProfile#similarSkillWeight()}; in (0, 1].
   */
  public float skillValue(int i) {
    return skillValue[i];
  }

  /** Number of occupations in the expanded profile. */
  public int occupationCount() {
    return occSlots.size();
  }

  public int occupationId(int i) {
    return occSlots.key(i);
  }

  /** The experience factor for an offer in occupation {@code i}, in (0, 1]. */
  public float occupationValue(int i) {
    return occValue[i];
  }

  /** The offer types the person prefers; empty when none is stated. */
  public Set<OfferType> preferredTypes() {
    return preferredTypes;
  }

  /** Whether the person states preferred occupations at all. */
  public boolean hasPreferredOccupations() {
    return preferredOccupations > 0;
  }

  /** Number of occupations close to a preferred one. */
  public int preferredOccupationCount() {
    return prefSlots.size();
  }

  public int preferredOccupationId(int i) {
    return prefSlots.key(i);
  }

  /** How close occupation {@code i} is to the nearest preferred one, in (0, 1]. */
  public float preferredOccupationValue(int i) {
    return prefValue[i];
  }

  /**
   * The highest level of a language the person can reach within the horizon, for each of {@link
   * #REACHABLE_LANGUAGES}; empty for other languages.
   */
  public Optional<Cefr> reachable(String code) {
    return Optional.ofNullable(reachable.get(code));
  }

  /** The language codes the person has a level in, sorted. */
  public List<String> languageCodes() {
    return List.of(levelCodes);
  }

  /** The person's level in {@code code}, if any. */
  public Optional<Cefr> level(String code) {
    for (int i = 0; i < levelCodes.length; i++) {
      if (levelCodes[i].equals(code)) {
        return Optional.of(levelValues[i]);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "PreparedCandidate[" + candidate.id() + "]";
  }
}
