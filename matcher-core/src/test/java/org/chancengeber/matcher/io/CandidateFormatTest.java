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
import static org.chancengeber.matcher.io.Read.candidateErrors;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.chancengeber.matcher.model.AuditAttributes;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.CandidateRecord;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.ConceptRef;
import org.chancengeber.matcher.model.DrivingLicence;
import org.chancengeber.matcher.model.Education;
import org.chancengeber.matcher.model.Evidence;
import org.chancengeber.matcher.model.Experience;
import org.chancengeber.matcher.model.LanguageDimension;
import org.chancengeber.matcher.model.LanguageLevel;
import org.chancengeber.matcher.model.Literacy;
import org.chancengeber.matcher.model.Measure;
import org.chancengeber.matcher.model.MeasureType;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.model.Preferences;
import org.chancengeber.matcher.model.Qualification;
import org.chancengeber.matcher.model.Recognition;
import org.chancengeber.matcher.model.Residence;
import org.chancengeber.matcher.model.ResidenceStatus;
import org.chancengeber.matcher.model.SchoolCertificate;
import org.chancengeber.matcher.model.SkillClaim;
import org.chancengeber.matcher.model.WorkPermission;
import org.chancengeber.matcher.taxonomy.Labels;
import org.chancengeber.matcher.taxonomy.Occupation;
import org.chancengeber.matcher.taxonomy.Skill;
import org.chancengeber.matcher.taxonomy.SkillType;
import org.chancengeber.matcher.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;

final class CandidateFormatTest {
  static final String OCC = "http://data.europa.eu/esco/occupation/cook";
  static final String SKILL = "http://data.europa.eu/esco/skill/weld";

  /** The example of PRODUCT.md, on one line. */
  static final String EXAMPLE =
      j(
          "{'id': 'c-1001',"
              + " 'location': {'lat': 51.3127, 'lon': 9.4797, 'postcode': '34117', 'city': 'Kassel'},"
              + " 'maxTravelKm': 25, 'availableFrom': '2027-01-15', 'hoursPerWeek': 30,"
              + " 'birthYear': 1999,"
              + " 'languages': [{'code': 'de', 'level': 'A2'}, {'code': 'ar', 'level': 'C2',"
              + " 'native': true}],"
              + " 'literacy': 'LATIN',"
              + " 'education': {'isced': 3, 'germanSchoolCertificate': 'NONE'},"
              + " 'residence': {'status': 'GESTATTUNG', 'since': '2026-02-01',"
              + " 'validUntil': '2027-02-01', 'workPermission': 'APPROVAL_REQUIRED',"
              + " 'identityClarified': true},"
              + " 'drivingLicences': ['B'],"
              + " 'skills': [{'skill': '"
              + SKILL
              + "', 'evidence': 'PRACTICAL_TRIAL', 'years': 4},"
              + " {'text': 'kochen', 'lang': 'de', 'evidence': 'SELF_REPORTED'}],"
              + " 'experience': [{'occupation': '"
              + OCC
              + "', 'years': 6, 'country': 'SY'}],"
              + " 'qualifications': [{'occupation': '"
              + OCC
              + "', 'recognition': 'PARTIAL', 'documents': false}],"
              + " 'measures': [{'type': 'INTEGRATION_COURSE', 'completed': '2026-06-30',"
              + " 'result': 'A2'}, {'type': 'PRACTICAL_TRIAL', 'occupation': '"
              + OCC
              + "', 'completed': '2026-09-01', 'result': 'POSITIVE'}],"
              + " 'preferences': {'occupations': ['"
              + OCC
              + "'], 'offerTypes': ['APPRENTICESHIP', 'JOB']},"
              + " 'audit': {'gender': 'm', 'nationality': 'SY'}}");

  static final String MINIMAL =
      "'id': 'c-1', 'location': {'lat': 51.3, 'lon': 9.5}, 'residence': {'status': 'GESTATTUNG'}";

  /** Single quotes to double quotes, so that JSON in tests stays readable. */
  static String j(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  /** A minimal valid candidate with {@code extra} fields added (single-quoted JSON). */
  static String with(String extra) {
    return j("{" + MINIMAL + ", " + extra + "}");
  }

  /** A candidate with the given fields only. */
  static String only(String fields) {
    return j("{" + fields + "}");
  }

  static CandidateRecord accepted(String json) {
    var results = Read.candidates(json);
    assertThat(results).hasSize(1);
    assertThat(results.get(0))
        .as(Read.errors(results.get(0)).toString())
        .isInstanceOf(LineResult.Accepted.class);
    return ((LineResult.Accepted<CandidateRecord>) results.get(0)).value();
  }

  @Test
  void example_mapsEveryField() {
    CandidateRecord r = accepted(EXAMPLE);
    Candidate c = r.candidate();
    assertThat(c.id()).isEqualTo("c-1001");
    assertThat(c.location().point().lat()).isEqualTo(51.3127);
    assertThat(c.location().point().lon()).isEqualTo(9.4797);
    assertThat(c.location().postcode()).contains("34117");
    assertThat(c.location().city()).contains("Kassel");
    assertThat(c.maxTravelKm()).isEqualTo(25.0);
    assertThat(c.availableFrom()).contains(LocalDate.of(2027, 1, 15));
    assertThat(c.hoursPerWeek()).isEqualTo(OptionalInt.of(30));
    assertThat(c.birthYear()).isEqualTo(OptionalInt.of(1999));
    assertThat(c.languages())
        .containsExactly(
            LanguageLevel.of("de", Cefr.A2), new LanguageLevel("ar", Cefr.C2, Map.of(), true));
    assertThat(c.literacy()).isEqualTo(Literacy.LATIN);
    assertThat(c.education()).isEqualTo(new Education(OptionalInt.of(3), SchoolCertificate.NONE));
    assertThat(c.residence())
        .isEqualTo(
            new Residence(
                ResidenceStatus.GESTATTUNG,
                Optional.of(LocalDate.of(2026, 2, 1)),
                Optional.of(LocalDate.of(2027, 2, 1)),
                Optional.of(WorkPermission.APPROVAL_REQUIRED),
                true));
    assertThat(c.drivingLicences()).containsExactly(DrivingLicence.B);
    assertThat(c.skills())
        .containsExactly(
            new SkillClaim(ConceptRef.id(SKILL), Evidence.PRACTICAL_TRIAL, OptionalDouble.of(4)),
            SkillClaim.of(ConceptRef.text("kochen", "de"), Evidence.SELF_REPORTED));
    assertThat(c.experience())
        .containsExactly(new Experience(ConceptRef.id(OCC), 6, Optional.of("SY")));
    assertThat(c.qualifications())
        .containsExactly(new Qualification(ConceptRef.id(OCC), Recognition.PARTIAL, false));
    assertThat(c.measures())
        .containsExactly(
            new Measure(
                MeasureType.INTEGRATION_COURSE,
                Optional.empty(),
                Optional.of(LocalDate.of(2026, 6, 30)),
                Optional.of("A2")),
            new Measure(
                MeasureType.PRACTICAL_TRIAL,
                Optional.of(ConceptRef.id(OCC)),
                Optional.of(LocalDate.of(2026, 9, 1)),
                Optional.of("POSITIVE")));
    assertThat(c.preferences())
        .isEqualTo(
            new Preferences(
                List.of(ConceptRef.id(OCC)), Set.of(OfferType.APPRENTICESHIP, OfferType.JOB)));
    assertThat(r.audit())
        .isEqualTo(new AuditAttributes(Map.of("gender", "m", "nationality", "SY")));
  }

  @Test
  void minimal_takesTheDocumentedDefaults() {
    CandidateRecord r = accepted(only(MINIMAL));
    Candidate c = r.candidate();
    assertThat(c.maxTravelKm()).isEqualTo(25.0);
    assertThat(c.availableFrom()).isEmpty();
    assertThat(c.hoursPerWeek()).isEmpty();
    assertThat(c.birthYear()).isEmpty();
    assertThat(c.languages()).isEmpty();
    assertThat(c.literacy()).isEqualTo(Literacy.LATIN);
    assertThat(c.education()).isEqualTo(Education.UNKNOWN);
    assertThat(c.residence()).isEqualTo(Residence.of(ResidenceStatus.GESTATTUNG));
    assertThat(c.drivingLicences()).isEmpty();
    assertThat(c.skills()).isEmpty();
    assertThat(c.experience()).isEmpty();
    assertThat(c.qualifications()).isEmpty();
    assertThat(c.measures()).isEmpty();
    assertThat(c.preferences()).isEqualTo(Preferences.NONE);
    assertThat(r.audit()).isEqualTo(AuditAttributes.NONE);
  }

  @Test
  void listDefaults_evidenceRecognitionNative() {
    Candidate c =
        accepted(
                with(
                    "'languages': [{'code': 'de', 'level': 'B1', 'reading': 'B2'}],"
                        + " 'skills': [{'skill': 's1'}],"
                        + " 'qualifications': [{'occupation': 'o1'}]"))
            .candidate();
    assertThat(c.languages())
        .containsExactly(
            new LanguageLevel("de", Cefr.B1, Map.of(LanguageDimension.READING, Cefr.B2), false));
    assertThat(c.skills())
        .containsExactly(SkillClaim.of(ConceptRef.id("s1"), Evidence.SELF_REPORTED));
    assertThat(c.qualifications())
        .containsExactly(new Qualification(ConceptRef.id("o1"), Recognition.NONE, false));
  }

  @Test
  void nullValue_countsAsAbsent() {
    Candidate c = accepted(with("'birthYear': null, 'availableFrom': null")).candidate();
    assertThat(c.birthYear()).isEmpty();
    assertThat(
            candidateErrors(
                only("'id': 'c-1', 'location': null, 'residence': {'status': 'DULDUNG'}")))
        .containsExactly("candidates.jsonl:1: location: required field is missing");
  }

  @Test
  void emptyObject_namesEveryMissingRequiredField() {
    assertThat(candidateErrors("{}"))
        .containsExactly(
            "candidates.jsonl:1: id: required field is missing",
            "candidates.jsonl:1: location: required field is missing",
            "candidates.jsonl:1: residence: required field is missing");
  }

  @Test
  void nestedRequiredFields_missing() {
    assertThat(candidateErrors(only("'id': 'c-1', 'location': {}, 'residence': {}")))
        .containsExactly(
            "candidates.jsonl:1: location.lat: required field is missing",
            "candidates.jsonl:1: location.lon: required field is missing",
            "candidates.jsonl:1: residence.status: required field is missing");
    assertThat(candidateErrors(with("'languages': [{'code': 'de'}], 'experience': [{'years': 2}]")))
        .containsExactly(
            "candidates.jsonl:1: languages[0].level: required field is missing",
            "candidates.jsonl:1: experience[0].occupation: required field is missing");
  }

  @Test
  void id_mustMatchThePattern() {
    assertThat(
            candidateErrors(
                only(
                    "'id': 'c 1', 'location': {'lat': 1, 'lon': 2},"
                        + " 'residence': {'status': 'DULDUNG'}")))
        .containsExactly(
            "candidates.jsonl:1: id: \"c 1\" is not a valid id (1 to 64 of A-Z a-z 0-9 . _ : -)");
    String id65 = "a".repeat(65);
    assertThat(
            candidateErrors(
                only(
                    "'id': '"
                        + id65
                        + "', 'location': {'lat': 1, 'lon': 2},"
                        + " 'residence': {'status': 'DULDUNG'}")))
        .containsExactly(
            "candidates.jsonl:1: id: \""
                + "a".repeat(60)
                + "\"… (65 characters) is not a valid id (1 to 64 of A-Z a-z 0-9 . _ : -)");
    assertThat(
            accepted(
                    only(
                        "'id': 'A.b_c:9-"
                            + "z".repeat(56)
                            + "', 'location': {'lat': 1,"
                            + " 'lon': 2}, 'residence': {'status': 'DULDUNG'}"))
                .candidate()
                .id())
        .hasSize(64);
  }

  @Test
  void id_wrongType() {
    assertThat(
            candidateErrors(
                only(
                    "'id': 17, 'location': {'lat': 1, 'lon': 2},"
                        + " 'residence': {'status': 'DULDUNG'}")))
        .containsExactly("candidates.jsonl:1: id: expected a string, got 17");
  }

  @Test
  void duplicateId_isRejectedAndTheFirstKept() {
    var results =
        Read.candidates(
            only(MINIMAL),
            only(MINIMAL.replace("51.3", "52.0")),
            only(MINIMAL.replace("c-1", "c-2")));
    assertThat(results.get(0)).isInstanceOf(LineResult.Accepted.class);
    assertThat(Read.errors(results.get(1)))
        .containsExactly(
            "candidates.jsonl:2: id: \"c-1\" duplicates the id on line 1 (the first is kept)");
    assertThat(((LineResult.Rejected<?>) results.get(1)).id()).contains("c-1");
    assertThat(results.get(2)).isInstanceOf(LineResult.Accepted.class);
  }

  @Test
  void duplicateId_ofARejectedLineDoesNotBlockALaterValidOne() {
    var results = Read.candidates(with("'hoursPerWeek': 99"), only(MINIMAL));
    assertThat(Read.errors(results.get(0)))
        .containsExactly("candidates.jsonl:1: hoursPerWeek: 99 is out of range (1..60)");
    assertThat(results.get(1)).isInstanceOf(LineResult.Accepted.class);
  }

  @Test
  void enumValue_mustBeOneOfTheConstants() {
    assertThat(candidateErrors(with("'literacy': 'ARABIC'")))
        .containsExactly(
            "candidates.jsonl:1: literacy: \"ARABIC\" is not one of LATIN, OTHER_SCRIPT, NONE");
    assertThat(candidateErrors(with("'literacy': 'latin'")))
        .containsExactly(
            "candidates.jsonl:1: literacy: \"latin\" is not one of LATIN, OTHER_SCRIPT, NONE");
    assertThat(
            candidateErrors(
                only(
                    "'id': 'c-1', 'location': {'lat': 1, 'lon': 2},"
                        + " 'residence': {'status': 'ASYL', 'workPermission': 'MAYBE'}")))
        .containsExactly(
            "candidates.jsonl:1: residence.status: \"ASYL\" is not one of RECOGNISED,"
                + " TEMPORARY_PROTECTION, GESTATTUNG, DULDUNG, AUSBILDUNGSDULDUNG,"
                + " BESCHAEFTIGUNGSDULDUNG, CHANCEN, OTHER_PERMIT",
            "candidates.jsonl:1: residence.workPermission: \"MAYBE\" is not one of ALLOWED,"
                + " APPROVAL_REQUIRED, BANNED");
    assertThat(candidateErrors(with("'drivingLicences': ['B', 'X', 3]")))
        .containsExactly(
            "candidates.jsonl:1: drivingLicences[1]: \"X\" is not one of AM, A1, A2, A, B, BE,"
                + " C1, C1E, C, CE, D1, D1E, D, DE, L, T",
            "candidates.jsonl:1: drivingLicences[2]: expected a string, got 3");
    assertThat(candidateErrors(with("'skills': [{'skill': 's', 'evidence': 'DIPLOMA'}]")))
        .containsExactly(
            "candidates.jsonl:1: skills[0].evidence: \"DIPLOMA\" is not one of SELF_REPORTED,"
                + " ASSESSED, PRACTICAL_TRIAL, EMPLOYER_REFERENCE, CERTIFICATE, RECOGNISED");
    assertThat(candidateErrors(with("'preferences': {'offerTypes': ['JOB', 'INTERNSHIP']}")))
        .containsExactly(
            "candidates.jsonl:1: preferences.offerTypes[1]: \"INTERNSHIP\" is not one of"
                + " PRACTICAL_TRIAL, EQ, TQ, APPRENTICESHIP, ASSISTED_APPRENTICESHIP, JOB");
  }

  @Test
  void cefrLevel_mustBeA1toC2() {
    assertThat(candidateErrors(with("'languages': [{'code': 'de', 'level': 'B3'}]")))
        .containsExactly(
            "candidates.jsonl:1: languages[0].level: \"B3\" is not a CEFR level (A1..C2)");
    assertThat(
            candidateErrors(with("'languages': [{'code': 'de', 'level': 'B1', 'speaking': 'b2'}]")))
        .containsExactly(
            "candidates.jsonl:1: languages[0].speaking: \"b2\" is not a CEFR level (A1..C2)");
  }

  @Test
  void languageCode_formAndUniqueness() {
    assertThat(candidateErrors(with("'languages': [{'code': 'DE', 'level': 'B1'}]")))
        .containsExactly(
            "candidates.jsonl:1: languages[0].code: \"DE\" is not a language code (ISO 639, 2 or 3"
                + " lower-case letters, e.g. \"de\")");
    assertThat(
            candidateErrors(
                with(
                    "'languages': [{'code': 'de', 'level': 'B1'}, {'code': 'de', 'level': 'A2'}]")))
        .containsExactly("candidates.jsonl:1: languages[1].code: \"de\" is listed twice");
  }

  @Test
  void coordinates_inRangeAndFinite() {
    assertThat(
            candidateErrors(
                only(
                    "'id': 'c-1', 'location': {'lat': 95, 'lon': -181},"
                        + " 'residence': {'status': 'DULDUNG'}")))
        .containsExactly(
            "candidates.jsonl:1: location.lat: 95 is out of range (-90..90)",
            "candidates.jsonl:1: location.lon: -181 is out of range (-180..180)");
    assertThat(
            candidateErrors(
                only(
                    "'id': 'c-1', 'location': {'lat': NaN, 'lon': Infinity},"
                        + " 'residence': {'status': 'DULDUNG'}")))
        .containsExactly(
            "candidates.jsonl:1: location.lat: NaN is not a finite number",
            "candidates.jsonl:1: location.lon: Infinity is not a finite number");
    assertThat(
            candidateErrors(
                only(
                    "'id': 'c-1', 'location': {'lat': '51.3', 'lon': 9.5},"
                        + " 'residence': {'status': 'DULDUNG'}")))
        .containsExactly("candidates.jsonl:1: location.lat: expected a number, got \"51.3\"");
    assertThat(
            accepted(
                    only(
                        "'id': 'c-1', 'location': {'lat': -90, 'lon': 180},"
                            + " 'residence': {'status': 'DULDUNG'}"))
                .candidate()
                .location()
                .point()
                .lon())
        .isEqualTo(180.0);
  }

  @Test
  void date_mustBeARealDate() {
    assertThat(candidateErrors(with("'availableFrom': '2027-02-30'")))
        .containsExactly(
            "candidates.jsonl:1: availableFrom: \"2027-02-30\" is not a real date (YYYY-MM-DD)");
    assertThat(candidateErrors(with("'availableFrom': '15.01.2027'")))
        .containsExactly(
            "candidates.jsonl:1: availableFrom: \"15.01.2027\" is not a real date (YYYY-MM-DD)");
    assertThat(candidateErrors(with("'measures': [{'type': 'OTHER', 'completed': '2026-6-1'}]")))
        .containsExactly(
            "candidates.jsonl:1: measures[0].completed: \"2026-6-1\" is not a real date"
                + " (YYYY-MM-DD)");
    assertThat(accepted(with("'availableFrom': '2028-02-29'")).candidate().availableFrom())
        .contains(LocalDate.of(2028, 2, 29));
  }

  @Test
  void numericRanges_yearsHoursTravelIsced() {
    assertThat(candidateErrors(with("'skills': [{'skill': 's', 'years': 61}]")))
        .containsExactly("candidates.jsonl:1: skills[0].years: 61 is out of range (0..60)");
    assertThat(candidateErrors(with("'experience': [{'occupation': 'o', 'years': -0.5}]")))
        .containsExactly("candidates.jsonl:1: experience[0].years: -0.5 is out of range (0..60)");
    assertThat(candidateErrors(with("'hoursPerWeek': 0")))
        .containsExactly("candidates.jsonl:1: hoursPerWeek: 0 is out of range (1..60)");
    assertThat(candidateErrors(with("'hoursPerWeek': 61")))
        .containsExactly("candidates.jsonl:1: hoursPerWeek: 61 is out of range (1..60)");
    assertThat(candidateErrors(with("'hoursPerWeek': 30.5")))
        .containsExactly("candidates.jsonl:1: hoursPerWeek: expected a whole number, got 30.5");
    assertThat(candidateErrors(with("'maxTravelKm': 1001")))
        .containsExactly("candidates.jsonl:1: maxTravelKm: 1001 is out of range (0..1000)");
    assertThat(candidateErrors(with("'maxTravelKm': -1")))
        .containsExactly("candidates.jsonl:1: maxTravelKm: -1 is out of range (0..1000)");
    assertThat(candidateErrors(with("'education': {'isced': 9}")))
        .containsExactly("candidates.jsonl:1: education.isced: 9 is out of range (0..8)");
    Candidate edge =
        accepted(
                with(
                    "'hoursPerWeek': 60.0, 'maxTravelKm': 0, 'skills': [{'skill': 's', 'years': 60}]"))
            .candidate();
    assertThat(edge.hoursPerWeek()).isEqualTo(OptionalInt.of(60));
    assertThat(edge.maxTravelKm()).isZero();
  }

  @Test
  void birthYear_ageBetween14And80InTheClockYear() {
    assertThat(candidateErrors(with("'birthYear': 2013")))
        .containsExactly(
            "candidates.jsonl:1: birthYear: 2013 is out of range (1946..2012: age 14 to 80 in"
                + " 2026)");
    assertThat(candidateErrors(with("'birthYear': 1945")))
        .containsExactly(
            "candidates.jsonl:1: birthYear: 1945 is out of range (1946..2012: age 14 to 80 in"
                + " 2026)");
    assertThat(accepted(with("'birthYear': 1946")).candidate().birthYear()).hasValue(1946);
    assertThat(accepted(with("'birthYear': 2012")).candidate().birthYear()).hasValue(2012);
    // the same line a year later: the clock decides
    var later =
        Read.candidates(
            ReadOptions.DEFAULTS.withToday(LocalDate.of(2027, 1, 1)),
            with("'birthYear': 2013").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(later.get(0)).isInstanceOf(LineResult.Accepted.class);
  }

  @Test
  void residence_validUntilBeforeSinceIsAContradiction() {
    assertThat(
            candidateErrors(
                only(
                    "'id': 'c-1', 'location': {'lat': 1, 'lon': 2},"
                        + " 'residence': {'status': 'DULDUNG', 'since': '2026-02-01',"
                        + " 'validUntil': '2026-01-31'}")))
        .containsExactly(
            "candidates.jsonl:1: residence.validUntil: \"2026-01-31\" is before residence.since"
                + " \"2026-02-01\"");
    assertThat(
            accepted(
                    only(
                        "'id': 'c-1', 'location': {'lat': 1, 'lon': 2},"
                            + " 'residence': {'status': 'DULDUNG', 'since': '2026-02-01',"
                            + " 'validUntil': '2026-02-01'}"))
                .candidate()
                .residence()
                .validUntil())
        .contains(LocalDate.of(2026, 2, 1));
  }

  @Test
  void wrongTypes_sayWhatWasExpected() {
    assertThat(candidateErrors(with("'languages': {'de': 'B1'}")))
        .containsExactly("candidates.jsonl:1: languages: expected an array, got an object");
    assertThat(
            candidateErrors(
                only("'id': 'c-1', 'location': 'Kassel'," + " 'residence': {'status': 'DULDUNG'}")))
        .containsExactly("candidates.jsonl:1: location: expected an object, got \"Kassel\"");
    assertThat(candidateErrors(with("'skills': [5]")))
        .containsExactly("candidates.jsonl:1: skills[0]: expected an object, got 5");
    assertThat(
            candidateErrors(with("'languages': [{'code': 'de', 'level': 'B1', 'native': 'yes'}]")))
        .containsExactly(
            "candidates.jsonl:1: languages[0].native: expected true or false, got \"yes\"");
    assertThat(candidateErrors(with("'experience': [{'occupation': 5, 'years': 1}]")))
        .containsExactly(
            "candidates.jsonl:1: experience[0].occupation: expected a concept id or {\"text\":"
                + " ..., \"lang\": ...}, got 5");
    assertThat(candidateErrors(with("'location2': 1, 'birthYear': '1999'")))
        .containsExactly(
            "candidates.jsonl:1: birthYear: expected a whole number, got \"1999\"",
            "candidates.jsonl:1: location2: unknown field, ignored");
  }

  @Test
  void manyErrors_onOneLine_areAllReported() {
    assertThat(
            candidateErrors(
                only(
                    "'id': 'c-1', 'location': {'lat': 91, 'lon': 9},"
                        + " 'residence': {'status': 'DULDUNG'}, 'hoursPerWeek': 0,"
                        + " 'languages': [{'code': 'de', 'level': 'B3'}], 'birthYear': 1800")))
        .containsExactly(
            "candidates.jsonl:1: location.lat: 91 is out of range (-90..90)",
            "candidates.jsonl:1: hoursPerWeek: 0 is out of range (1..60)",
            "candidates.jsonl:1: birthYear: 1800 is out of range (1946..2012: age 14 to 80 in"
                + " 2026)",
            "candidates.jsonl:1: languages[0].level: \"B3\" is not a CEFR level (A1..C2)");
  }

  @Test
  void unknownFields_areWarningsOnAnAcceptedLine() {
    var results =
        Read.candidates(
            with("'favouriteColour': 'blue', 'location2': {'street': 'x'}"),
            only(
                "'id': 'c-2', 'location': {'lat': 1, 'lon': 2, 'street': 'Hauptstr. 1'},"
                    + " 'residence': {'status': 'DULDUNG'}, 'skills': [{'skill': 's', 'level': 3}]"));
    assertThat(results).allMatch(r -> r instanceof LineResult.Accepted);
    assertThat(Read.warnings(results.get(0)))
        .containsExactly(
            "candidates.jsonl:1: favouriteColour: unknown field, ignored",
            "candidates.jsonl:1: location2: unknown field, ignored");
    assertThat(Read.warnings(results.get(1)))
        .containsExactly(
            "candidates.jsonl:2: location.street: unknown field, ignored",
            "candidates.jsonl:2: skills[0].level: unknown field, ignored");
  }

  @Test
  void unknownField_nextToAnError_isListedWithTheErrors() {
    assertThat(
            candidateErrors(
                only(
                    "'id': 'c-1', 'locaton': {'lat': 1, 'lon': 2},"
                        + " 'residence': {'status': 'DULDUNG'}")))
        .containsExactly(
            "candidates.jsonl:1: locaton: unknown field; did you mean location?",
            "candidates.jsonl:1: location: required field is missing");
  }

  @Test
  void misspeltField_whoseRightNameIsMissing_rejectsTheLine_sayingWhichWasMeant() {
    // issue 14: "langauges" was a warning and the person silently spoke no German
    assertThat(
            candidateErrors(
                only(
                    "'id': 'c-1', 'location': {'lat': 51.3, 'lon': 9.5},"
                        + " 'residence': {'status': 'DULDUNG'},"
                        + " 'langauges': [{'code': 'de', 'level': 'B1'}]")))
        .containsExactly("candidates.jsonl:1: langauges: unknown field; did you mean languages?");
  }

  @Test
  void conceptText_standsWhereverAnIdIsExpected() {
    Candidate c =
        accepted(
                with(
                    "'skills': [{'skill': {'text': 'schweißen', 'lang': 'de'}}],"
                        + " 'experience': [{'occupation': {'text': 'طباخ', 'lang': 'ar'},"
                        + " 'years': 2}],"
                        + " 'preferences': {'occupations': [{'text': 'Koch', 'lang': 'de'}]}"))
            .candidate();
    assertThat(c.skills().get(0).skill()).isEqualTo(ConceptRef.text("schweißen", "de"));
    assertThat(c.experience().get(0).occupation()).isEqualTo(ConceptRef.text("طباخ", "ar"));
    assertThat(c.preferences().occupations()).containsExactly(ConceptRef.text("Koch", "de"));
  }

  @Test
  void conceptText_needsTextAndLangAndNotBothForms() {
    assertThat(candidateErrors(with("'skills': [{'text': 'kochen'}]")))
        .containsExactly("candidates.jsonl:1: skills[0].lang: required field is missing");
    assertThat(candidateErrors(with("'skills': [{'skill': 's', 'text': 'kochen', 'lang': 'de'}]")))
        .containsExactly(
            "candidates.jsonl:1: skills[0].skill: give either skill or text with lang, not both");
    assertThat(candidateErrors(with("'skills': [{'evidence': 'ASSESSED'}]")))
        .containsExactly(
            "candidates.jsonl:1: skills[0].skill: required field is missing (or give text with"
                + " lang)");
    assertThat(
            candidateErrors(
                with(
                    "'experience': [{'occupation': {'text': ' ', 'lang': 'de'},"
                        + " 'years': 1}]")))
        .containsExactly(
            "candidates.jsonl:1: experience[0].occupation.text: \" \" is blank, expected some"
                + " text");
    assertThat(candidateErrors(with("'qualifications': [{'occupation': ''}]")))
        .containsExactly(
            "candidates.jsonl:1: qualifications[0].occupation: \"\" is not a concept id (no"
                + " blanks or surrounding spaces)");
  }

  @Test
  void countryCode_isTwoUpperCaseLetters() {
    assertThat(
            candidateErrors(
                with("'experience': [{'occupation': 'o', 'years': 1, 'country': 'Syria'}]")))
        .containsExactly(
            "candidates.jsonl:1: experience[0].country: \"Syria\" is not a country code (ISO"
                + " 3166 alpha-2, 2 upper-case letters, e.g. \"SY\")");
  }

  @Test
  void unknownConceptIds_areWarningsWhenATaxonomyIsGiven() {
    Taxonomy taxonomy =
        Taxonomy.builder()
            .occupation(
                new Occupation(OCC, "5120", Optional.empty(), Labels.NONE, Optional.empty()))
            .skill(new Skill(SKILL, SkillType.SKILL_COMPETENCE, "", Labels.NONE))
            .build();
    String line =
        with(
            "'skills': [{'skill': '"
                + SKILL
                + "'}, {'skill': 'http://x/skill/unknown'}, {'skill': '"
                + OCC
                + "'}],"
                + " 'experience': [{'occupation': '"
                + OCC
                + "', 'years': 1}, {'occupation': '"
                + SKILL
                + "', 'years': 1}],"
                + " 'measures': [{'type': 'EQ', 'occupation': {'text': 'Koch', 'lang': 'de'}}]");
    var withTaxonomy =
        Read.candidates(
            Read.OPTIONS.withTaxonomy(taxonomy),
            line.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(withTaxonomy.get(0)).isInstanceOf(LineResult.Accepted.class);
    assertThat(Read.warnings(withTaxonomy.get(0)))
        .containsExactly(
            "candidates.jsonl:1: skills[1].skill: \"http://x/skill/unknown\" is not a skill in"
                + " the taxonomy",
            "candidates.jsonl:1: skills[2].skill: \"" + OCC + "\" is not a skill in the taxonomy",
            "candidates.jsonl:1: experience[1].occupation: \""
                + SKILL
                + "\" is not an occupation in the taxonomy");
    // without a taxonomy the check is skipped
    assertThat(Read.warnings(Read.candidates(line).get(0))).isEmpty();
  }

  @Test
  void emptyLists_andEmptyObjectsAreFine() {
    Candidate c =
        accepted(
                with(
                    "'languages': [], 'skills': [], 'preferences': {}, 'education': {}, 'audit': {}"))
            .candidate();
    assertThat(c.languages()).isEmpty();
    assertThat(c.preferences()).isEqualTo(Preferences.NONE);
    assertThat(c.education()).isEqualTo(Education.UNKNOWN);
  }
}
