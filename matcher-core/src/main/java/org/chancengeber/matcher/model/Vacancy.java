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
import org.chancengeber.matcher.check.Checks;

/**
 * An employer's offer: a job, apprenticeship, EQ, TQ or practical trial.
 *
 * @param occupation the occupation it is for, where given
 * @param level KldB requirement level, where given
 * @param drivingLicence licence class the offer requires, where any
 * @param acceptsWithoutCertificates whether skills shown in practice are accepted in place of
 *     certificates
 * @param places open places (at least 1 while the offer is live)
 * @param start start date; empty means as soon as possible
 * @param id the offer's id (1 to 64 of A-Z a-z 0-9 . _ : -)
 * @param employer the employer
 * @param type job, apprenticeship, EQ, TQ or practical trial
 * @param title the title as advertised
 * @param location where the work is
 * @param skills the skills the offer asks for
 * @param languages the language levels the offer asks for
 * @param requiresSchoolCertificate the school certificate the offer asks for, if any
 * @param durationMonths how long the offer runs, where limited
 * @param hoursPerWeek working hours per week, where given
 * @param description free text of the advert
 */
public record Vacancy(
    String id,
    Employer employer,
    OfferType type,
    String title,
    Optional<ConceptRef> occupation,
    Optional<RequirementLevel> level,
    List<RequiredSkill> skills,
    List<LanguageRequirement> languages,
    SchoolCertificate requiresSchoolCertificate,
    Optional<DrivingLicence> drivingLicence,
    boolean acceptsWithoutCertificates,
    Location location,
    int places,
    Optional<LocalDate> start,
    OptionalInt durationMonths,
    OptionalInt hoursPerWeek,
    String description) {

  /**
   * Creates an offer, checking that no component is null and the numbers are in range, and copying
   * the lists and sets.
   */
  public Vacancy {
    Checks.id("id", requireNonNull(id, "id"));
    requireNonNull(employer, "employer");
    requireNonNull(type, "type");
    requireNonNull(title, "title");
    requireNonNull(occupation, "occupation");
    requireNonNull(level, "level");
    requireNonNull(requiresSchoolCertificate, "requiresSchoolCertificate");
    requireNonNull(drivingLicence, "drivingLicence");
    requireNonNull(location, "location");
    requireNonNull(start, "start");
    requireNonNull(durationMonths, "durationMonths");
    requireNonNull(hoursPerWeek, "hoursPerWeek");
    requireNonNull(description, "description");
    durationMonths.ifPresent(m -> Checks.inRange("durationMonths", m, 1, 120));
    hoursPerWeek.ifPresent(h -> Checks.inRange("hoursPerWeek", h, 1, 60));
    if (places < 0) {
      throw new IllegalArgumentException("places (" + places + ") must not be negative");
    }
    skills = List.copyOf(skills);
    languages = List.copyOf(languages);
  }

  /**
   * {@return the minimum level the offer requires in {@code code}, if any}
   *
   * @param code ISO 639-1 language code, e.g. {@code de}
   */
  public Optional<LanguageRequirement> language(String code) {
    return languages.stream().filter(l -> l.code().equals(code)).findFirst();
  }

  /**
   * {@return a builder with the required fields; everything else has defaults}
   *
   * @param id the offer's id
   * @param employer the employer
   * @param type the offer type
   * @param location where the work is
   */
  public static Builder builder(String id, Employer employer, OfferType type, Location location) {
    return new Builder(id, employer, type, location);
  }

  /** {@return a builder holding this offer's values: change some, build a new offer} */
  public Builder toBuilder() {
    Builder b = new Builder(id, employer, type, location);
    b.title = title;
    b.occupation = occupation;
    b.level = level;
    b.skills.addAll(skills);
    b.languages.addAll(languages);
    b.requiresSchoolCertificate = requiresSchoolCertificate;
    b.drivingLicence = drivingLicence;
    b.acceptsWithoutCertificates = acceptsWithoutCertificates;
    b.places = places;
    b.start = start;
    b.durationMonths = durationMonths;
    b.hoursPerWeek = hoursPerWeek;
    b.description = description;
    return b;
  }

  /** Builds a vacancy field by field; for tests, generators and embedding applications. */
  public static final class Builder {
    private String id;
    private Employer employer;
    private OfferType type;
    private Location location;
    private String title = "";
    private Optional<ConceptRef> occupation = Optional.empty();
    private Optional<RequirementLevel> level = Optional.empty();
    private final java.util.ArrayList<RequiredSkill> skills = new java.util.ArrayList<>();
    private final java.util.ArrayList<LanguageRequirement> languages = new java.util.ArrayList<>();
    private SchoolCertificate requiresSchoolCertificate = SchoolCertificate.NONE;
    private Optional<DrivingLicence> drivingLicence = Optional.empty();
    private boolean acceptsWithoutCertificates = true;
    private int places = 1;
    private Optional<LocalDate> start = Optional.empty();
    private OptionalInt durationMonths = OptionalInt.empty();
    private OptionalInt hoursPerWeek = OptionalInt.empty();
    private String description = "";

    private Builder(String id, Employer employer, OfferType type, Location location) {
      this.id = id;
      this.employer = employer;
      this.type = type;
      this.location = location;
    }

    /**
     * Sets the id.
     *
     * @param id the offer's id
     * @return this builder
     */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the employer.
     *
     * @param employer the employer
     * @return this builder
     */
    public Builder employer(Employer employer) {
      this.employer = employer;
      return this;
    }

    /**
     * Sets the offer type.
     *
     * @param type job, apprenticeship, EQ, TQ or practical trial
     * @return this builder
     */
    public Builder type(OfferType type) {
      this.type = type;
      return this;
    }

    /**
     * Sets where the work is.
     *
     * @param location the location
     * @return this builder
     */
    public Builder location(Location location) {
      this.location = location;
      return this;
    }

    /**
     * Replaces the skills the offer asks for.
     *
     * @param required the skills
     * @return this builder
     */
    public Builder skills(Collection<RequiredSkill> required) {
      skills.clear();
      skills.addAll(required);
      return this;
    }

    /**
     * Replaces the language minimums.
     *
     * @param requirements the minimums
     * @return this builder
     */
    public Builder languages(Collection<LanguageRequirement> requirements) {
      languages.clear();
      languages.addAll(requirements);
      return this;
    }

    /**
     * Sets the title.
     *
     * @param title the title as advertised
     * @return this builder
     */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /**
     * Sets the occupation.
     *
     * @param occupation the occupation
     * @return this builder
     */
    public Builder occupation(ConceptRef occupation) {
      this.occupation = Optional.of(occupation);
      return this;
    }

    /**
     * Sets the requirement level.
     *
     * @param level the KldB requirement level
     * @return this builder
     */
    public Builder level(RequirementLevel level) {
      this.level = Optional.of(level);
      return this;
    }

    /**
     * Adds a skill the offer asks for.
     *
     * @param skill the skill
     * @param essential whether it is essential
     * @return this builder
     */
    public Builder skill(ConceptRef skill, boolean essential) {
      skills.add(new RequiredSkill(skill, essential));
      return this;
    }

    /**
     * Adds an essential language minimum.
     *
     * @param code ISO 639-1 language code
     * @param min the minimum level
     * @return this builder
     */
    public Builder language(String code, Cefr min) {
      languages.add(new LanguageRequirement(code, min, true));
      return this;
    }

    /**
     * Adds a language minimum.
     *
     * @param requirement the requirement
     * @return this builder
     */
    public Builder language(LanguageRequirement requirement) {
      languages.add(requirement);
      return this;
    }

    /**
     * Sets the school certificate the offer asks for.
     *
     * @param certificate the certificate
     * @return this builder
     */
    public Builder requiresSchoolCertificate(SchoolCertificate certificate) {
      this.requiresSchoolCertificate = certificate;
      return this;
    }

    /**
     * Adds a driving licence class the offer asks for.
     *
     * @param licence the class
     * @return this builder
     */
    public Builder drivingLicence(DrivingLicence licence) {
      this.drivingLicence = Optional.of(licence);
      return this;
    }

    /**
     * Sets whether the employer takes people without formal certificates.
     *
     * @param accepts whether it does
     * @return this builder
     */
    public Builder acceptsWithoutCertificates(boolean accepts) {
      this.acceptsWithoutCertificates = accepts;
      return this;
    }

    /**
     * Sets the number of places.
     *
     * @param places places, not negative
     * @return this builder
     */
    public Builder places(int places) {
      this.places = places;
      return this;
    }

    /**
     * Sets the start date.
     *
     * @param start the first day
     * @return this builder
     */
    public Builder start(LocalDate start) {
      this.start = Optional.of(start);
      return this;
    }

    /**
     * Sets how long the offer runs.
     *
     * @param months the duration in months
     * @return this builder
     */
    public Builder durationMonths(int months) {
      this.durationMonths = OptionalInt.of(months);
      return this;
    }

    /**
     * Sets the working hours per week.
     *
     * @param hours hours per week
     * @return this builder
     */
    public Builder hoursPerWeek(int hours) {
      this.hoursPerWeek = OptionalInt.of(hours);
      return this;
    }

    /**
     * Sets the advert's free text.
     *
     * @param description the text
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** {@return the offer} */
    public Vacancy build() {
      return new Vacancy(
          id,
          employer,
          type,
          title,
          occupation,
          level,
          skills,
          languages,
          requiresSchoolCertificate,
          drivingLicence,
          acceptsWithoutCertificates,
          location,
          places,
          start,
          durationMonths,
          hoursPerWeek,
          description);
    }
  }
}
