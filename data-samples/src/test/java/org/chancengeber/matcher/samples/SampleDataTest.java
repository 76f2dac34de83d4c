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

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.Evidence;
import org.chancengeber.matcher.model.GeoPoint;
import org.chancengeber.matcher.model.Literacy;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.model.ResidenceStatus;
import org.junit.jupiter.api.Test;

final class SampleDataTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, JsonNode> PEOPLE = read(SampleData.openCandidates());
  private static final Map<String, JsonNode> OFFERS = read(SampleData.openVacancies());
  private static final List<String> SEED_CITIES =
      List.of("Kaiserslautern", "Kassel", "Krefeld", "Dresden", "Düsseldorf");

  @Test
  void candidates_everyLine_hasRequiredFields() {
    assertThat(PEOPLE).hasSizeGreaterThanOrEqualTo(300);
    PEOPLE.forEach(
        (id, p) -> {
          assertThat(p.path("location").path("lat").isNumber()).as(id).isTrue();
          assertThat(p.path("location").path("lon").isNumber()).as(id).isTrue();
          assertThat(p.path("location").path("city").asText()).as(id).isNotBlank();
          assertThat(p.path("birthYear").asInt()).as(id).isBetween(1960, 2010);
          assertThat(enumName(Literacy.values())).as(id).contains(p.path("literacy").asText());
          assertThat(enumName(ResidenceStatus.values()))
              .as(id)
              .contains(p.path("residence").path("status").asText());
          LocalDate since = LocalDate.parse(p.path("residence").path("since").asText());
          if (p.path("residence").has("validUntil")) {
            LocalDate until = LocalDate.parse(p.path("residence").path("validUntil").asText());
            assertThat(until).as(id).isAfterOrEqualTo(since);
          }
          assertThat(languages(p)).as(id).containsKey("de");
          languages(p).values().forEach(l -> assertThat(Cefr.parse(l)).as(id).isPresent());
          for (JsonNode s : p.path("skills")) {
            assertThat(s.has("skill") || (s.has("text") && s.has("lang"))).as(id).isTrue();
            assertThat(enumName(Evidence.values())).as(id).contains(s.path("evidence").asText());
          }
          for (JsonNode m : p.path("measures")) {
            if (m.has("completed")) {
              assertThat(LocalDate.parse(m.path("completed").asText()))
                  .as(id)
                  .isBefore(Generator.DEFAULT_REFERENCE_DATE);
            }
          }
          assertThat(p.path("audit").path("gender").asText()).as(id).isIn("f", "m");
          assertThat(p.path("audit").path("nationality").asText()).as(id).hasSize(2);
        });
  }

  @Test
  void candidates_coverTheSeedsRange() {
    Set<String> statuses = values(PEOPLE, p -> p.path("residence").path("status").asText());
    assertThat(statuses).containsExactlyInAnyOrderElementsOf(enumName(ResidenceStatus.values()));
    assertThat(values(PEOPLE, p -> p.path("literacy").asText()))
        .containsExactlyInAnyOrder("LATIN", "OTHER_SCRIPT", "NONE");
    assertThat(values(PEOPLE, p -> languages(p).get("de")))
        .containsExactlyInAnyOrder("A1", "A2", "B1", "B2", "C1");
    assertThat(values(PEOPLE, p -> p.path("audit").path("nationality").asText()))
        .containsExactlyInAnyOrder("SY", "AF", "UA", "IQ", "ER", "IR", "SO", "PK");
    assertThat(values(PEOPLE, p -> p.path("location").path("city").asText()))
        .containsAll(SEED_CITIES);
    assertThat(values(PEOPLE, p -> String.valueOf(p.path("education").path("isced").asInt())))
        .contains("0", "7");
    Set<String> evidence = new HashSet<>();
    PEOPLE
        .values()
        .forEach(p -> p.path("skills").forEach(s -> evidence.add(s.path("evidence").asText())));
    assertThat(evidence).containsExactlyInAnyOrderElementsOf(enumName(Evidence.values()));
  }

  @Test
  void vacancies_everyLine_hasRequiredFields() {
    assertThat(OFFERS).hasSizeGreaterThanOrEqualTo(150);
    OFFERS.forEach(
        (id, v) -> {
          assertThat(v.path("employer").path("id").asText()).as(id).isNotBlank();
          assertThat(v.path("employer").path("name").asText()).as(id).isNotBlank();
          assertThat(enumName(OfferType.values())).as(id).contains(v.path("type").asText());
          assertThat(v.path("title").asText()).as(id).isNotBlank();
          assertThat(v.path("occupation").asText())
              .as(id)
              .startsWith("http://data.europa.eu/esco/occupation/");
          assertThat(v.path("location").path("lat").isNumber()).as(id).isTrue();
          assertThat(v.path("places").asInt()).as(id).isPositive();
          assertThat(LocalDate.parse(v.path("start").asText()))
              .as(id)
              .isAfter(Generator.DEFAULT_REFERENCE_DATE);
          assertThat(v.path("skills").size()).as(id).isPositive();
          assertThat(Cefr.parse(v.path("languages").path(0).path("min").asText()))
              .as(id)
              .isPresent();
        });
    assertThat(values(OFFERS, v -> v.path("type").asText()))
        .containsExactlyInAnyOrderElementsOf(enumName(OfferType.values()));
    assertThat(values(OFFERS, v -> v.path("location").path("city").asText()))
        .containsAll(SEED_CITIES);
  }

  @Test
  void samples_conceptIds_existInSampleTaxonomy() throws IOException {
    Set<String> known = new HashSet<>();
    for (String file : List.of("occupations_en.csv", "skills_en.csv")) {
      known.addAll(uris(resource(SampleData.TAXONOMY_FOLDER + "/" + file)));
    }
    assertThat(known).hasSize(41 + 500);
    Set<String> used = new HashSet<>();
    for (String file : List.of(SampleData.CANDIDATES_NAME, SampleData.VACANCIES_NAME)) {
      used.addAll(uris(resource("org/chancengeber/matcher/samples/" + file)));
    }
    assertThat(known).containsAll(used);
  }

  @Test
  void caseCook_trialNearRestaurant() {
    JsonNode cook = PEOPLE.get("c-case-cook");
    JsonNode restaurant = OFFERS.get("v-case-restaurant");
    String cookUri = restaurant.path("occupation").asText();
    assertThat(cook.path("audit").path("nationality").asText()).isEqualTo("SY");
    assertThat(cook.path("location").path("city").asText()).isEqualTo("Kassel");
    assertThat(restaurant.path("type").asText()).isEqualTo("JOB");
    assertThat(cook.path("measures").findValuesAsText("occupation")).contains(cookUri);
    JsonNode trial = find(cook.path("measures"), "type", "PRACTICAL_TRIAL");
    assertThat(trial.path("occupation").asText()).isEqualTo(cookUri);
    assertThat(trial.path("result").asText()).isEqualTo("POSITIVE");
    assertThat(distanceKm(cook, restaurant)).isLessThan(2);
    // no other cook offer of any type within his reach
    OFFERS.values().stream()
        .filter(v -> !v.path("id").asText().equals("v-case-restaurant"))
        .filter(v -> v.path("occupation").asText().equals(cookUri))
        .forEach(
            v ->
                assertThat(distanceKm(cook, v)).isGreaterThan(cook.path("maxTravelKm").asDouble()));
  }

  @Test
  void caseA2_apprenticeshipNeedsB1AndFitsHerSkills() {
    JsonNode person = PEOPLE.get("c-case-a2");
    JsonNode offer = OFFERS.get("v-case-apprenticeship");
    assertThat(languages(person).get("de")).isEqualTo("A2");
    assertThat(person.path("audit").path("gender").asText()).isEqualTo("f");
    assertThat(offer.path("type").asText()).isEqualTo("APPRENTICESHIP");
    assertThat(offer.path("level").asText()).isEqualTo("SKILLED");
    assertThat(offer.path("languages").path(0).path("min").asText()).isEqualTo("B1");
    assertThat(distanceKm(person, offer)).isLessThan(person.path("maxTravelKm").asDouble());
    Set<String> hers = new HashSet<>(person.path("skills").findValuesAsText("skill"));
    List<String> essential = new ArrayList<>();
    offer.path("skills").forEach(s -> essential.add(s.path("skill").asText()));
    long covered = essential.stream().filter(hers::contains).count();
    assertThat(covered / (double) essential.size()).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void caseDuldung_trialAndJobOfSameOccupationNearby() {
    JsonNode person = PEOPLE.get("c-case-duldung");
    JsonNode trial = OFFERS.get("v-case-trial");
    JsonNode job = OFFERS.get("v-case-job");
    assertThat(person.path("residence").path("status").asText()).isEqualTo("DULDUNG");
    assertThat(person.path("residence").path("workPermission").asText("APPROVAL_REQUIRED"))
        .isEqualTo("APPROVAL_REQUIRED");
    assertThat(trial.path("type").asText()).isEqualTo("PRACTICAL_TRIAL");
    assertThat(job.path("type").asText()).isEqualTo("JOB");
    assertThat(trial.path("occupation").asText()).isEqualTo(job.path("occupation").asText());
    assertThat(distanceKm(person, trial)).isLessThan(5);
    assertThat(distanceKm(person, job)).isLessThan(5);
  }

  private static Map<String, JsonNode> read(InputStream in) {
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        JsonNode node = JSON.readTree(line);
        String id = node.path("id").asText();
        assertThat(id).as("line %d", n).isNotBlank();
        assertThat(byId.put(id, node)).as("duplicate id %s on line %d", id, n).isNull();
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return byId;
  }

  private static Map<String, String> languages(JsonNode person) {
    Map<String, String> levels = new LinkedHashMap<>();
    person
        .path("languages")
        .forEach(l -> levels.put(l.path("code").asText(), l.path("level").asText()));
    return levels;
  }

  private static Set<String> values(
      Map<String, JsonNode> nodes, java.util.function.Function<JsonNode, String> f) {
    return nodes.values().stream().map(f).collect(Collectors.toSet());
  }

  private static List<String> enumName(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  private static JsonNode find(JsonNode array, String field, String value) {
    for (JsonNode n : array) {
      if (n.path(field).asText().equals(value)) {
        return n;
      }
    }
    throw new AssertionError("no " + field + "=" + value + " in " + array);
  }

  private static double distanceKm(JsonNode a, JsonNode b) {
    return point(a).distanceKm(point(b));
  }

  private static GeoPoint point(JsonNode n) {
    return new GeoPoint(
        n.path("location").path("lat").asDouble(), n.path("location").path("lon").asDouble());
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = SampleDataTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Set<String> uris(String text) {
    Matcher m =
        Pattern.compile("http://data\\.europa\\.eu/esco/(?:occupation|skill)/[0-9a-f-]{36}")
            .matcher(text);
    Set<String> found = new HashSet<>();
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }
}
