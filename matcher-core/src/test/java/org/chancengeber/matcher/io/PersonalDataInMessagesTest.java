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
import static org.chancengeber.matcher.io.CandidateFormatTest.only;
import static org.chancengeber.matcher.io.CandidateFormatTest.with;

import java.util.List;
import java.util.Map;
import org.chancengeber.matcher.model.CandidateRecord;
import org.junit.jupiter.api.Test;

/**
 * Messages for stderr ({@link InputError#toString()}) name file, line, field and reason but never
 * an input value; the detailed form for the rejects file keeps the value. The audit block never
 * rejects a person.
 */
final class PersonalDataInMessagesTest {

  private static LineResult<CandidateRecord> one(String json) {
    List<LineResult<CandidateRecord>> r = Read.candidates(json);
    assertThat(r).hasSize(1);
    return r.get(0);
  }

  private static List<InputError> errors(String json) {
    return ((LineResult.Rejected<CandidateRecord>) one(json)).errors();
  }

  private static List<String> printed(List<InputError> errors) {
    return errors.stream().map(InputError::toString).toList();
  }

  @Test
  void personalValues_printedWithoutValues_detailedWithThem() {
    List<InputError> e =
        errors(
            only(
                "'id': 'c-1', 'location': {'lat': 95.123, 'lon': 9.5, 'city': ' '},"
                    + " 'birthYear': 1901,"
                    + " 'residence': {'status': 'ASYL', 'since': '2026-05-01',"
                    + " 'validUntil': '2025-02-31'},"
                    + " 'skills': [{'text': 'Ahmed kocht', 'lang': 'Arabisch'}]"));

    assertThat(printed(e))
        .containsExactly(
            "candidates.jsonl:1: location.lat: out of range (-90..90)",
            "candidates.jsonl:1: location.city: blank, expected some text",
            "candidates.jsonl:1: birthYear: out of range (1946..2012: age 14 to 80 in 2026)",
            "candidates.jsonl:1: residence.status: not one of RECOGNISED, TEMPORARY_PROTECTION,"
                + " GESTATTUNG, DULDUNG, AUSBILDUNGSDULDUNG, BESCHAEFTIGUNGSDULDUNG, CHANCEN,"
                + " OTHER_PERMIT",
            "candidates.jsonl:1: residence.validUntil: not a real date (YYYY-MM-DD)",
            "candidates.jsonl:1: skills[0].lang: not a language code (ISO 639, 2 or 3 lower-case"
                + " letters, e.g. \"de\")");
    assertThat(e.stream().map(InputError::detailed))
        .containsExactly(
            "candidates.jsonl:1: location.lat: 95.123 is out of range (-90..90)",
            "candidates.jsonl:1: location.city: \" \" is blank, expected some text",
            "candidates.jsonl:1: birthYear: 1901 is out of range (1946..2012: age 14 to 80 in"
                + " 2026)",
            "candidates.jsonl:1: residence.status: \"ASYL\" is not one of RECOGNISED,"
                + " TEMPORARY_PROTECTION, GESTATTUNG, DULDUNG, AUSBILDUNGSDULDUNG,"
                + " BESCHAEFTIGUNGSDULDUNG, CHANCEN, OTHER_PERMIT",
            "candidates.jsonl:1: residence.validUntil: \"2025-02-31\" is not a real date"
                + " (YYYY-MM-DD)",
            "candidates.jsonl:1: skills[0].lang: \"Arabisch\" is not a language code (ISO 639, 2"
                + " or 3 lower-case letters, e.g. \"de\")");
  }

  @Test
  void residenceDatesInWrongOrder_printedWithoutTheDates() {
    InputError e =
        errors(
                only(
                    "'id': 'c-1', 'location': {'lat': 51.3, 'lon': 9.5}, 'residence': {'status': 'DULDUNG', 'since': '2026-05-01', 'validUntil': '2026-01-01'}"))
            .get(0);

    assertThat(e.toString())
        .isEqualTo("candidates.jsonl:1: residence.validUntil: is before residence.since");
    assertThat(e.detailed())
        .isEqualTo(
            "candidates.jsonl:1: residence.validUntil: \"2026-01-01\" is before residence.since"
                + " \"2026-05-01\"");
  }

  @Test
  void wrongTypes_printedAsKindsNotValues() {
    List<InputError> e = errors(with("'hoursPerWeek': '38 Stunden', 'skills': [1985]"));

    assertThat(printed(e))
        .containsExactly(
            "candidates.jsonl:1: hoursPerWeek: expected a whole number, got a string",
            "candidates.jsonl:1: skills[0]: expected an object, got a number");
    assertThat(e.get(0).detailed())
        .isEqualTo("candidates.jsonl:1: hoursPerWeek: expected a whole number, got \"38 Stunden\"");
  }

  @Test
  void brokenJson_printedWithoutTheTokenItQuotes() {
    InputError e = errors("{\"id\": \"c-1\", \"name\": Ahmed Mustafa}").get(0);

    assertThat(e.toString())
        .doesNotContain("Ahmed")
        .startsWith("candidates.jsonl:1: not valid JSON: column ");
    assertThat(e.toString()).contains("Unrecognized token: was expecting");
    assertThat(e.detailed()).contains("Unrecognized token 'Ahmed': was expecting");
  }

  @Test
  void invalidAndDuplicateIds_printedWithoutTheId() {
    List<LineResult<CandidateRecord>> r =
        Read.candidates(
            with("'birthYear': 1990"),
            with("'birthYear': 1991"),
            only(CandidateFormatTest.MINIMAL.replace("c-1", "Ahmed Mustafa")));

    InputError duplicate = ((LineResult.Rejected<CandidateRecord>) r.get(1)).errors().get(0);
    InputError invalid = ((LineResult.Rejected<CandidateRecord>) r.get(2)).errors().get(0);
    assertThat(duplicate.toString())
        .isEqualTo("candidates.jsonl:2: id: duplicates the id on line 1 (the first is kept)");
    assertThat(invalid.toString())
        .isEqualTo("candidates.jsonl:3: id: not a valid id (1 to 64 of A-Z a-z 0-9 . _ : -)");
  }

  @Test
  void auditValueNotAString_droppedWithWarningAndPersonAccepted() {
    LineResult<CandidateRecord> r = one(with("'audit': {'gender': 'f', 'age': 99}"));

    assertThat(r).isInstanceOf(LineResult.Accepted.class);
    var a = (LineResult.Accepted<CandidateRecord>) r;
    assertThat(a.value().audit().values()).isEqualTo(Map.of("gender", "f"));
    assertThat(a.warnings().stream().map(InputError::toString))
        .containsExactly("candidates.jsonl:1: audit.age: expected a string, got a number; dropped");
  }

  @Test
  void auditNotAnObject_ignoredWithWarningAndPersonAccepted() {
    var a = (LineResult.Accepted<CandidateRecord>) one(with("'audit': 'syrisch, weiblich'"));

    assertThat(a.value().audit().values()).isEmpty();
    assertThat(a.warnings().stream().map(InputError::toString))
        .containsExactly("candidates.jsonl:1: audit: expected an object, got a string; ignored");
  }

  @Test
  void auditUnknownKey_keptWithWarning() {
    var a =
        (LineResult.Accepted<CandidateRecord>)
            one(with("'audit': {'gender': 'm', 'religion': 'x', 'nationality': 'SY'}"));

    assertThat(a.value().audit().values())
        .isEqualTo(Map.of("gender", "m", "religion", "x", "nationality", "SY"));
    assertThat(a.warnings().stream().map(InputError::toString))
        .containsExactly(
            "candidates.jsonl:1: audit.religion: not a known audit attribute (gender,"
                + " nationality); kept for fairness reports only");
  }

  @Test
  void auditProblems_neverRejectEvenWithOtherErrors_andDoNotAddErrors() {
    var x = (LineResult.Rejected<CandidateRecord>) one(with("'audit': [1], 'hoursPerWeek': 0"));

    assertThat(printed(x.errors()))
        .containsExactly(
            "candidates.jsonl:1: hoursPerWeek: out of range (1..60)",
            "candidates.jsonl:1: audit: expected an object, got an array; ignored");
  }
}
