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
package org.chancengeber.matcher.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
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
import org.chancengeber.matcher.model.GeoPoint;
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
import org.chancengeber.matcher.model.RequiredSkill;
import org.chancengeber.matcher.model.RequirementLevel;
import org.chancengeber.matcher.model.Residence;
import org.chancengeber.matcher.model.ResidenceStatus;
import org.chancengeber.matcher.model.SchoolCertificate;
import org.chancengeber.matcher.model.SkillClaim;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.model.WorkPermission;
import org.junit.jupiter.api.Test;

/**
 * Property: for any valid candidate or vacancy, write → read gives an equal object with no
 * warnings, and write → read → write gives the same bytes.
 */
final class RoundTripTest {
  private static final int CASES = 1_000;

  @Test
  void candidates_writeThenRead_givesEqualRecords() throws Exception {
    Random random = new Random(20261121);
    List<CandidateRecord> records = new ArrayList<>();
    StringWriter w = new StringWriter();
    for (int i = 0; i < CASES; i++) {
      CandidateRecord r = Gen.candidate(random, "c-" + i);
      records.add(r);
      CandidateFormat.write(r, w);
    }
    String written = w.toString();
    List<LineResult<CandidateRecord>> read =
        Read.candidates(Read.OPTIONS, written.getBytes(StandardCharsets.UTF_8));
    assertThat(read).hasSize(CASES);
    StringWriter again = new StringWriter();
    for (int i = 0; i < CASES; i++) {
      LineResult<CandidateRecord> r = read.get(i);
      assertThat(r).as("%s", Read.errors(r)).isInstanceOf(LineResult.Accepted.class);
      LineResult.Accepted<CandidateRecord> a = (LineResult.Accepted<CandidateRecord>) r;
      assertThat(a.warnings()).isEmpty();
      assertThat(a.value()).isEqualTo(records.get(i));
      CandidateFormat.write(a.value(), again);
    }
    assertThat(again.toString()).isEqualTo(written);
  }

  @Test
  void vacancies_writeThenRead_givesEqualRecords() throws Exception {
    Random random = new Random(17);
    List<Vacancy> vacancies = new ArrayList<>();
    StringWriter w = new StringWriter();
    for (int i = 0; i < CASES; i++) {
      Vacancy v = Gen.vacancy(random, "v-" + i);
      vacancies.add(v);
      VacancyFormat.write(v, w);
    }
    String written = w.toString();
    List<LineResult<Vacancy>> read;
    try (JsonLinesReader<Vacancy> r =
        VacancyFormat.reader(
            new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)),
            "vacancies.jsonl",
            Read.OPTIONS)) {
      read = r.stream().toList();
    }
    StringWriter again = new StringWriter();
    for (int i = 0; i < CASES; i++) {
      LineResult<Vacancy> r = read.get(i);
      assertThat(r).as("%s", Read.errors(r)).isInstanceOf(LineResult.Accepted.class);
      LineResult.Accepted<Vacancy> a = (LineResult.Accepted<Vacancy>) r;
      assertThat(a.warnings()).isEmpty();
      assertThat(a.value()).isEqualTo(vacancies.get(i));
      VacancyFormat.write(a.value(), again);
    }
    assertThat(again.toString()).isEqualTo(written);
  }

  @Test
  void writer_isDeterministic_setsInEnumOrder() {
    Location kassel = Location.of(51.3127, 9.4797, "Kassel");
    Candidate a =
        Candidate.builder("c-1", kassel, Residence.of(ResidenceStatus.RECOGNISED))
            .drivingLicence(DrivingLicence.CE)
            .drivingLicence(DrivingLicence.B)
            .preferences(new Preferences(List.of(), Set.of(OfferType.JOB, OfferType.EQ)))
            .build();
    Candidate b =
        Candidate.builder("c-1", kassel, Residence.of(ResidenceStatus.RECOGNISED))
            .drivingLicence(DrivingLicence.B)
            .drivingLicence(DrivingLicence.CE)
            .preferences(new Preferences(List.of(), Set.of(OfferType.EQ, OfferType.JOB)))
            .build();
    String line = CandidateFormat.toJson(new CandidateRecord(a, AuditAttributes.NONE));
    assertThat(CandidateFormat.toJson(new CandidateRecord(b, AuditAttributes.NONE)))
        .isEqualTo(line);
    assertThat(line)
        .isEqualTo(
            "{\"id\":\"c-1\",\"location\":{\"lat\":51.3127,\"lon\":9.4797,\"city\":\"Kassel\"},"
                + "\"maxTravelKm\":25,\"literacy\":\"LATIN\","
                + "\"education\":{\"germanSchoolCertificate\":\"NONE\"},"
                + "\"residence\":{\"status\":\"RECOGNISED\",\"identityClarified\":true},"
                + "\"drivingLicences\":[\"B\",\"CE\"],"
                + "\"preferences\":{\"offerTypes\":[\"EQ\",\"JOB\"]}}");
  }

  @Test
  void numbers_areWrittenWithoutExponent() {
    assertThat(JsonOut.exact(25)).isEqualTo("25");
    assertThat(JsonOut.exact(0.0001)).isEqualTo("0.0001");
    assertThat(JsonOut.exact(51.3127)).isEqualTo("51.3127");
    assertThat(JsonOut.exact(-0.5)).isEqualTo("-0.5");
    assertThat(JsonOut.round4(0.83333333)).isEqualTo("0.8333");
    assertThat(JsonOut.round4(0.00005)).isEqualTo("0.0001");
    assertThat(JsonOut.round4(0.00004)).isEqualTo("0");
    assertThat(JsonOut.round4(1.0)).isEqualTo("1");
    assertThat(JsonOut.round4(100)).isEqualTo("100");
    assertThat(JsonOut.round4(0.45)).isEqualTo("0.45");
    assertThat(JsonOut.exact(-0.0)).isEqualTo("-0.0");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> JsonOut.round4(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value (NaN) is not a finite number");
  }

  @Test
  void negativeZero_survivesTheRoundTrip() throws Exception {
    CandidateRecord r =
        new CandidateRecord(
            Candidate.builder(
                    "c-0",
                    new Location(new GeoPoint(-0.0, -0.0), Optional.empty(), Optional.empty()),
                    Residence.of(ResidenceStatus.DULDUNG))
                .build(),
            AuditAttributes.NONE);
    var read = Read.candidates(CandidateFormat.toJson(r));
    assertThat(((LineResult.Accepted<CandidateRecord>) read.get(0)).value()).isEqualTo(r);
  }

  /** Random valid records, every optional part sometimes present. */
  static final class Gen {
    private static final String[] TEXTS = {
      "kochen",
      "schweißen",
      "Koch/Köchin",
      "طباخ",
      "повар",
      "say \"hi\"",
      "a\\b",
      "tab\there",
      "line\nbreak",
      "emoji 😀",
      "Kassel",
      "  spaced  "
    };

    static CandidateRecord candidate(Random r, String id) {
      Candidate.Builder b =
          Candidate.builder(id, location(r), residence(r))
              .maxTravelKm(r.nextBoolean() ? r.nextInt(1001) : r.nextDouble() * 1000);
      if (r.nextBoolean()) {
        b.availableFrom(date(r));
      }
      if (r.nextBoolean()) {
        b.hoursPerWeek(1 + r.nextInt(60));
      }
      if (r.nextBoolean()) {
        b.birthYear(Read.TODAY.getYear() - 14 - r.nextInt(67));
      }
      List<String> codes = new ArrayList<>(List.of("de", "ar", "en", "fa", "ti", "uk", "prs"));
      java.util.Collections.shuffle(codes, r);
      for (int i = r.nextInt(4); i > 0; i--) {
        Map<LanguageDimension, Cefr> dims = new EnumMap<>(LanguageDimension.class);
        for (LanguageDimension d : LanguageDimension.values()) {
          if (r.nextInt(4) == 0) {
            dims.put(d, pick(r, Cefr.values()));
          }
        }
        b.language(
            new LanguageLevel(codes.remove(0), pick(r, Cefr.values()), dims, r.nextBoolean()));
      }
      b.literacy(pick(r, Literacy.values()));
      if (r.nextBoolean()) {
        b.education(
            new Education(
                r.nextBoolean() ? OptionalInt.of(r.nextInt(9)) : OptionalInt.empty(),
                pick(r, SchoolCertificate.values())));
      }
      for (int i = r.nextInt(3); i > 0; i--) {
        b.drivingLicence(pick(r, DrivingLicence.values()));
      }
      for (int i = r.nextInt(4); i > 0; i--) {
        b.skill(
            new SkillClaim(
                concept(r, "skill"),
                pick(r, Evidence.values()),
                r.nextBoolean()
                    ? OptionalDouble.of(r.nextInt(241) / 4.0)
                    : OptionalDouble.empty()));
      }
      for (int i = r.nextInt(3); i > 0; i--) {
        b.experience(
            new Experience(
                concept(r, "occupation"),
                r.nextDouble() * 60,
                r.nextBoolean()
                    ? Optional.of(pick(r, new String[] {"SY", "AF", "UA"}))
                    : Optional.empty()));
      }
      for (int i = r.nextInt(3); i > 0; i--) {
        b.qualification(
            new Qualification(
                concept(r, "occupation"), pick(r, Recognition.values()), r.nextBoolean()));
      }
      for (int i = r.nextInt(3); i > 0; i--) {
        b.measure(
            new Measure(
                pick(r, MeasureType.values()),
                r.nextBoolean() ? Optional.of(concept(r, "occupation")) : Optional.empty(),
                r.nextBoolean() ? Optional.of(date(r)) : Optional.empty(),
                r.nextBoolean() ? Optional.of(pick(r, TEXTS)) : Optional.empty()));
      }
      if (r.nextBoolean()) {
        List<ConceptRef> occ = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
          occ.add(concept(r, "occupation"));
        }
        Set<OfferType> types = java.util.EnumSet.noneOf(OfferType.class);
        for (int i = r.nextInt(3); i > 0; i--) {
          types.add(pick(r, OfferType.values()));
        }
        b.preferences(new Preferences(occ, types));
      }
      Map<String, String> audit = new TreeMap<>();
      if (r.nextBoolean()) {
        // audit values are free text: hostile strings must round-trip too
        audit.put("gender", pick(r, TEXTS));
        audit.put("nationality", pick(r, new String[] {"SY", "AF", "UA"}));
      }
      return new CandidateRecord(b.build(), new AuditAttributes(audit));
    }

    static Vacancy vacancy(Random r, String id) {
      Vacancy.Builder b =
          Vacancy.builder(
                  id,
                  new Employer(
                      "e-" + r.nextInt(100),
                      pick(r, TEXTS),
                      r.nextBoolean(),
                      r.nextBoolean(),
                      r.nextBoolean()),
                  pick(r, OfferType.values()),
                  location(r))
              .title(r.nextBoolean() ? pick(r, TEXTS) : "")
              .requiresSchoolCertificate(pick(r, SchoolCertificate.values()))
              .acceptsWithoutCertificates(r.nextBoolean())
              .places(1 + r.nextInt(5))
              .description(r.nextBoolean() ? pick(r, TEXTS) : "");
      if (r.nextBoolean()) {
        b.occupation(concept(r, "occupation"));
      }
      if (r.nextBoolean()) {
        b.level(pick(r, RequirementLevel.values()));
      }
      for (int i = r.nextInt(4); i > 0; i--) {
        b.skill(concept(r, "skill"), r.nextBoolean());
      }
      List<String> codes = new ArrayList<>(List.of("de", "en", "fr"));
      for (int i = r.nextInt(3); i > 0; i--) {
        b.language(
            new LanguageRequirement(codes.remove(0), pick(r, Cefr.values()), r.nextBoolean()));
      }
      if (r.nextBoolean()) {
        b.drivingLicence(pick(r, DrivingLicence.values()));
      }
      if (r.nextBoolean()) {
        b.start(date(r));
      }
      if (r.nextBoolean()) {
        b.durationMonths(1 + r.nextInt(120));
      }
      if (r.nextBoolean()) {
        b.hoursPerWeek(1 + r.nextInt(60));
      }
      Vacancy v = b.build();
      assertThat(v.skills()).allMatch(s -> s instanceof RequiredSkill);
      return v;
    }

    static Location location(Random r) {
      GeoPoint p = new GeoPoint(r.nextDouble() * 180 - 90, r.nextDouble() * 360 - 180);
      return new Location(
          p,
          r.nextBoolean()
              ? Optional.of(String.format("%05d", r.nextInt(100_000)))
              : Optional.empty(),
          r.nextBoolean() ? Optional.of(pick(r, TEXTS)) : Optional.empty());
    }

    static Residence residence(Random r) {
      LocalDate since = date(r);
      return new Residence(
          pick(r, ResidenceStatus.values()),
          r.nextBoolean() ? Optional.of(since) : Optional.empty(),
          r.nextBoolean() ? Optional.of(since.plusDays(r.nextInt(2000))) : Optional.empty(),
          r.nextBoolean() ? Optional.of(pick(r, WorkPermission.values())) : Optional.empty(),
          r.nextBoolean());
    }

    static ConceptRef concept(Random r, String type) {
      return r.nextInt(3) == 0
          ? ConceptRef.text(pick(r, TEXTS), pick(r, new String[] {"de", "ar", "en", "prs"}))
          : ConceptRef.id(
              "http://data.europa.eu/esco/"
                  + type
                  + "/"
                  + new java.util.UUID(r.nextLong(), r.nextLong()));
    }

    static LocalDate date(Random r) {
      return LocalDate.of(2015, 1, 1).plusDays(r.nextInt(5000));
    }

    static <T> T pick(Random r, T[] values) {
      return values[r.nextInt(values.length)];
    }
  }
}
