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

import java.time.LocalDate;
import java.util.List;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.GeoPoint;
import org.chancengeber.matcher.model.Message;
import org.chancengeber.matcher.model.Vacancy;

/**
 * An offer resolved once, when it is indexed: its concepts as int ids, each skill's share of the
 * skills factor, its language minimums. The skills compared are the offer's own ({@link #skills}
 * and the arrays beside it), followed, where the offer takes its occupation's whole profile beside
 * them, by the profile's other skills: those are not copied per offer but read from the shared
 * {@link OccupationProfiles.Profile}, each with share ρ × π (its profile share π, the offer's scale
 * ρ), so a million offers do not hold a million copies of their occupations' profiles. Made by
 * {@link MatchScorer#prepare(Vacancy)}; immutable and thread-safe. The accessors serve the index,
 * which stores these values as Lucene fields.
 */
public final class PreparedVacancy {
  final Vacancy vacancy;

  /** The offer's type and places, beside its other scoring facts (no detour via the record). */
  final org.chancengeber.matcher.model.OfferType type;

  final int places;
  final int occupation;
  final String occupationLabel;
  final int[] skills;
  final boolean[] essential;
  final float[] share;

  /** How many of the skills, from the first, are labelled by their resolved term. */
  private final int termLabels;

  final boolean skillsFromOccupation;
  final int listedSkills;
  final boolean[] profileEssential;
  final String[] langCodes;
  final Cefr[] langMin;
  final boolean[] langEssential;
  final double[] langShare;
  final List<Message> notes;
  private final int profileFrom;
  private final float profileScale;

  /** The occupation's profile whose skills not named here follow {@link #skills}; or none. */
  final OccupationProfiles.Profile shared;

  /** The scale ρ of {@link #shared}: each of its skills counts ρ × its profile share; 0 if none. */
  final double rho;

  /** For each skill the offer names, its share π in {@link #shared} (0 when not in it). */
  final float[] namedPi;

  private final int sharedCount;
  final long startDay;
  final double latRad;
  final double lonRad;
  final double cosLat;

  PreparedVacancy(
      Vacancy vacancy,
      int occupation,
      String occupationLabel,
      int[] skills,
      boolean[] essential,
      float[] share,
      int termLabels,
      boolean skillsFromOccupation,
      int listedSkills,
      boolean[] profileEssential,
      String[] langCodes,
      Cefr[] langMin,
      boolean[] langEssential,
      double[] langShare,
      List<Message> notes,
      int profileFrom,
      double profileScale,
      OccupationProfiles.Profile shared,
      double rho,
      float[] namedPi,
      int sharedCount) {
    this.vacancy = vacancy;
    this.type = vacancy.type();
    this.places = vacancy.places();
    this.occupation = occupation;
    this.occupationLabel = occupationLabel;
    this.skills = skills;
    this.essential = essential;
    this.share = share;
    this.termLabels = termLabels;
    this.skillsFromOccupation = skillsFromOccupation;
    this.listedSkills = listedSkills;
    this.profileEssential = profileEssential;
    this.langCodes = langCodes;
    this.langMin = langMin;
    this.langEssential = langEssential;
    this.langShare = langShare;
    this.notes = List.copyOf(notes);
    this.profileFrom = profileFrom;
    this.shared = shared;
    this.rho = rho;
    this.namedPi = namedPi;
    this.sharedCount = sharedCount;
    // rounded up: ρ × π stays at least each profile skill's share
    this.profileScale = profileScale <= 0 ? 0 : Math.nextUp((float) profileScale);
    this.startDay = vacancy.start().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
    this.latRad = Math.toRadians(vacancy.location().point().lat());
    this.lonRad = Math.toRadians(vacancy.location().point().lon());
    this.cosLat = Math.cos(latRad);
  }

  /**
   * Phase one: the skills from {@link #profileFrom()} on come from the occupation's profile and are
   * carried by one occupation-profile term, valued {@link #profileScale()}; the skills before it
   * are terms of their own.
   */
  public int profileFrom() {
    return profileFrom;
  }

  /**
   * Phase one's feature for named skill {@code i} (before {@link #profileFrom()}): its share, less
   * what the occupation-profile term counts of it again. That term sums the person's values over
   * the occupation's whole profile, the named skills too, times {@link #profileScale()}; the exact
   * factor counts the shared profile's skills the offer does not name. So a named skill in the
   * shared profile is carried by {@code share − profileScale × π}, and the two terms together are
   * still at least the factor (as {@code profileScale ≥ ρ} and the profile's coverage is at least
   * the named skills'). 0 when nothing is left (no feature); the share itself where the profile
   * part is copied or absent.
   */
  public float phaseOneShare(int i) {
    if (i >= namedPi.length || namedPi[i] <= 0 || profileScale <= 0) {
      return share[i];
    }
    double left = share[i] - (double) profileScale * namedPi[i];
    if (left < 1e-9) {
      return 0;
    }
    float f = (float) left;
    return f < left ? Math.nextUp(f) : f;
  }

  /**
   * The scale ρ of the profile part: each of its skills' share is at most ρ × the skill's share of
   * the occupation's profile; 0 when the offer has no profile part.
   */
  public float profileScale() {
    return profileScale;
  }

  /**
   * The label of skill {@code i} (id {@code id}): the resolved term for a skill the offer names,
   * the taxonomy's label for one of the occupation's profile; from the (cached) concepts, not kept
   * per offer: a million offers would hold 250 MB of references to them.
   */
  String skillLabel(int i, int id, Concepts concepts) {
    return i < termLabels ? concepts.term(id) : concepts.label(id);
  }

  /** Every skill compared, in order: the offer's own, then the shared profile's, heaviest first. */
  record SkillView(int[] ids, float[] shares, boolean[] essential, boolean[] profileEssential) {}

  /** The skills compared, worked out from the shared profile (for phase one and explanations). */
  SkillView view() {
    int own = skills.length;
    int n = own + sharedCount;
    int[] ids = java.util.Arrays.copyOf(skills, n);
    float[] shares = java.util.Arrays.copyOf(share, n);
    boolean[] ess = java.util.Arrays.copyOf(essential, n);
    boolean[] profileEss = java.util.Arrays.copyOf(profileEssential, n);
    int j = own;
    for (int o : shared.order()) {
      int id = shared.skillIds()[o];
      if (!named(id)) {
        ids[j] = id;
        shares[j] = (float) (rho * shared.shares()[o]);
        profileEss[j] = shared.essential()[o];
        j++;
      }
    }
    return new SkillView(ids, shares, ess, profileEss);
  }

  private boolean named(int id) {
    for (int i = 0; i < listedSkills; i++) {
      if (skills[i] == id) {
        return true;
      }
    }
    return false;
  }

  public Vacancy vacancy() {
    return vacancy;
  }

  public String id() {
    return vacancy.id();
  }

  public GeoPoint point() {
    return vacancy.location().point();
  }

  /** The occupation's concept id, or -1 when the offer names none. */
  public int occupationId() {
    return occupation;
  }

  /**
   * Number of skills compared: the offer's own followed by the weightiest further skills of its
   * occupation's profile, or its occupation's when it lists none.
   */
  public int skillCount() {
    return skills.length + sharedCount;
  }

  /**
   * The id of skill {@code i}. For a skill of the shared profile this works the whole {@link
   * #view()} out (an allocation per call): the index reads only the named ones, below {@link
   * #profileFrom()}.
   */
  public int skillId(int i) {
    return i < skills.length ? skills[i] : view().ids()[i];
  }

  /**
   * Share of skill {@code i} in the skills factor: its weight (essential or optional) × its
   * specificity in the taxonomy, normalised so that all shares sum to 1. Depends on this offer and
   * the taxonomy only. Beyond the named skills, as {@link #skillId}: one view per call.
   */
  public float skillShare(int i) {
    return i < share.length ? share[i] : view().shares()[i];
  }

  public int languageCount() {
    return langCodes.length;
  }

  public String languageCode(int i) {
    return langCodes[i];
  }

  public Cefr languageMin(int i) {
    return langMin[i];
  }

  public boolean languageEssential(int i) {
    return langEssential[i];
  }

  /** The share of the language factor that the {@code i}-th minimum carries (they sum to 1). */
  public float languageShare(int i) {
    return (float) langShare[i];
  }

  @Override
  public String toString() {
    return "PreparedVacancy[" + vacancy.id() + "]";
  }
}
