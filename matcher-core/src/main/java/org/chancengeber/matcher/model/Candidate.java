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
package org.chancengeber.matcher.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.chancengeber.matcher.check.Checks;

/**
 * A person looking for work or training: everything the matcher may use. Protected attributes are
 * not here but in {@link AuditAttributes}, paired only in {@link CandidateRecord}.
 *
 * @param maxTravelKm how far the person can travel to the offer (0..1000 km)
 * @param availableFrom from when the person can start; empty means now
 * @param hoursPerWeek hours the person can work per week, where limited
 * @param birthYear year of birth, where known (age rules for EQ, TQ and validation)
 * @param id the person's id (1 to 64 of A-Z a-z 0-9 . _ : -)
 * @param location where the person lives
 * @param languages the person's language levels
 * @param literacy the script the person reads and writes
 * @param education school education and the certificate
 * @param residence residence status and permission to work
 * @param drivingLicences the driving licence classes held
 * @param skills the skills the person has, with evidence
 * @param experience work experience by occupation
 * @param qualifications vocational and academic qualifications
 * @param measures courses, trials and assessments taken part in
 * @param preferences preferred occupations and offer types
 */
public record Candidate(
    String id,
    Location location,
    double maxTravelKm,
    Optional<LocalDate> availableFrom,
    OptionalInt hoursPerWeek,
    OptionalInt birthYear,
    List<LanguageLevel> languages,
    Literacy literacy,
    Education education,
    Residence residence,
    Set<DrivingLicence> drivingLicences,
    List<SkillClaim> skills,
    List<Experience> experience,
    List<Qualification> qualifications,
    List<Measure> measures,
    Preferences preferences) {

  /**
   * Creates a person, checking that no component is null and {@code maxTravelKm} is in 0..1000, and
   * copying the lists and sets.
   */
  public Candidate {
    Checks.id("id", requireNonNull(id, "id"));
    requireNonNull(location, "location");
    requireNonNull(availableFrom, "availableFrom");
    requireNonNull(hoursPerWeek, "hoursPerWeek");
    requireNonNull(birthYear, "birthYear");
    requireNonNull(literacy, "literacy");
    requireNonNull(education, "education");
    requireNonNull(residence, "residence");
    requireNonNull(preferences, "preferences");
    Checks.inRange("maxTravelKm", maxTravelKm, 0, 1000);
    hoursPerWeek.ifPresent(h -> Checks.inRange("hoursPerWeek", h, 1, 60));
    languages = List.copyOf(languages);
    drivingLicences = Set.copyOf(drivingLicences);
    skills = List.copyOf(skills);
    experience = List.copyOf(experience);
    qualifications = List.copyOf(qualifications);
    measures = List.copyOf(measures);
  }

  /**
   * {@return the person's level in {@code code}, if any}
   *
   * @param code ISO 639-1 language code, e.g. {@code de}
   */
  public Optional<LanguageLevel> language(String code) {
    return languages.stream().filter(l -> l.code().equals(code)).findFirst();
  }

  /**
   * {@return age in whole years on {@code date}, assuming a birthday mid-year; empty when unknown}
   *
   * @param date the date
   */
  public OptionalInt ageOn(LocalDate date) {
    return birthYear.isPresent()
        ? OptionalInt.of(date.getYear() - birthYear.getAsInt())
        : OptionalInt.empty();
  }

  /**
   * {@return a builder with the required fields; everything else has defaults (25 km, Latin script,
   * no preferences)}
   *
   * @param id the person's id
   * @param location where the person lives
   * @param residence residence status and permission to work
   */
  public static Builder builder(String id, Location location, Residence residence) {
    return new Builder(id, location, residence);
  }

  /**
   * {@return a builder holding this person's values: change some, build a new person}
   *
   * <p>{@code person.toBuilder().language("de", Cefr.B1).build()} is the same person with German B1
   * added; {@code languages(List.of(...))} replaces the list instead.
   */
  public Builder toBuilder() {
    Builder b = new Builder(id, location, residence);
    b.maxTravelKm = maxTravelKm;
    b.availableFrom = availableFrom;
    b.hoursPerWeek = hoursPerWeek;
    b.birthYear = birthYear;
    b.languages.addAll(languages);
    b.literacy = literacy;
    b.education = education;
    b.drivingLicences.addAll(drivingLicences);
    b.skills.addAll(skills);
    b.experience.addAll(experience);
    b.qualifications.addAll(qualifications);
    b.measures.addAll(measures);
    b.preferences = preferences;
    return b;
  }

  /**
   * Builds a candidate field by field; for tests, generators and embedding applications. Values are
   * checked by {@link #build()}, with the messages the JSON reader gives for the same values.
   */
  public static final class Builder {
    private String id;
    private Location location;
    private Residence residence;
    private double maxTravelKm = 25;
    private Optional<LocalDate> availableFrom = Optional.empty();
    private OptionalInt hoursPerWeek = OptionalInt.empty();
    private OptionalInt birthYear = OptionalInt.empty();
    private final java.util.ArrayList<LanguageLevel> languages = new java.util.ArrayList<>();
    private Literacy literacy = Literacy.LATIN;
    private Education education = Education.UNKNOWN;
    private final java.util.EnumSet<DrivingLicence> drivingLicences =
        java.util.EnumSet.noneOf(DrivingLicence.class);
    private final java.util.ArrayList<SkillClaim> skills = new java.util.ArrayList<>();
    private final java.util.ArrayList<Experience> experience = new java.util.ArrayList<>();
    private final java.util.ArrayList<Qualification> qualifications = new java.util.ArrayList<>();
    private final java.util.ArrayList<Measure> measures = new java.util.ArrayList<>();
    private Preferences preferences = Preferences.NONE;

    private Builder(String id, Location location, Residence residence) {
      this.id = id;
      this.location = location;
      this.residence = residence;
    }

    /**
     * Sets the id.
     *
     * @param id the person's id
     * @return this builder
     */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets where the person lives.
     *
     * @param location the location
     * @return this builder
     */
    public Builder location(Location location) {
      this.location = location;
      return this;
    }

    /**
     * Sets the residence status and permission to work.
     *
     * @param residence the residence
     * @return this builder
     */
    public Builder residence(Residence residence) {
      this.residence = residence;
      return this;
    }

    /**
     * Replaces the language levels.
     *
     * @param levels the levels
     * @return this builder
     */
    public Builder languages(Collection<LanguageLevel> levels) {
      languages.clear();
      languages.addAll(levels);
      return this;
    }

    /**
     * Replaces the driving licence classes.
     *
     * @param licences the classes
     * @return this builder
     */
    public Builder drivingLicences(Collection<DrivingLicence> licences) {
      drivingLicences.clear();
      drivingLicences.addAll(licences);
      return this;
    }

    /**
     * Replaces the skills.
     *
     * @param claims the skills with their evidence
     * @return this builder
     */
    public Builder skills(Collection<SkillClaim> claims) {
      skills.clear();
      skills.addAll(claims);
      return this;
    }

    /**
     * Replaces the work experience.
     *
     * @param experiences the experience
     * @return this builder
     */
    public Builder experience(Collection<Experience> experiences) {
      experience.clear();
      experience.addAll(experiences);
      return this;
    }

    /**
     * Replaces the qualifications.
     *
     * @param all the qualifications
     * @return this builder
     */
    public Builder qualifications(Collection<Qualification> all) {
      qualifications.clear();
      qualifications.addAll(all);
      return this;
    }

    /**
     * Replaces the measures.
     *
     * @param all the measures
     * @return this builder
     */
    public Builder measures(Collection<Measure> all) {
      measures.clear();
      measures.addAll(all);
      return this;
    }

    /**
     * Sets how far the person can travel (default 25 km).
     *
     * @param km kilometres, 0..1000
     * @return this builder
     */
    public Builder maxTravelKm(double km) {
      this.maxTravelKm = km;
      return this;
    }

    /**
     * Sets from when the person can start (default: now).
     *
     * @param date the first day
     * @return this builder
     */
    public Builder availableFrom(LocalDate date) {
      this.availableFrom = Optional.of(date);
      return this;
    }

    /**
     * Sets the hours the person can work per week (default: not limited).
     *
     * @param hours hours per week
     * @return this builder
     */
    public Builder hoursPerWeek(int hours) {
      this.hoursPerWeek = OptionalInt.of(hours);
      return this;
    }

    /**
     * Sets the year of birth (default: unknown).
     *
     * @param year the year
     * @return this builder
     */
    public Builder birthYear(int year) {
      this.birthYear = OptionalInt.of(year);
      return this;
    }

    /**
     * Adds a language level.
     *
     * @param level the level
     * @return this builder
     */
    public Builder language(LanguageLevel level) {
      languages.add(level);
      return this;
    }

    /**
     * Adds a language level, the same in every dimension.
     *
     * @param code ISO 639-1 language code, e.g. {@code de}
     * @param level the CEFR level
     * @return this builder
     */
    public Builder language(String code, Cefr level) {
      return language(LanguageLevel.of(code, level));
    }

    /**
     * Sets the script the person reads and writes (default Latin).
     *
     * @param literacy the literacy
     * @return this builder
     */
    public Builder literacy(Literacy literacy) {
      this.literacy = literacy;
      return this;
    }

    /**
     * Sets the school education (default unknown).
     *
     * @param education the education
     * @return this builder
     */
    public Builder education(Education education) {
      this.education = education;
      return this;
    }

    /**
     * Adds a driving licence class.
     *
     * @param licence the class
     * @return this builder
     */
    public Builder drivingLicence(DrivingLicence licence) {
      drivingLicences.add(licence);
      return this;
    }

    /**
     * Adds a skill.
     *
     * @param claim the skill with its evidence
     * @return this builder
     */
    public Builder skill(SkillClaim claim) {
      skills.add(claim);
      return this;
    }

    /**
     * Adds work experience.
     *
     * @param e the experience
     * @return this builder
     */
    public Builder experience(Experience e) {
      experience.add(e);
      return this;
    }

    /**
     * Adds a qualification.
     *
     * @param q the qualification
     * @return this builder
     */
    public Builder qualification(Qualification q) {
      qualifications.add(q);
      return this;
    }

    /**
     * Adds a measure taken part in.
     *
     * @param m the measure
     * @return this builder
     */
    public Builder measure(Measure m) {
      measures.add(m);
      return this;
    }

    /**
     * Sets the preferences (default none).
     *
     * @param preferences the preferences
     * @return this builder
     */
    public Builder preferences(Preferences preferences) {
      this.preferences = preferences;
      return this;
    }

    /** {@return the person} */
    public Candidate build() {
      return new Candidate(
          id,
          location,
          maxTravelKm,
          availableFrom,
          hoursPerWeek,
          birthYear,
          languages,
          literacy,
          education,
          residence,
          drivingLicences,
          skills,
          experience,
          qualifications,
          measures,
          preferences);
    }
  }
}
