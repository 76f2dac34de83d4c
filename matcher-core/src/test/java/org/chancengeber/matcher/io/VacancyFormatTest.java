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
import static org.chancengeber.matcher.io.Read.vacancyErrors;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.ConceptRef;
import org.chancengeber.matcher.model.DrivingLicence;
import org.chancengeber.matcher.model.Employer;
import org.chancengeber.matcher.model.GeoPoint;
import org.chancengeber.matcher.model.LanguageRequirement;
import org.chancengeber.matcher.model.Location;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.model.RequiredSkill;
import org.chancengeber.matcher.model.RequirementLevel;
import org.chancengeber.matcher.model.SchoolCertificate;
import org.chancengeber.matcher.model.Vacancy;
import org.junit.jupiter.api.Test;

final class VacancyFormatTest {
  static final String OCC = "http://data.europa.eu/esco/occupation/metal";
  static final String SKILL = "http://data.europa.eu/esco/skill/weld";

  /** The example of PRODUCT.md, on one line. */
  static final String EXAMPLE =
      j(
          "{'id': 'v-2001',"
              + " 'employer': {'id': 'e-17', 'name': 'Metallbau Beispiel GmbH', 'mentoring': true,"
              + " 'languageSupport': false, 'experienceWithRefugees': true},"
              + " 'type': 'APPRENTICESHIP', 'title': 'Ausbildung Metallbauer/in (m/w/d)',"
              + " 'occupation': '"
              + OCC
              + "', 'level': 'SKILLED',"
              + " 'skills': [{'skill': '"
              + SKILL
              + "', 'essential': true}, {'text': 'schweißen', 'lang': 'de', 'essential': false}],"
              + " 'languages': [{'code': 'de', 'min': 'B1'}, {'code': 'en', 'min': 'A2',"
              + " 'essential': false}],"
              + " 'requiresSchoolCertificate': 'NONE', 'drivingLicence': 'B',"
              + " 'acceptsWithoutCertificates': true,"
              + " 'location': {'lat': 51.30, 'lon': 9.50, 'city': 'Kassel'},"
              + " 'places': 2, 'start': '2027-08-01', 'durationMonths': 42, 'hoursPerWeek': 39,"
              + " 'description': 'free text'}");

  static final String MINIMAL =
      "'id': 'v-1', 'employer': {'id': 'e-1', 'name': 'Bäckerei Korn'}, 'type': 'JOB',"
          + " 'location': {'lat': 50.0, 'lon': 8.0}";

  static String j(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  static String with(String extra) {
    return j("{" + MINIMAL + ", " + extra + "}");
  }

  static Vacancy accepted(String json) {
    var results = Read.vacancies(json);
    assertThat(results).hasSize(1);
    assertThat(results.get(0))
        .as(Read.errors(results.get(0)).toString())
        .isInstanceOf(LineResult.Accepted.class);
    return ((LineResult.Accepted<Vacancy>) results.get(0)).value();
  }

  @Test
  void example_mapsEveryField() {
    Vacancy v = accepted(EXAMPLE);
    assertThat(v)
        .isEqualTo(
            new Vacancy(
                "v-2001",
                new Employer("e-17", "Metallbau Beispiel GmbH", true, false, true),
                OfferType.APPRENTICESHIP,
                "Ausbildung Metallbauer/in (m/w/d)",
                Optional.of(ConceptRef.id(OCC)),
                Optional.of(RequirementLevel.SKILLED),
                java.util.List.of(
                    new RequiredSkill(ConceptRef.id(SKILL), true),
                    new RequiredSkill(ConceptRef.text("schweißen", "de"), false)),
                java.util.List.of(
                    new LanguageRequirement("de", Cefr.B1, true),
                    new LanguageRequirement("en", Cefr.A2, false)),
                SchoolCertificate.NONE,
                Optional.of(DrivingLicence.B),
                true,
                new Location(new GeoPoint(51.3, 9.5), Optional.empty(), Optional.of("Kassel")),
                2,
                Optional.of(LocalDate.of(2027, 8, 1)),
                OptionalInt.of(42),
                OptionalInt.of(39),
                "free text"));
  }

  @Test
  void minimal_takesTheDocumentedDefaults() {
    Vacancy v = accepted(j("{" + MINIMAL + "}"));
    assertThat(v)
        .isEqualTo(
            Vacancy.builder(
                    "v-1",
                    new Employer("e-1", "Bäckerei Korn", false, false, false),
                    OfferType.JOB,
                    new Location(new GeoPoint(50, 8), Optional.empty(), Optional.empty()))
                .build());
    assertThat(v.places()).isEqualTo(1);
    assertThat(v.acceptsWithoutCertificates()).isTrue();
    assertThat(v.requiresSchoolCertificate()).isEqualTo(SchoolCertificate.NONE);
    assertThat(v.title()).isEmpty();
    assertThat(v.description()).isEmpty();
  }

  @Test
  void essential_defaultsToTrue() {
    Vacancy v =
        accepted(with("'skills': [{'skill': 's'}], 'languages': [{'code': 'de', 'min': 'A2'}]"));
    assertThat(v.skills()).containsExactly(new RequiredSkill(ConceptRef.id("s"), true));
    assertThat(v.languages()).containsExactly(new LanguageRequirement("de", Cefr.A2, true));
  }

  @Test
  void emptyObject_namesEveryMissingRequiredField() {
    assertThat(vacancyErrors("{}"))
        .containsExactly(
            "vacancies.jsonl:1: id: required field is missing",
            "vacancies.jsonl:1: employer: required field is missing",
            "vacancies.jsonl:1: type: required field is missing",
            "vacancies.jsonl:1: location: required field is missing");
    assertThat(
            vacancyErrors(
                j(
                    "{'id': 'v-1', 'employer': {'id': 'e 1'}, 'type': 'JOB',"
                        + " 'location': {'lat': 50, 'lon': 8}}")))
        .containsExactly(
            "vacancies.jsonl:1: employer.id: \"e 1\" is not a valid id (1 to 64 of A-Z a-z 0-9 . _"
                + " : -)",
            "vacancies.jsonl:1: employer.name: required field is missing");
  }

  @Test
  void type_andLevel_areEnums() {
    assertThat(vacancyErrors(j("{" + MINIMAL.replace("'JOB'", "'INTERNSHIP'") + "}")))
        .containsExactly(
            "vacancies.jsonl:1: type: \"INTERNSHIP\" is not one of PRACTICAL_TRIAL, EQ, TQ,"
                + " APPRENTICESHIP, ASSISTED_APPRENTICESHIP, JOB");
    assertThat(vacancyErrors(with("'level': 'MASTER', 'requiresSchoolCertificate': 'BACHELOR'")))
        .containsExactly(
            "vacancies.jsonl:1: level: \"MASTER\" is not one of HELPER, SKILLED, SPECIALIST,"
                + " EXPERT",
            "vacancies.jsonl:1: requiresSchoolCertificate: \"BACHELOR\" is not one of NONE,"
                + " HAUPTSCHULE, MITTLERE_REIFE, ABITUR");
  }

  @Test
  void languages_minIsACefrLevelAndCodesAreUnique() {
    assertThat(vacancyErrors(with("'languages': [{'code': 'de', 'min': 'B3'}]")))
        .containsExactly(
            "vacancies.jsonl:1: languages[0].min: \"B3\" is not a CEFR level (A1..C2)");
    assertThat(
            vacancyErrors(
                with("'languages': [{'code': 'de', 'min': 'B1'}, {'code': 'de', 'min': 'B2'}]")))
        .containsExactly("vacancies.jsonl:1: languages[1].code: \"de\" is listed twice");
  }

  @Test
  void numericRanges_placesDurationHours() {
    assertThat(vacancyErrors(with("'places': 0")))
        .containsExactly("vacancies.jsonl:1: places: 0 is out of range (1..2147483647)");
    assertThat(vacancyErrors(with("'places': 1e12")))
        .containsExactly("vacancies.jsonl:1: places: 1.0E12 is out of range (1..2147483647)");
    assertThat(vacancyErrors(with("'places': 1" + "0".repeat(40))))
        .containsExactly(
            "vacancies.jsonl:1: places: 1" + "0".repeat(40) + " is out of range (1..2147483647)");
    assertThat(vacancyErrors(with("'durationMonths': 121")))
        .containsExactly("vacancies.jsonl:1: durationMonths: 121 is out of range (1..120)");
    assertThat(vacancyErrors(with("'hoursPerWeek': 70")))
        .containsExactly("vacancies.jsonl:1: hoursPerWeek: 70 is out of range (1..60)");
  }

  @Test
  void start_mustBeARealDate() {
    assertThat(vacancyErrors(with("'start': '2027-13-01'")))
        .containsExactly(
            "vacancies.jsonl:1: start: \"2027-13-01\" is not a real date (YYYY-MM-DD)");
  }

  @Test
  void coordinates_inRange() {
    assertThat(vacancyErrors(j("{" + MINIMAL.replace("'lat': 50.0", "'lat': -90.5") + "}")))
        .containsExactly("vacancies.jsonl:1: location.lat: -90.5 is out of range (-90..90)");
  }

  @Test
  void duplicateIds_rejectedFirstKept() {
    var results = Read.vacancies(j("{" + MINIMAL + "}"), "", j("{" + MINIMAL + "}"));
    assertThat(results).hasSize(2);
    assertThat(results.get(0)).isInstanceOf(LineResult.Accepted.class);
    assertThat(Read.errors(results.get(1)))
        .containsExactly(
            "vacancies.jsonl:3: id: \"v-1\" duplicates the id on line 1 (the first is kept)");
  }

  @Test
  void skills_textFormInlineOrNested() {
    Vacancy v =
        accepted(
            with(
                "'skills': [{'text': 'kochen', 'lang': 'de'},"
                    + " {'skill': {'text': 'backen', 'lang': 'de'}, 'essential': false}],"
                    + " 'occupation': {'text': 'Koch', 'lang': 'de'}"));
    assertThat(v.skills())
        .containsExactly(
            new RequiredSkill(ConceptRef.text("kochen", "de"), true),
            new RequiredSkill(ConceptRef.text("backen", "de"), false));
    assertThat(v.occupation()).contains(ConceptRef.text("Koch", "de"));
  }

  @Test
  void unknownFields_warn() {
    var r = Read.vacancies(with("'salary': 3000, 'employer2': {}"));
    assertThat(Read.warnings(r.get(0)))
        .containsExactly(
            "vacancies.jsonl:1: salary: unknown field, ignored",
            "vacancies.jsonl:1: employer2: unknown field, ignored");
  }
}
