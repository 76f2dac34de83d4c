package org.chancengeber.matcher.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A person looking for work or training: everything the matcher may use. Protected attributes are
 * not here but in {@link AuditAttributes}, paired only in {@link CandidateRecord}.
 *
 * @param maxTravelKm how far the person can travel to the offer (0..1000 km)
 * @param availableFrom from when the person can start; empty means now
 * @param hoursPerWeek hours the person can work per week, where limited
 * @param birthYear year of birth, where known (age rules for EQ, TQ and validation)
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

  public Candidate {
    requireNonNull(id, "id");
    requireNonNull(location, "location");
    requireNonNull(availableFrom, "availableFrom");
    requireNonNull(hoursPerWeek, "hoursPerWeek");
    requireNonNull(birthYear, "birthYear");
    requireNonNull(literacy, "literacy");
    requireNonNull(education, "education");
    requireNonNull(residence, "residence");
    requireNonNull(preferences, "preferences");
    if (!(maxTravelKm >= 0 && maxTravelKm <= 1000)) {
      throw new IllegalArgumentException("maxTravelKm (" + maxTravelKm + ") must be in 0..1000");
    }
    languages = List.copyOf(languages);
    drivingLicences = Set.copyOf(drivingLicences);
    skills = List.copyOf(skills);
    experience = List.copyOf(experience);
    qualifications = List.copyOf(qualifications);
    measures = List.copyOf(measures);
  }

  /** The person's level in {@code code}, if any. */
  public Optional<LanguageLevel> language(String code) {
    return languages.stream().filter(l -> l.code().equals(code)).findFirst();
  }

  /** Age in whole years on {@code date}, assuming a birthday mid-year; empty when unknown. */
  public OptionalInt ageOn(LocalDate date) {
    return birthYear.isPresent()
        ? OptionalInt.of(date.getYear() - birthYear.getAsInt())
        : OptionalInt.empty();
  }

  public static Builder builder(String id, Location location, Residence residence) {
    return new Builder(id, location, residence);
  }

  /** Builds a candidate field by field; for tests, generators and embedding applications. */
  public static final class Builder {
    private final String id;
    private final Location location;
    private final Residence residence;
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

    public Builder maxTravelKm(double km) {
      this.maxTravelKm = km;
      return this;
    }

    public Builder availableFrom(LocalDate date) {
      this.availableFrom = Optional.of(date);
      return this;
    }

    public Builder hoursPerWeek(int hours) {
      this.hoursPerWeek = OptionalInt.of(hours);
      return this;
    }

    public Builder birthYear(int year) {
      this.birthYear = OptionalInt.of(year);
      return this;
    }

    public Builder language(LanguageLevel level) {
      languages.add(level);
      return this;
    }

    public Builder language(String code, Cefr level) {
      return language(LanguageLevel.of(code, level));
    }

    public Builder literacy(Literacy literacy) {
      this.literacy = literacy;
      return this;
    }

    public Builder education(Education education) {
      this.education = education;
      return this;
    }

    public Builder drivingLicence(DrivingLicence licence) {
      drivingLicences.add(licence);
      return this;
    }

    public Builder skill(SkillClaim claim) {
      skills.add(claim);
      return this;
    }

    public Builder experience(Experience e) {
      experience.add(e);
      return this;
    }

    public Builder qualification(Qualification q) {
      qualifications.add(q);
      return this;
    }

    public Builder measure(Measure m) {
      measures.add(m);
      return this;
    }

    public Builder preferences(Preferences preferences) {
      this.preferences = preferences;
      return this;
    }

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
