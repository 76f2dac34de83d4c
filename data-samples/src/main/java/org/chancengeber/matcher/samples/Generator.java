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
package org.chancengeber.matcher.samples;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.chancengeber.matcher.model.AuditAttributes;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.CandidateRecord;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.ConceptRef;
import org.chancengeber.matcher.model.DrivingLicence;
import org.chancengeber.matcher.model.Education;
import org.chancengeber.matcher.model.Employer;
import org.chancengeber.matcher.model.Evidence;
import org.chancengeber.matcher.model.Experience;
import org.chancengeber.matcher.model.LanguageDimension;
import org.chancengeber.matcher.model.LanguageLevel;
import org.chancengeber.matcher.model.LanguageRequirement;
import org.chancengeber.matcher.model.Literacy;
import org.chancengeber.matcher.model.Location;
import org.chancengeber.matcher.model.Measure;
import org.chancengeber.matcher.model.MeasureType;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.model.Preferences;
import org.chancengeber.matcher.model.Qualification;
import org.chancengeber.matcher.model.Recognition;
import org.chancengeber.matcher.model.RequirementLevel;
import org.chancengeber.matcher.model.Residence;
import org.chancengeber.matcher.model.ResidenceStatus;
import org.chancengeber.matcher.model.SchoolCertificate;
import org.chancengeber.matcher.model.SkillClaim;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.model.WorkPermission;
import org.chancengeber.matcher.taxonomy.Labels;
import org.chancengeber.matcher.taxonomy.OccupationSkill;
import org.chancengeber.matcher.taxonomy.Skill;
import org.chancengeber.matcher.taxonomy.Taxonomy;

/**
 * Generates realistic people and offers, deterministically: the same taxonomy, seed and reference
 * date give the same records, element for element, on every run and machine.
 *
 * <p>Each record is drawn from its own {@link SplittableRandom} seeded from the generator's seed
 * and the record's index, so streams are lazy (constant memory for millions of records), any record
 * can be produced on its own, and a prefix of a longer stream equals the shorter stream.
 *
 * <p>The distributions follow DOMAIN.md: people from Syria, Afghanistan, Ukraine, Iraq, Eritrea,
 * Iran, Somalia and Pakistan with their languages; German A1 to C1 skewed low; literacy in Latin
 * script, another script or none; residence from recognised to Duldung with plausible dates; 80 %
 * under 35; skills drawn from the taxonomy's occupation profiles with omissions, noise and every
 * evidence level. Offers of all six types with type-appropriate durations, language minimums,
 * places, starts and employer support. Places are spread over German cities by population.
 *
 * <pre>{@code
 * Generator g = new Generator(SampleData.taxonomy(), 42);
 * try (Stream<CandidateRecord> people = g.candidates(100_000)) { ... }
 * }</pre>
 */
public final class Generator {
  /** The reference date ("today") used unless another is given. */
  public static final LocalDate DEFAULT_REFERENCE_DATE = LocalDate.of(2026, 12, 1);

  private static final long CANDIDATE_SALT = 0x43414E44L;
  private static final long VACANCY_SALT = 0x56414341L;
  private static final long EMPLOYER_SALT = 0x454D504CL;

  private final Taxonomy taxonomy;
  private final long seed;
  private final LocalDate today;
  private final Occupations occupations;
  private final Cities cities = Cities.get();

  /**
   * A generator over {@code taxonomy} with {@link #DEFAULT_REFERENCE_DATE}.
   *
   * @param taxonomy the taxonomy the people's skills and the offers' occupations come from
   * @param seed the seed: the same seed gives the same data
   */
  public Generator(Taxonomy taxonomy, long seed) {
    this(taxonomy, seed, DEFAULT_REFERENCE_DATE);
  }

  /**
   * A generator over {@code taxonomy}; dates (arrivals, permits, starts) are relative to {@code
   * referenceDate}, never to the clock.
   *
   * @throws IllegalArgumentException when the taxonomy has no occupation with skills
   * @param taxonomy the taxonomy the people's skills and the offers' occupations come from
   * @param seed the seed: the same seed gives the same data
   * @param referenceDate the date the generated dates are relative to
   */
  public Generator(Taxonomy taxonomy, long seed, LocalDate referenceDate) {
    this.taxonomy = requireNonNull(taxonomy, "taxonomy");
    this.seed = seed;
    this.today = requireNonNull(referenceDate, "referenceDate");
    this.occupations = new Occupations(taxonomy);
  }

  /**
   * {@code n} people, ids {@code c-1} to {@code c-n}, produced lazily.
   *
   * @param n how many people, not negative
   * @return the people
   */
  public Stream<CandidateRecord> candidates(long n) {
    requireCount(n, "n");
    return LongStream.range(0, n).mapToObj(this::candidate);
  }

  /**
   * {@code m} offers, ids {@code v-1} to {@code v-m}, produced lazily.
   *
   * @param m how many offers, not negative
   * @return the offers
   */
  public Stream<Vacancy> vacancies(long m) {
    requireCount(m, "m");
    long employers = Math.max(1, m / 3);
    return LongStream.range(0, m).mapToObj(i -> vacancy(i, employers));
  }

  private static void requireCount(long count, String name) {
    if (count < 0) {
      throw new IllegalArgumentException(name + " (" + count + ") must not be negative");
    }
  }

  // ---------------------------------------------------------------------------------- people

  /** Where people come from: share, languages, literacy and residence statuses. */
  private enum Origin {
    SY(30, "ar", 0.30, new double[] {45, 50, 5}),
    AF(22, "fa", 0.25, new double[] {30, 50, 20}),
    UA(15, "uk", 0.65, new double[] {88, 12, 0}),
    IQ(9, "ar", 0.35, new double[] {40, 52, 8}),
    ER(6, "ti", 0.30, new double[] {35, 45, 20}),
    IR(6, "fa", 0.40, new double[] {45, 52, 3}),
    SO(5, "so", 0.40, new double[] {50, 25, 25}),
    PK(4, "ur", 0.15, new double[] {40, 50, 10});

    final double weight;
    final String nativeLanguage;
    final double femaleShare;
    final double[] literacy;

    Origin(double weight, String nativeLanguage, double femaleShare, double[] literacy) {
      this.weight = weight;
      this.nativeLanguage = nativeLanguage;
      this.femaleShare = femaleShare;
      this.literacy = literacy;
    }
  }

  CandidateRecord candidate(long index) {
    SplittableRandom r = random(CANDIDATE_SALT, index);
    Origin origin = pick(r, Origin.values(), o -> o.weight);
    boolean female = r.nextDouble() < origin.femaleShare;
    int age = age(r);
    LocalDate arrival = arrival(r, origin);
    double yearsHere = (today.toEpochDay() - arrival.toEpochDay()) / 365.25;

    Literacy literacy = Literacy.values()[pickIndex(r, origin.literacy)];
    Cefr german = german(r, literacy, yearsHere);
    Residence residence = residence(r, origin, arrival);
    Cities.City city = cities.pick(r);
    Location location = Cities.near(city, r, r.nextDouble() < 0.7);

    Candidate.Builder b =
        Candidate.builder("c-" + (index + 1), location, residence)
            .maxTravelKm(
                pick(r, new int[] {10, 15, 20, 25, 30, 40, 50, 75}, 10, 15, 20, 20, 15, 10, 7, 3))
            .birthYear(today.getYear() - age)
            .literacy(literacy);
    if (r.nextDouble() < 0.4) {
      b.availableFrom(today.plusDays(r.nextInt(121)));
    }
    if (r.nextDouble() < 0.5) {
      b.hoursPerWeek(pick(r, new int[] {20, 25, 30, 35, 39, 40}, 10, 10, 20, 15, 20, 25));
    }
    languages(r, b, origin, german);

    int isced = isced(r, literacy);
    b.education(new Education(java.util.OptionalInt.of(isced), school(r, age, yearsHere, isced)));

    Occupations.Entry job = occupations.pick(r);
    if (isced >= 6) {
      for (int i = 0; i < 6 && job.level().kldbDigit() < 3; i++) {
        job = occupations.pick(r);
      }
    }
    boolean experienced = r.nextDouble() < (age >= 22 ? 0.75 : 0.35);
    double years = 0;
    if (experienced) {
      years = 1 + r.nextInt(Math.max(1, Math.min(age - 17, 20)));
      boolean inGermany = r.nextDouble() < 0.15;
      b.experience(
          new Experience(
              occupationReference(r, job),
              inGermany ? Math.min(years, Math.max(1, Math.floor(yearsHere))) : years,
              Optional.of(inGermany ? "DE" : origin.name())));
      if (r.nextDouble() < 0.2) {
        Occupations.Entry second = occupations.pickRelated(job, r);
        if (!second.uri().equals(job.uri())) {
          b.experience(
              new Experience(
                  ConceptRef.id(second.uri()), 1 + r.nextInt(3), Optional.of(origin.name())));
        }
      }
    }
    Optional<Qualification> qualification = Optional.empty();
    if (r.nextDouble() < (isced >= 3 ? 0.45 : 0.15)) {
      Recognition rec = pick(r, Recognition.values(), 35, 20, 25, 20);
      boolean documents = rec != Recognition.NONE || r.nextDouble() < 0.4;
      qualification = Optional.of(new Qualification(ConceptRef.id(job.uri()), rec, documents));
      b.qualification(qualification.get());
    }
    skills(r, b, job, experienced, years, qualification, origin);
    measures(r, b, job, age, arrival, literacy, german);
    drivingLicences(r, b, job, female);
    if (r.nextDouble() < 0.55) {
      List<ConceptRef> wanted = new ArrayList<>();
      wanted.add(ConceptRef.id(job.uri()));
      if (r.nextDouble() < 0.3) {
        Occupations.Entry other = occupations.pickRelated(job, r);
        if (!other.uri().equals(job.uri())) {
          wanted.add(ConceptRef.id(other.uri()));
        }
      }
      Set<OfferType> types = EnumSet.noneOf(OfferType.class);
      if (age < 25) {
        types.add(OfferType.APPRENTICESHIP);
        if (r.nextBoolean()) {
          types.add(OfferType.EQ);
        }
        if (r.nextBoolean()) {
          types.add(OfferType.ASSISTED_APPRENTICESHIP);
        }
      } else {
        types.add(OfferType.JOB);
        if (r.nextDouble() < 0.3) {
          types.add(OfferType.TQ);
        }
      }
      if (r.nextDouble() < 0.3) {
        types.add(OfferType.PRACTICAL_TRIAL);
      }
      b.preferences(new Preferences(wanted, types));
    }
    AuditAttributes audit =
        new AuditAttributes(Map.of("gender", female ? "f" : "m", "nationality", origin.name()));
    return new CandidateRecord(b.build(), audit);
  }

  private int age(SplittableRandom r) {
    if (r.nextDouble() < 0.8) {
      // 18..34, most in their twenties
      return 18 + (r.nextInt(17) + r.nextInt(17)) / 2;
    }
    return 35 + r.nextInt(24);
  }

  private LocalDate arrival(SplittableRandom r, Origin origin) {
    LocalDate from;
    LocalDate to;
    if (origin == Origin.UA) {
      from = LocalDate.of(2022, 3, 1);
      to = LocalDate.of(2025, 12, 31);
    } else {
      double u = r.nextDouble();
      if (u < 0.35) {
        from = LocalDate.of(2015, 6, 1);
        to = LocalDate.of(2016, 12, 31);
      } else if (u < 0.65) {
        from = LocalDate.of(2017, 1, 1);
        to = LocalDate.of(2022, 12, 31);
      } else {
        from = LocalDate.of(2023, 1, 1);
        to = today.minusMonths(1);
      }
    }
    return between(r, from, min(to, today.minusMonths(1)));
  }

  private Cefr german(SplittableRandom r, Literacy literacy, double yearsHere) {
    double[] w;
    if (literacy == Literacy.NONE) {
      w = new double[] {65, 35, 0, 0, 0};
    } else if (yearsHere < 1) {
      w = new double[] {60, 30, 10, 0, 0};
    } else {
      w = new double[] {22, 30, 29, 13, 6};
    }
    return Cefr.values()[pickIndex(r, w)];
  }

  private void languages(SplittableRandom r, Candidate.Builder b, Origin origin, Cefr german) {
    Map<LanguageDimension, Cefr> dims = new EnumMap<>(LanguageDimension.class);
    if (r.nextDouble() < 0.2 && german.ordinal() > 0) {
      // speaking usually runs ahead of writing
      dims.put(LanguageDimension.SPEAKING, german);
      dims.put(LanguageDimension.WRITING, Cefr.values()[german.ordinal() - 1]);
    }
    b.language(new LanguageLevel("de", german, dims, false));
    b.language(new LanguageLevel(origin.nativeLanguage, Cefr.C2, Map.of(), true));
    String second =
        switch (origin) {
          case AF -> r.nextDouble() < 0.3 ? "ps" : null;
          case UA -> r.nextDouble() < 0.6 ? "ru" : null;
          case SY, IQ -> r.nextDouble() < 0.12 ? "ku" : null;
          case ER, SO -> r.nextDouble() < 0.3 ? "ar" : null;
          case PK -> r.nextDouble() < 0.4 ? "pa" : null;
          default -> null;
        };
    if (second != null) {
      b.language(new LanguageLevel(second, Cefr.C1, Map.of(), r.nextBoolean()));
    }
    double englishShare =
        origin == Origin.UA || origin == Origin.IR || origin == Origin.PK ? 0.45 : 0.25;
    if (r.nextDouble() < englishShare) {
      b.language(
          LanguageLevel.of(
              "en", pick(r, new Cefr[] {Cefr.A2, Cefr.B1, Cefr.B2, Cefr.C1}, 30, 35, 25, 10)));
    }
  }

  private Residence residence(SplittableRandom r, Origin origin, LocalDate arrival) {
    ResidenceStatus status =
        switch (origin) {
          case UA ->
              pick(
                  r,
                  new ResidenceStatus[] {
                    ResidenceStatus.TEMPORARY_PROTECTION,
                    ResidenceStatus.RECOGNISED,
                    ResidenceStatus.OTHER_PERMIT
                  },
                  90,
                  3,
                  7);
          case SY, ER -> pick(r, ResidenceStatus.values(), 68, 0, 12, 5, 2, 2, 3, 8);
          case AF -> pick(r, ResidenceStatus.values(), 45, 0, 22, 12, 5, 3, 6, 7);
          case PK -> pick(r, ResidenceStatus.values(), 10, 0, 30, 35, 8, 6, 6, 5);
          default -> pick(r, ResidenceStatus.values(), 30, 0, 25, 20, 6, 5, 8, 6);
        };
    LocalDate since;
    LocalDate until;
    Optional<WorkPermission> permission = Optional.empty();
    boolean identity = true;
    switch (status) {
      case RECOGNISED -> {
        since = min(arrival.plusMonths(6 + r.nextInt(13)), today);
        until = since.plusYears(3);
        while (until.isBefore(today)) {
          until = until.plusYears(3);
        }
      }
      case TEMPORARY_PROTECTION -> {
        since = min(arrival.plusDays(14 + r.nextInt(60)), today);
        until = LocalDate.of(2027, 3, 4);
      }
      case GESTATTUNG -> {
        since = arrival;
        until = today.plusMonths(1 + r.nextInt(6));
        identity = r.nextDouble() < 0.85;
        if (r.nextDouble() < 0.3) {
          permission = Optional.of(WorkPermission.APPROVAL_REQUIRED);
        }
      }
      case DULDUNG -> {
        since = max(arrival, today.minusMonths(3 + r.nextInt(34)));
        until = today.plusMonths(1 + r.nextInt(6));
        identity = r.nextDouble() < 0.8;
        if (!identity && r.nextDouble() < 0.3) {
          permission = Optional.of(WorkPermission.BANNED);
        } else if (r.nextDouble() < 0.3) {
          permission = Optional.of(WorkPermission.APPROVAL_REQUIRED);
        }
      }
      case AUSBILDUNGSDULDUNG -> {
        since = max(arrival, today.minusMonths(1 + r.nextInt(24)));
        until = since.plusMonths(36);
      }
      case BESCHAEFTIGUNGSDULDUNG -> {
        since = max(arrival, today.minusMonths(1 + r.nextInt(24)));
        until = since.plusMonths(30);
      }
      case CHANCEN -> {
        since = max(arrival, today.minusMonths(1 + r.nextInt(16)));
        until = since.plusMonths(18);
      }
      default -> {
        since = min(arrival.plusMonths(12 + r.nextInt(24)), today);
        until = since.plusYears(2);
        while (until.isBefore(today)) {
          until = until.plusYears(2);
        }
      }
    }
    return new Residence(status, Optional.of(since), Optional.of(until), permission, identity);
  }

  private int isced(SplittableRandom r, Literacy literacy) {
    if (literacy == Literacy.NONE) {
      return r.nextDouble() < 0.7 ? 0 : 1;
    }
    return pick(r, new int[] {1, 2, 3, 4, 5, 6, 7, 8}, 12, 25, 32, 5, 5, 13, 7, 1);
  }

  private SchoolCertificate school(SplittableRandom r, int age, double yearsHere, int isced) {
    if (age < 27 && yearsHere >= 3) {
      double u = r.nextDouble();
      if (u < 0.3) {
        return SchoolCertificate.HAUPTSCHULE;
      }
      if (u < 0.45) {
        return SchoolCertificate.MITTLERE_REIFE;
      }
    }
    if (isced >= 3 && r.nextDouble() < 0.2) {
      return SchoolCertificate.ABITUR;
    }
    return SchoolCertificate.NONE;
  }

  private void skills(
      SplittableRandom r,
      Candidate.Builder b,
      Occupations.Entry job,
      boolean experienced,
      double years,
      Optional<Qualification> qualification,
      Origin origin) {
    boolean papers = qualification.map(Qualification::documents).orElse(false);
    boolean recognised = qualification.map(q -> q.recognition() == Recognition.FULL).orElse(false);
    double pEssential = experienced ? 0.65 : 0.35;
    List<OccupationSkill> drawn = new ArrayList<>();
    for (OccupationSkill s : job.essential()) {
      if (r.nextDouble() < pEssential) {
        drawn.add(s);
      }
    }
    for (OccupationSkill s : job.optional()) {
      if (r.nextDouble() < 0.25) {
        drawn.add(s);
      }
    }
    Set<String> seen = new HashSet<>();
    int count = 0;
    for (OccupationSkill s : drawn) {
      if (count >= 14 || !seen.add(s.skillUri())) {
        continue;
      }
      Evidence evidence =
          pick(r, Evidence.values(), 45, 15, 12, 12, papers ? 10 : 0, recognised ? 8 : 0);
      OptionalDouble y =
          experienced && r.nextBoolean()
              ? OptionalDouble.of(Math.max(0.5, Math.round(r.nextDouble() * years * 2) / 2.0))
              : OptionalDouble.empty();
      b.skill(new SkillClaim(reference(r, s.skillUri(), origin), evidence, y));
      count++;
    }
    if (r.nextDouble() < 0.2) {
      Occupations.Entry other = occupations.pick(r);
      List<OccupationSkill> pool =
          other.essential().isEmpty() ? other.optional() : other.essential();
      int extra = 1 + r.nextInt(2);
      for (int i = 0; i < extra && !pool.isEmpty(); i++) {
        String uri = pool.get(r.nextInt(pool.size())).skillUri();
        if (seen.add(uri)) {
          b.skill(SkillClaim.of(reference(r, uri, origin), Evidence.SELF_REPORTED));
        }
      }
    }
  }

  /** Mostly the occupation's id; sometimes the job title a person would give, in German. */
  private static ConceptRef occupationReference(SplittableRandom r, Occupations.Entry job) {
    if (r.nextDouble() >= 0.05) {
      return ConceptRef.id(job.uri());
    }
    Labels labels = job.occupation().labels();
    List<String> alternatives = labels.alternatives().getOrDefault("de", List.of());
    String de =
        !alternatives.isEmpty()
            ? alternatives.get(r.nextInt(alternatives.size()))
            : labels.preferred().get("de");
    return de == null ? ConceptRef.id(job.uri()) : ConceptRef.text(de, "de");
  }

  /** Mostly the skill's id; sometimes the words a person would use, in German or their own. */
  private ConceptRef reference(SplittableRandom r, String skillUri, Origin origin) {
    if (r.nextDouble() >= 0.1) {
      return ConceptRef.id(skillUri);
    }
    Labels labels = taxonomy.skill(skillUri).map(Skill::labels).orElse(Labels.NONE);
    String own = labels.preferred().get(origin.nativeLanguage);
    if (own != null && r.nextDouble() < 0.4) {
      return ConceptRef.text(own, origin.nativeLanguage);
    }
    List<String> alternatives = labels.alternatives().getOrDefault("de", List.of());
    String de =
        !alternatives.isEmpty()
            ? alternatives.get(r.nextInt(alternatives.size()))
            : labels.preferred().get("de");
    return de == null ? ConceptRef.id(skillUri) : ConceptRef.text(de, "de");
  }

  private void measures(
      SplittableRandom r,
      Candidate.Builder b,
      Occupations.Entry job,
      int age,
      LocalDate arrival,
      Literacy literacy,
      Cefr german) {
    LocalDate latest = today.minusMonths(1);
    LocalDate courseStart = arrival.plusMonths(2);
    if (literacy != Literacy.LATIN && courseStart.isBefore(latest) && r.nextDouble() < 0.4) {
      LocalDate done = min(courseStart.plusMonths(10 + r.nextInt(6)), latest);
      b.measure(
          new Measure(
              MeasureType.LITERACY_COURSE,
              Optional.empty(),
              Optional.of(done),
              Optional.of(german == Cefr.A1 ? "A1" : "A2")));
      courseStart = done.plusMonths(1);
    }
    if (courseStart.isBefore(latest) && r.nextDouble() < 0.75) {
      LocalDate done = min(courseStart.plusMonths(8 + r.nextInt(10)), latest);
      Cefr reached = german.compareTo(Cefr.B1) > 0 ? Cefr.B1 : german;
      b.measure(
          new Measure(
              MeasureType.INTEGRATION_COURSE,
              Optional.empty(),
              Optional.of(done),
              Optional.of(reached.name())));
    }
    if (german.isAtLeast(Cefr.B2) && r.nextDouble() < 0.6) {
      b.measure(
          new Measure(
              MeasureType.LANGUAGE_COURSE,
              Optional.empty(),
              Optional.of(between(r, max(arrival, today.minusYears(2)), latest)),
              Optional.of(german.name())));
    }
    if (r.nextDouble() < 0.05) {
      b.measure(
          new Measure(
              MeasureType.LANGUAGE_COURSE, Optional.empty(), Optional.empty(), Optional.empty()));
    }
    if (r.nextDouble() < 0.25) {
      Occupations.Entry trial = r.nextDouble() < 0.8 ? job : occupations.pickRelated(job, r);
      b.measure(
          new Measure(
              MeasureType.PRACTICAL_TRIAL,
              Optional.of(ConceptRef.id(trial.uri())),
              Optional.of(between(r, max(arrival, today.minusMonths(18)), latest)),
              Optional.of(r.nextDouble() < 0.8 ? "POSITIVE" : "NEGATIVE")));
    }
    if (r.nextDouble() < 0.1) {
      b.measure(
          new Measure(
              MeasureType.SKILLS_ASSESSMENT,
              Optional.of(ConceptRef.id(job.uri())),
              Optional.of(between(r, max(arrival, today.minusMonths(24)), latest)),
              Optional.of(r.nextDouble() < 0.8 ? "POSITIVE" : "NEGATIVE")));
    }
    if (age < 25 && r.nextDouble() < 0.06) {
      Occupations.Entry eq = occupations.pickTrainable(r);
      b.measure(
          new Measure(
              MeasureType.EQ,
              Optional.of(ConceptRef.id(eq.uri())),
              Optional.of(between(r, max(arrival, today.minusMonths(12)), latest)),
              Optional.of("POSITIVE")));
    }
    if (age < 27 && r.nextDouble() < 0.05) {
      b.measure(
          new Measure(
              MeasureType.PRE_APPRENTICESHIP,
              Optional.empty(),
              Optional.of(between(r, max(arrival, today.minusMonths(18)), latest)),
              Optional.of("PASSED")));
    }
    if (age >= 25 && job.trainable() && r.nextDouble() < 0.04) {
      b.measure(
          new Measure(
              MeasureType.TQ_MODULE,
              Optional.of(ConceptRef.id(job.uri())),
              Optional.of(between(r, max(arrival, today.minusMonths(12)), latest)),
              Optional.of("PASSED")));
    }
  }

  private void drivingLicences(
      SplittableRandom r, Candidate.Builder b, Occupations.Entry job, boolean female) {
    if (job.isco().startsWith("833") && r.nextDouble() < 0.7) {
      b.drivingLicence(DrivingLicence.B)
          .drivingLicence(DrivingLicence.C)
          .drivingLicence(DrivingLicence.CE);
    } else if (r.nextDouble() < (female ? 0.15 : 0.35)) {
      b.drivingLicence(DrivingLicence.B);
    }
  }

  // ---------------------------------------------------------------------------------- offers

  private static final String[] NAMES = {
    "Beispiel",
    "Muster",
    "Exempel",
    "Vorbild",
    "Modell",
    "Schema",
    "Entwurf",
    "Vorlage",
    "Probe",
    "Platzhalter"
  };

  /** An employer: a fixed home city, trade and support, derived from its number alone. */
  private record EmployerProfile(Employer employer, Cities.City city, Occupations.Entry anchor) {}

  private EmployerProfile employer(long k) {
    SplittableRandom r = random(EMPLOYER_SALT, k);
    Occupations.Entry anchor = occupations.pick(r);
    Cities.City city = cities.pick(r);
    String name =
        switch (r.nextInt(3)) {
          case 0 -> trade(anchor) + " " + NAMES[r.nextInt(NAMES.length)] + " GmbH";
          case 1 -> NAMES[r.nextInt(NAMES.length)] + " " + trade(anchor) + " GmbH & Co. KG";
          default -> trade(anchor) + " " + NAMES[r.nextInt(NAMES.length)] + " " + city.name();
        };
    Employer employer =
        new Employer(
            "e-" + (k + 1), name, r.nextDouble() < 0.5, r.nextDouble() < 0.3, r.nextDouble() < 0.4);
    return new EmployerProfile(employer, city, anchor);
  }

  /** A German trade word for an employer in an occupation's ISCO sub-major group. */
  static String trade(Occupations.Entry e) {
    String isco = e.isco();
    String two = isco.length() >= 2 ? isco.substring(0, 2) : isco;
    return switch (two) {
      case "51", "94" -> isco.startsWith("512") || isco.startsWith("941") ? "Gasthaus" : "Service";
      case "71" -> isco.startsWith("712") ? "Bedachungen" : "Bau";
      case "72" -> "Metallbau";
      case "74" -> "Elektrotechnik";
      case "73" -> "Druck- und Werbetechnik";
      case "75" -> isco.startsWith("751") ? "Fleischerei" : "Backstube";
      case "25", "35" -> "IT-Systemhaus";
      case "22", "32", "53" -> "Pflegedienst";
      case "34" -> "Soziale Dienste";
      case "42", "41", "43", "44" -> "Logistik";
      case "52" -> "Handel";
      case "61", "92" -> "Garten- und Landschaftsbau";
      case "83" -> "Spedition";
      case "81", "82" -> "Fertigung";
      case "91" -> "Gebäudeservice";
      case "93" -> "Lager und Logistik";
      case "21", "26" -> "Agentur";
      case "24", "33" -> "Dienstleistungen";
      default -> "Betrieb";
    };
  }

  Vacancy vacancy(long index, long employerCount) {
    SplittableRandom r = random(VACANCY_SALT, index);
    EmployerProfile profile = employer(r.nextLong(employerCount));
    OfferType type = pick(r, OfferType.values(), 15, 8, 7, 18, 7, 45);
    boolean training = type != OfferType.JOB && type != OfferType.PRACTICAL_TRIAL;
    Occupations.Entry occ =
        r.nextDouble() < 0.7 ? profile.anchor() : occupations.pickRelated(profile.anchor(), r);
    if (training && !occ.trainable()) {
      occ = occupations.pickTrainable(r);
    }
    RequirementLevel level = training ? RequirementLevel.SKILLED : occ.level();
    Location location = Cities.near(profile.city(), r, false);
    Vacancy.Builder b =
        Vacancy.builder("v-" + (index + 1), profile.employer(), type, location)
            .title(title(type, occ))
            .occupation(ConceptRef.id(occ.uri()))
            .level(level)
            .description(description(type, occ, profile.employer()));

    Set<String> seen = new LinkedHashSet<>();
    for (OccupationSkill s : occ.essential()) {
      if (seen.size() < 10 && r.nextDouble() < 0.85 && seen.add(s.skillUri())) {
        b.skill(textOrId(r, s.skillUri()), true);
      }
    }
    for (OccupationSkill s : occ.optional()) {
      if (seen.size() < 14 && r.nextDouble() < 0.3 && seen.add(s.skillUri())) {
        b.skill(textOrId(r, s.skillUri()), false);
      }
    }
    if (seen.isEmpty()) {
      OccupationSkill first =
          occ.essential().isEmpty() ? occ.optional().get(0) : occ.essential().get(0);
      b.skill(ConceptRef.id(first.skillUri()), true);
    }
    b.language("de", germanMinimum(r, type, level, occ));
    if ((occ.isco().startsWith("25") || occ.isco().startsWith("42")) && r.nextBoolean()) {
      b.language(new LanguageRequirement("en", Cefr.B1, false));
    }
    if (type == OfferType.APPRENTICESHIP) {
      SchoolCertificate s =
          occ.care()
              ? SchoolCertificate.MITTLERE_REIFE
              : pick(r, SchoolCertificate.values(), 55, 35, 10, 0);
      b.requiresSchoolCertificate(s);
    }
    if (occ.isco().startsWith("833")) {
      b.drivingLicence(DrivingLicence.CE);
    } else if (occ.isco().startsWith("832") || r.nextDouble() < 0.06) {
      b.drivingLicence(DrivingLicence.B);
    }
    b.acceptsWithoutCertificates(
        type == OfferType.PRACTICAL_TRIAL || type == OfferType.EQ || r.nextDouble() < 0.65);
    b.places(
        switch (type) {
          case JOB -> 1 + (r.nextDouble() < 0.25 ? r.nextInt(3) : 0);
          case APPRENTICESHIP, ASSISTED_APPRENTICESHIP -> 1 + r.nextInt(3);
          case TQ -> 2 + r.nextInt(7);
          default -> 1 + r.nextInt(2);
        });
    b.start(start(r, type));
    durationAndHours(r, b, type);
    return b.build();
  }

  private ConceptRef textOrId(SplittableRandom r, String skillUri) {
    if (r.nextDouble() >= 0.05) {
      return ConceptRef.id(skillUri);
    }
    Optional<String> de = taxonomy.skill(skillUri).map(s -> s.labels().preferred().get("de"));
    return de.isPresent() ? ConceptRef.text(de.get(), "de") : ConceptRef.id(skillUri);
  }

  private static Cefr germanMinimum(
      SplittableRandom r, OfferType type, RequirementLevel level, Occupations.Entry occ) {
    return switch (type) {
      case PRACTICAL_TRIAL -> r.nextDouble() < 0.4 ? Cefr.A1 : Cefr.A2;
      case EQ -> Cefr.A2;
      case TQ, ASSISTED_APPRENTICESHIP -> r.nextBoolean() ? Cefr.A2 : Cefr.B1;
      case APPRENTICESHIP -> occ.care() ? Cefr.B2 : Cefr.B1;
      case JOB ->
          occ.care() && level != RequirementLevel.HELPER
              ? Cefr.B2
              : switch (level) {
                case HELPER -> Cefr.A2;
                case SKILLED -> Cefr.B1;
                default -> Cefr.B2;
              };
    };
  }

  private LocalDate start(SplittableRandom r, OfferType type) {
    return switch (type) {
      case APPRENTICESHIP, ASSISTED_APPRENTICESHIP -> {
        LocalDate august = LocalDate.of(today.getYear(), 8, 1);
        LocalDate first = august.isAfter(today.plusMonths(1)) ? august : august.plusYears(1);
        yield r.nextDouble() < 0.8 ? first : first.plusMonths(1);
      }
      case JOB -> today.plusDays(7 + r.nextInt(150));
      default -> today.plusMonths(1 + r.nextInt(6)).withDayOfMonth(1);
    };
  }

  private static void durationAndHours(SplittableRandom r, Vacancy.Builder b, OfferType type) {
    switch (type) {
      case PRACTICAL_TRIAL ->
          b.durationMonths(r.nextDouble() < 0.6 ? 1 : 2 + r.nextInt(2))
              .hoursPerWeek(pick(r, new int[] {20, 30, 35, 39}, 15, 30, 25, 30));
      case EQ ->
          b.durationMonths(pick(r, new int[] {4, 6, 9, 12}, 15, 35, 20, 30))
              .hoursPerWeek(pick(r, new int[] {20, 30, 39}, 15, 35, 50));
      case TQ ->
          b.durationMonths(pick(r, new int[] {12, 16, 20, 24}, 20, 30, 30, 20))
              .hoursPerWeek(pick(r, new int[] {30, 39}, 40, 60));
      case APPRENTICESHIP, ASSISTED_APPRENTICESHIP ->
          b.durationMonths(pick(r, new int[] {24, 36, 42}, 15, 65, 20))
              .hoursPerWeek(pick(r, new int[] {38, 39, 40}, 30, 40, 30));
      case JOB -> {
        b.hoursPerWeek(pick(r, new int[] {20, 25, 30, 39, 40}, 10, 10, 15, 30, 35));
        if (r.nextDouble() < 0.2) {
          b.durationMonths(12 + 12 * r.nextInt(2));
        }
      }
    }
  }

  private static String title(OfferType type, Occupations.Entry occ) {
    String label = occ.occupation().labels().best("de");
    return switch (type) {
      case PRACTICAL_TRIAL -> "Praktikum " + label;
      case EQ -> "Einstiegsqualifizierung " + label;
      case TQ -> "Teilqualifizierung " + label;
      case APPRENTICESHIP -> "Ausbildung " + label;
      case ASSISTED_APPRENTICESHIP -> "Assistierte Ausbildung " + label;
      case JOB -> label;
    };
  }

  private static String description(OfferType type, Occupations.Entry occ, Employer e) {
    StringBuilder s = new StringBuilder();
    s.append(
        switch (type) {
          case PRACTICAL_TRIAL ->
              "Lernen Sie den Beruf im Betrieb kennen und zeigen Sie, was Sie können.";
          case EQ -> "Bezahlte Einstiegsqualifizierung als Vorbereitung auf die Ausbildung.";
          case TQ -> "Berufsabschluss in Modulen mit Kammerprüfung, für Erwachsene ab 25.";
          case APPRENTICESHIP -> "Duale Ausbildung mit Berufsschule.";
          case ASSISTED_APPRENTICESHIP ->
              "Ausbildung mit Begleitung und Sprachförderung (AsA flex).";
          case JOB -> "Wir suchen Verstärkung für unser Team.";
        });
    if (e.mentoring()) {
      s.append(" Eine feste Ansprechperson begleitet Sie.");
    }
    if (e.languageSupport()) {
      s.append(" Deutschförderung während der Arbeitszeit.");
    }
    return s.toString();
  }

  // ---------------------------------------------------------------------------------- helpers

  private SplittableRandom random(long salt, long index) {
    return new SplittableRandom(mix(mix(seed ^ salt) + index));
  }

  /** Stafford's variant 13 of the MurmurHash3 finaliser: spreads neighbouring seeds apart. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private LocalDate between(SplittableRandom r, LocalDate from, LocalDate to) {
    long a = from.toEpochDay();
    long b = to.toEpochDay();
    return b <= a ? from : LocalDate.ofEpochDay(a + r.nextLong(b - a + 1));
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static int pickIndex(SplittableRandom r, double[] weights) {
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    double u = r.nextDouble() * sum;
    for (int i = 0; i < weights.length; i++) {
      u -= weights[i];
      if (u < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private static <T> T pick(SplittableRandom r, T[] values, double... weights) {
    return values[pickIndex(r, weights)];
  }

  private static int pick(SplittableRandom r, int[] values, double... weights) {
    return values[pickIndex(r, weights)];
  }

  private static <T> T pick(
      SplittableRandom r, T[] values, java.util.function.ToDoubleFunction<T> weight) {
    double[] w = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      w[i] = weight.applyAsDouble(values[i]);
    }
    return values[pickIndex(r, w)];
  }
}
