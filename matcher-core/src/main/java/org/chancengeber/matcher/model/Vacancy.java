package org.chancengeber.matcher.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

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

  public Vacancy {
    requireNonNull(id, "id");
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
    if (places < 0) {
      throw new IllegalArgumentException("places (" + places + ") must not be negative");
    }
    skills = List.copyOf(skills);
    languages = List.copyOf(languages);
  }

  /** The minimum level the offer requires in {@code code}, if any. */
  public Optional<LanguageRequirement> language(String code) {
    return languages.stream().filter(l -> l.code().equals(code)).findFirst();
  }

  public static Builder builder(String id, Employer employer, OfferType type, Location location) {
    return new Builder(id, employer, type, location);
  }

  /** Builds a vacancy field by field; for tests, generators and embedding applications. */
  public static final class Builder {
    private final String id;
    private final Employer employer;
    private final OfferType type;
    private final Location location;
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

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder occupation(ConceptRef occupation) {
      this.occupation = Optional.of(occupation);
      return this;
    }

    public Builder level(RequirementLevel level) {
      this.level = Optional.of(level);
      return this;
    }

    public Builder skill(ConceptRef skill, boolean essential) {
      skills.add(new RequiredSkill(skill, essential));
      return this;
    }

    public Builder language(String code, Cefr min) {
      languages.add(new LanguageRequirement(code, min, true));
      return this;
    }

    public Builder language(LanguageRequirement requirement) {
      languages.add(requirement);
      return this;
    }

    public Builder requiresSchoolCertificate(SchoolCertificate certificate) {
      this.requiresSchoolCertificate = certificate;
      return this;
    }

    public Builder drivingLicence(DrivingLicence licence) {
      this.drivingLicence = Optional.of(licence);
      return this;
    }

    public Builder acceptsWithoutCertificates(boolean accepts) {
      this.acceptsWithoutCertificates = accepts;
      return this;
    }

    public Builder places(int places) {
      this.places = places;
      return this;
    }

    public Builder start(LocalDate start) {
      this.start = Optional.of(start);
      return this;
    }

    public Builder durationMonths(int months) {
      this.durationMonths = OptionalInt.of(months);
      return this;
    }

    public Builder hoursPerWeek(int hours) {
      this.hoursPerWeek = OptionalInt.of(hours);
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

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
