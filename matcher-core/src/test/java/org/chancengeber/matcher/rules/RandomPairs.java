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
package org.chancengeber.matcher.rules;

import static org.chancengeber.matcher.rules.RuleFixtures.KASSEL;
import static org.chancengeber.matcher.rules.RuleFixtures.TODAY;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.ConceptRef;
import org.chancengeber.matcher.model.DrivingLicence;
import org.chancengeber.matcher.model.Education;
import org.chancengeber.matcher.model.Employer;
import org.chancengeber.matcher.model.Experience;
import org.chancengeber.matcher.model.LanguageDimension;
import org.chancengeber.matcher.model.LanguageLevel;
import org.chancengeber.matcher.model.LanguageRequirement;
import org.chancengeber.matcher.model.Literacy;
import org.chancengeber.matcher.model.Measure;
import org.chancengeber.matcher.model.MeasureType;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.model.RequirementLevel;
import org.chancengeber.matcher.model.Residence;
import org.chancengeber.matcher.model.ResidenceStatus;
import org.chancengeber.matcher.model.SchoolCertificate;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.model.WorkPermission;

/** Random people and offers over the whole range of every field the rules and pathways read. */
public final class RandomPairs {
  private final Random random;
  private int counter;

  public RandomPairs(long seed) {
    this.random = new Random(seed);
  }

  public Candidate candidate() {
    ResidenceStatus status = pick(ResidenceStatus.values());
    Optional<LocalDate> since =
        chance(0.1) ? Optional.empty() : Optional.of(TODAY.minusMonths(random.nextInt(61)));
    Optional<LocalDate> until =
        chance(0.5)
            ? Optional.empty()
            : Optional.of(since.orElse(TODAY.minusMonths(6)).plusMonths(random.nextInt(49)));
    Optional<WorkPermission> permission =
        chance(0.6) ? Optional.empty() : Optional.of(pick(WorkPermission.values()));
    Residence residence = new Residence(status, since, until, permission, chance(0.8));
    Candidate.Builder b = Candidate.builder("c-" + counter++, KASSEL, residence);
    if (chance(0.9)) {
      b.birthYear(TODAY.getYear() - 16 - random.nextInt(45));
    }
    if (chance(0.7)) {
      b.hoursPerWeek(5 + random.nextInt(36));
    }
    if (chance(0.6)) {
      b.availableFrom(TODAY.plusDays(random.nextInt(231) - 30));
    }
    if (chance(0.8)) {
      Cefr level = pick(Cefr.values());
      Map<LanguageDimension, Cefr> dims = new EnumMap<>(LanguageDimension.class);
      if (chance(0.2)) {
        dims.put(pick(LanguageDimension.values()), pick(Cefr.values()));
      }
      b.language(new LanguageLevel("de", level, dims, false));
    }
    if (chance(0.4)) {
      b.language("en", pick(Cefr.values()));
    }
    b.literacy(chance(0.7) ? Literacy.LATIN : pick(Literacy.values()));
    b.education(
        new Education(
            OptionalInt.of(random.nextInt(9)),
            chance(0.5) ? SchoolCertificate.NONE : pick(SchoolCertificate.values())));
    if (chance(0.4)) {
      b.drivingLicence(pick(DrivingLicence.values()));
    }
    if (chance(0.5)) {
      b.experience(
          new Experience(
              ConceptRef.text("Arbeit", "de"),
              random.nextInt(10) * 0.5,
              Optional.of(chance(0.5) ? "DE" : "SY")));
    }
    if (chance(0.4)) {
      b.measure(
          new Measure(
              chance(0.8) ? MeasureType.INTEGRATION_COURSE : MeasureType.LITERACY_COURSE,
              Optional.empty(),
              Optional.of(TODAY.minusMonths(3)),
              Optional.of(pick(Cefr.values()).name())));
    }
    if (chance(0.2)) {
      b.measure(
          new Measure(
              MeasureType.EQ,
              Optional.empty(),
              Optional.of(TODAY.minusMonths(1)),
              Optional.empty()));
    }
    int modules = chance(0.3) ? random.nextInt(7) : 0;
    for (int i = 0; i < modules; i++) {
      b.measure(
          new Measure(
              MeasureType.TQ_MODULE,
              Optional.empty(),
              Optional.of(TODAY.minusMonths(2)),
              Optional.of("PASSED")));
    }
    return b.build();
  }

  public Vacancy vacancy() {
    OfferType type = pick(OfferType.values());
    Vacancy.Builder b =
        Vacancy.builder(
            "v-" + counter++,
            new Employer(
                "e-" + random.nextInt(5), "Betrieb " + random.nextInt(5), false, false, false),
            type,
            KASSEL);
    if (chance(0.7)) {
      b.start(TODAY.plusDays(random.nextInt(426) - 60));
    }
    if (chance(0.7)) {
      b.durationMonths(1 + random.nextInt(42)); // 1..42: an offer lasts at least a month
    }
    if (chance(0.7)) {
      b.hoursPerWeek(10 + random.nextInt(31));
    }
    if (chance(0.3)) {
      b.drivingLicence(pick(DrivingLicence.values()));
    }
    if (chance(0.3)) {
      b.requiresSchoolCertificate(pick(SchoolCertificate.values()));
    }
    if (chance(0.7)) {
      b.language(new LanguageRequirement("de", pick(Cefr.values()), chance(0.85)));
    }
    if (chance(0.2)) {
      b.language(new LanguageRequirement("en", pick(Cefr.values()), chance(0.5)));
    }
    if (chance(0.8)) {
      b.level(pick(RequirementLevel.values()));
    }
    b.acceptsWithoutCertificates(chance(0.5));
    return b.build();
  }

  public int nextInt(int bound) {
    return random.nextInt(bound);
  }

  public boolean chance(double p) {
    return random.nextDouble() < p;
  }

  public <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }
}
