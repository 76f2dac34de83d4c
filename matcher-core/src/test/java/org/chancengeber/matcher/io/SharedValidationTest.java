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
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.ConceptRef;
import org.chancengeber.matcher.model.Employer;
import org.chancengeber.matcher.model.Evidence;
import org.chancengeber.matcher.model.Experience;
import org.chancengeber.matcher.model.GeoPoint;
import org.chancengeber.matcher.model.Location;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.model.Residence;
import org.chancengeber.matcher.model.ResidenceStatus;
import org.chancengeber.matcher.model.SkillClaim;
import org.chancengeber.matcher.model.Vacancy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Java builders and records reject the same bad values as the JSON Lines readers, with the same
 * words: for each value the reader's detailed error is {@code file:line: <path>: <detail>} and the
 * builder's {@link IllegalArgumentException} is {@code <field>: <detail>}, the field being the last
 * segment of the path. The values are the value-level lines of {@link HostileInputTest}'s corpus
 * (NaN and out-of-range coordinates) and the values the issue found accepted by the builders (an
 * empty id, the language code "Arabisch"), with their neighbours.
 */
final class SharedValidationTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String OCC = "http://data.europa.eu/esco/occupation/metal";
  private static final String PERSON =
      "{\"id\":\"c-1\",\"location\":{\"lat\":51.3,\"lon\":9.5},\"residence\":{\"status\":\"DULDUNG\"}}";
  private static final Location KASSEL = Location.of(51.3, 9.5, "Kassel");
  private static final Residence DULDUNG = Residence.of(ResidenceStatus.DULDUNG);
  private static final Employer EMPLOYER =
      new Employer("e-1", "Beispiel GmbH", false, false, false);

  /** A case: the path in JSON, the bad JSON value, and the builder call with the same value. */
  record Case(String name, boolean vacancy, String path, String json, Runnable builder) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> corpus() {
    String long65 = "c-" + "x".repeat(63);
    return Stream.of(
            person("empty id", "id", "\"\"", () -> person("").build()),
            person("id with a space", "id", "\"c 1\"", () -> person("c 1").build()),
            person("id of 65 characters", "id", "\"" + long65 + "\"", () -> person(long65).build()),
            person(
                "lat NaN (hostile corpus)",
                "location.lat",
                "NaN",
                () -> new GeoPoint(Double.NaN, 9.5)),
            person(
                "lon 200 (hostile corpus)", "location.lon", "200", () -> new GeoPoint(51.3, 200)),
            person("lat 95.5", "location.lat", "95.5", () -> Location.of(95.5, 9.5, "Kassel")),
            person(
                "maxTravelKm 5000",
                "maxTravelKm",
                "5000",
                () -> person("c-1").maxTravelKm(5000).build()),
            person(
                "maxTravelKm -1", "maxTravelKm", "-1", () -> person("c-1").maxTravelKm(-1).build()),
            person(
                "hoursPerWeek 0", "hoursPerWeek", "0", () -> person("c-1").hoursPerWeek(0).build()),
            person(
                "hoursPerWeek 61",
                "hoursPerWeek",
                "61",
                () -> person("c-1").hoursPerWeek(61).build()),
            person(
                "language code Arabisch",
                "languages[0].code",
                "[{\"code\":\"Arabisch\",\"level\":\"B1\"}]",
                () -> person("c-1").language("Arabisch", Cefr.B1).build()),
            person(
                "language code DE",
                "languages[0].code",
                "[{\"code\":\"DE\",\"level\":\"B1\"}]",
                () -> person("c-1").language("DE", Cefr.B1).build()),
            person(
                "experience years -1",
                "experience[0].years",
                "[{\"occupation\":\"" + OCC + "\",\"years\":-1}]",
                () -> new Experience(ConceptRef.id(OCC), -1, Optional.empty())),
            person(
                "experience years 61",
                "experience[0].years",
                "[{\"occupation\":\"" + OCC + "\",\"years\":61}]",
                () -> new Experience(ConceptRef.id(OCC), 61, Optional.empty())),
            person(
                "experience country Syria",
                "experience[0].country",
                "[{\"occupation\":\"" + OCC + "\",\"years\":2,\"country\":\"Syria\"}]",
                () -> new Experience(ConceptRef.id(OCC), 2, Optional.of("Syria"))),
            person(
                "skill text blank",
                "skills[0].text",
                "[{\"text\":\"  \",\"lang\":\"de\",\"evidence\":\"SELF_REPORTED\"}]",
                () -> ConceptRef.text("  ", "de")),
            person(
                "skill lang Deutsch",
                "skills[0].lang",
                "[{\"text\":\"kochen\",\"lang\":\"Deutsch\",\"evidence\":\"SELF_REPORTED\"}]",
                () -> ConceptRef.text("kochen", "Deutsch")),
            person(
                "skill years 61",
                "skills[0].years",
                "[{\"text\":\"kochen\",\"lang\":\"de\",\"evidence\":\"SELF_REPORTED\",\"years\":61}]",
                () ->
                    new SkillClaim(
                        ConceptRef.text("kochen", "de"),
                        Evidence.SELF_REPORTED,
                        OptionalDouble.of(61))),
            offer("offer: empty id", "id", "\"\"", () -> offer("").build()),
            offer(
                "offer: employer id with a slash",
                "employer.id",
                "\"e/1\"",
                () -> new Employer("e/1", "Beispiel GmbH", false, false, false)),
            offer(
                "offer: hoursPerWeek 70",
                "hoursPerWeek",
                "70",
                () -> offer("v-1").hoursPerWeek(70).build()),
            offer(
                "offer: durationMonths 0",
                "durationMonths",
                "0",
                () -> offer("v-1").durationMonths(0).build()),
            offer(
                "offer: language code Arabisch",
                "languages[0].code",
                "[{\"code\":\"Arabisch\",\"min\":\"A2\"}]",
                () -> offer("v-1").language("Arabisch", Cefr.A2).build()))
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void builderAndReader_rejectTheSameValueWithTheSameWords(Case c) throws Exception {
    String line = line(c);
    List<String> errors = c.vacancy() ? Read.vacancyErrors(line) : Read.candidateErrors(line);
    String error =
        errors.stream()
            .filter(e -> e.contains(": " + c.path() + ": "))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no error at " + c.path() + ": " + errors));
    Matcher m = Pattern.compile("^[^:]+:\\d+: (\\S+): (.*)$").matcher(error);
    assertThat(m.matches()).as(error).isTrue();
    String readerDetail = m.group(2);

    Throwable thrown = catchThrowable(c.builder()::run);

    assertThat(thrown).as(c.name()).isInstanceOf(IllegalArgumentException.class);
    String field = c.path().substring(c.path().lastIndexOf('.') + 1).replaceAll("\\[\\d+]", "");
    assertThat(thrown.getMessage()).isEqualTo(field + ": " + readerDetail);
  }

  private static Case person(String name, String path, String json, Runnable builder) {
    return new Case(name, false, path, json, builder);
  }

  private static Case offer(String name, String path, String json, Runnable builder) {
    return new Case(name, true, path, json, builder);
  }

  private static Candidate.Builder person(String id) {
    return Candidate.builder(id, KASSEL, DULDUNG);
  }

  private static Vacancy.Builder offer(String id) {
    return Vacancy.builder(id, EMPLOYER, OfferType.JOB, KASSEL).title("Helfer");
  }

  /** The valid base line with the value at {@code path} replaced by the case's JSON. */
  private static String line(Case c) throws Exception {
    ObjectNode root = (ObjectNode) JSON.readTree(c.vacancy() ? VacancyFormatTest.EXAMPLE : PERSON);
    String[] parts = c.path().replaceAll("\\[\\d+]", "").split("\\.");
    ObjectNode at = root;
    String top = parts[0];
    if (c.path().contains("[0]")) {
      // a list field: the JSON is the whole list
      root.set(top, JSON.readTree(c.json()));
      return JSON.writeValueAsString(root);
    }
    for (int i = 0; i < parts.length - 1; i++) {
      at = (ObjectNode) at.get(parts[i]);
    }
    String field = parts[parts.length - 1];
    if (c.json().equals("NaN")) {
      // as in the hostile corpus: the bare token NaN, which JSON does not have
      at.put(field, 12345.25);
      return JSON.writeValueAsString(root).replace("12345.25", "NaN");
    }
    JsonNode v = JSON.readTree(c.json());
    at.set(field, v);
    return JSON.writeValueAsString(root);
  }
}
