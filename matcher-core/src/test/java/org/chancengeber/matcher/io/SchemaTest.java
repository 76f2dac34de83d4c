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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.chancengeber.matcher.model.CandidateRecord;
import org.chancengeber.matcher.model.Vacancy;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/schema/*.schema.json} true: the documented examples and everything the writers
 * produce validate; lines the reader rejects for a rule the schema can express fail it too.
 */
final class SchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** {@code docs/schema} of the project, found from the working directory upwards. */
  static Path schemaDir() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path dir = p.resolve("docs").resolve("schema");
      if (Files.isDirectory(dir)) {
        return dir;
      }
    }
    throw new IllegalStateException("docs/schema not found above " + Path.of("").toAbsolutePath());
  }

  static JsonSchema schema(String name) {
    try (InputStream in = Files.newInputStream(schemaDir().resolve(name))) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(in, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Set<String> problems(JsonSchema schema, String json) {
    try {
      JsonNode node = JSON.readTree(json);
      return schema.validate(node).stream()
          .map(ValidationMessage::getMessage)
          .collect(Collectors.toCollection(java.util.TreeSet::new));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private final JsonSchema candidate = schema("candidate.schema.json");
  private final JsonSchema vacancy = schema("vacancy.schema.json");
  private final JsonSchema match = schema("match.schema.json");

  @Test
  void examples_validate() {
    assertThat(problems(candidate, CandidateFormatTest.EXAMPLE)).isEmpty();
    assertThat(problems(candidate, CandidateFormatTest.only(CandidateFormatTest.MINIMAL)))
        .isEmpty();
    assertThat(problems(vacancy, VacancyFormatTest.EXAMPLE)).isEmpty();
    assertThat(problems(vacancy, VacancyFormatTest.j("{" + VacancyFormatTest.MINIMAL + "}")))
        .isEmpty();
  }

  @Test
  void writerOutput_validates() {
    Random random = new Random(5);
    for (int i = 0; i < 300; i++) {
      CandidateRecord c = RoundTripTest.Gen.candidate(random, "c-" + i);
      String line = CandidateFormat.toJson(c);
      assertThat(problems(candidate, line)).as(line).isEmpty();
      Vacancy v = RoundTripTest.Gen.vacancy(random, "v-" + i);
      String vline = VacancyFormat.toJson(v);
      assertThat(problems(vacancy, vline)).as(vline).isEmpty();
    }
    for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
      String line = MatchFormat.toJson(MatchFormatTest.match(), locale);
      assertThat(problems(match, line)).as(line).isEmpty();
    }
  }

  /**
   * Lines the reader rejects (or warns about) fail the schema as well. Rules the schema cannot
   * express are checked by the reader only: the birth year's age range (relative to today), real
   * dates beyond the pattern (checked by format assertions here, but optional for other
   * validators), unique ids within a file, a language listed twice, validUntil before since.
   */
  @Test
  void invalidCandidates_failTheSchemaAndTheReader() {
    List<String> bad =
        List.of(
            "{}",
            CandidateFormatTest.with("'languages': [{'code': 'de', 'level': 'B3'}]"),
            CandidateFormatTest.with("'literacy': 'latin'"),
            CandidateFormatTest.with("'hoursPerWeek': 61"),
            CandidateFormatTest.with("'hoursPerWeek': 30.5"),
            CandidateFormatTest.with("'maxTravelKm': 1001"),
            CandidateFormatTest.with("'availableFrom': '15.01.2027'"),
            CandidateFormatTest.with("'availableFrom': '2027-02-30'"),
            CandidateFormatTest.with("'skills': [{'skill': 's', 'years': 61}]"),
            CandidateFormatTest.with("'skills': [{'text': 'kochen'}]"),
            CandidateFormatTest.with("'skills': [{'skill': 's', 'text': 'kochen', 'lang': 'de'}]"),
            CandidateFormatTest.with(
                "'experience': [{'occupation': 'o', 'years': 1, 'country': 'Syria'}]"),
            CandidateFormatTest.with("'drivingLicences': ['X']"),
            CandidateFormatTest.with("'audit': {'age': 30}"),
            CandidateFormatTest.with("'education': {'isced': 9}"),
            CandidateFormatTest.with("'favouriteColour': 'blue'"),
            CandidateFormatTest.only(
                "'id': 'c 1', 'location': {'lat': 1, 'lon': 2}, 'residence': {'status': 'DULDUNG'}"),
            CandidateFormatTest.only(
                "'id': 'c-1', 'location': {'lat': 95, 'lon': 2}, 'residence': {'status': 'DULDUNG'}"),
            CandidateFormatTest.only(
                "'id': 'c-1', 'location': {'lat': 1, 'lon': 2}, 'residence': {'status': 'ASYL'}"));
    for (String line : bad) {
      assertThat(problems(candidate, line)).as(line).isNotEmpty();
      LineResult<CandidateRecord> r = Read.candidates(line).get(0);
      assertThat(r instanceof LineResult.Rejected || !Read.warnings(r).isEmpty()).as(line).isTrue();
    }
  }

  @Test
  void invalidVacancies_failTheSchemaAndTheReader() {
    List<String> bad =
        List.of(
            "{}",
            VacancyFormatTest.with("'places': 0"),
            VacancyFormatTest.with("'durationMonths': 121"),
            VacancyFormatTest.with("'languages': [{'code': 'de', 'min': 'B3'}]"),
            VacancyFormatTest.with("'level': 'MASTER'"),
            VacancyFormatTest.with("'skills': [{'essential': true}]"),
            VacancyFormatTest.with("'start': '2027-13-01'"),
            VacancyFormatTest.with("'salary': 3000"));
    for (String line : bad) {
      assertThat(problems(vacancy, line)).as(line).isNotEmpty();
      LineResult<Vacancy> r = Read.vacancies(line).get(0);
      assertThat(r instanceof LineResult.Rejected || !Read.warnings(r).isEmpty()).as(line).isTrue();
    }
  }

  @Test
  void match_schemaRejectsAScoreAboveOne() {
    String line = MatchFormat.toJson(MatchFormatTest.match(), Locale.ENGLISH);
    assertThat(problems(match, line.replace("\"score\":0.8333", "\"score\":1.5"))).isNotEmpty();
    assertThat(problems(match, line.replace(",\"gaps\":[", ",\"gapz\":["))).isNotEmpty();
  }
}
