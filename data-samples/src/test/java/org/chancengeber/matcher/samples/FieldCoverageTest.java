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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.chancengeber.matcher.io.CandidateFormat;
import org.chancengeber.matcher.io.VacancyFormat;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.CandidateRecord;
import org.chancengeber.matcher.model.ConceptRef;
import org.chancengeber.matcher.model.LanguageLevel;
import org.chancengeber.matcher.model.LanguageRequirement;
import org.chancengeber.matcher.model.Location;
import org.chancengeber.matcher.model.Measure;
import org.chancengeber.matcher.model.Vacancy;
import org.junit.jupiter.api.Test;

/**
 * The generator fills the same fields as the hand-made sample files: every leaf field path of
 * PRODUCT.md's format that occurs in the samples also occurs in generated records, and no other.
 */
final class FieldCoverageTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void generatedPeople_coverSameFieldsAsSamples() {
    Set<String> generated = new TreeSet<>();
    new Generator(TestTaxonomies.small(), 11).candidates(3000).forEach(p -> paths(p, generated));
    assertThat(generated).isEqualTo(jsonPaths(SampleData.openCandidates()));
  }

  @Test
  void generatedOffers_coverSameFieldsAsSamples() {
    Set<String> generated = new TreeSet<>();
    new Generator(TestTaxonomies.small(), 11).vacancies(3000).forEach(v -> paths(v, generated));
    assertThat(generated).isEqualTo(jsonPaths(SampleData.openVacancies()));
  }

  @Test
  void writtenByTheFormat_generatedFilesCoverSameFieldsAsSamples() throws IOException {
    Generator g = new Generator(SampleData.taxonomy(), 11);
    StringBuilder people = new StringBuilder();
    g.candidates(1000).forEach(p -> people.append(CandidateFormat.toJson(p)).append('\n'));
    StringBuilder offers = new StringBuilder();
    g.vacancies(1000).forEach(v -> offers.append(VacancyFormat.toJson(v)).append('\n'));
    assertThat(jsonPaths(utf8(people))).isEqualTo(jsonPaths(SampleData.openCandidates()));
    assertThat(jsonPaths(utf8(offers))).isEqualTo(jsonPaths(SampleData.openVacancies()));
  }

  private static InputStream utf8(CharSequence text) {
    return new java.io.ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Leaf paths of every line: {@code a.b} for objects, {@code a[]} for array elements. */
  private static Set<String> jsonPaths(InputStream in) {
    Set<String> paths = new TreeSet<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        collect(JSON.readTree(line), "", paths);
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return paths;
  }

  private static void collect(JsonNode node, String path, Set<String> paths) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        collect(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), paths);
      }
    } else if (node.isArray()) {
      node.forEach(element -> collect(element, path + "[]", paths));
    } else {
      paths.add(path);
    }
  }

  private static void paths(CandidateRecord record, Set<String> p) {
    Candidate c = record.candidate();
    p.add("id");
    location(c.location(), "location", p);
    p.add("maxTravelKm");
    c.availableFrom().ifPresent(d -> p.add("availableFrom"));
    c.hoursPerWeek().ifPresent(h -> p.add("hoursPerWeek"));
    c.birthYear().ifPresent(y -> p.add("birthYear"));
    for (LanguageLevel l : c.languages()) {
      p.add("languages[].code");
      p.add("languages[].level");
      if (l.nativeSpeaker()) {
        p.add("languages[].native");
      }
      l.dimensions()
          .keySet()
          .forEach(d -> p.add("languages[]." + d.name().toLowerCase(Locale.ROOT)));
    }
    p.add("literacy");
    c.education().isced().ifPresent(i -> p.add("education.isced"));
    p.add("education.germanSchoolCertificate");
    p.add("residence.status");
    c.residence().since().ifPresent(d -> p.add("residence.since"));
    c.residence().validUntil().ifPresent(d -> p.add("residence.validUntil"));
    c.residence().workPermission().ifPresent(w -> p.add("residence.workPermission"));
    p.add("residence.identityClarified");
    c.drivingLicences().forEach(d -> p.add("drivingLicences[]"));
    c.skills()
        .forEach(
            s -> {
              concept(s.skill(), "skills[]", "skill", p);
              p.add("skills[].evidence");
              s.years().ifPresent(y -> p.add("skills[].years"));
            });
    c.experience()
        .forEach(
            e -> {
              concept(e.occupation(), "experience[]", "occupation", p);
              p.add("experience[].years");
              e.country().ifPresent(x -> p.add("experience[].country"));
            });
    c.qualifications()
        .forEach(
            q -> {
              concept(q.occupation(), "qualifications[]", "occupation", p);
              p.add("qualifications[].recognition");
              p.add("qualifications[].documents");
            });
    for (Measure m : c.measures()) {
      p.add("measures[].type");
      m.occupation().ifPresent(o -> concept(o, "measures[]", "occupation", p));
      m.completed().ifPresent(d -> p.add("measures[].completed"));
      m.result().ifPresent(d -> p.add("measures[].result"));
    }
    c.preferences().occupations().forEach(o -> concept(o, "preferences.occupations", "[]", p));
    c.preferences().offerTypes().forEach(t -> p.add("preferences.offerTypes[]"));
    record.audit().values().keySet().forEach(k -> p.add("audit." + k));
  }

  private static void paths(Vacancy v, Set<String> p) {
    p.add("id");
    p.add("employer.id");
    p.add("employer.name");
    p.add("employer.mentoring");
    p.add("employer.languageSupport");
    p.add("employer.experienceWithRefugees");
    p.add("type");
    p.add("title");
    v.occupation().ifPresent(o -> concept(o, "", "occupation", p));
    v.level().ifPresent(l -> p.add("level"));
    v.skills()
        .forEach(
            s -> {
              concept(s.skill(), "skills[]", "skill", p);
              p.add("skills[].essential");
            });
    for (LanguageRequirement l : v.languages()) {
      p.add("languages[].code");
      p.add("languages[].min");
      if (!l.essential()) {
        p.add("languages[].essential");
      }
    }
    p.add("requiresSchoolCertificate");
    v.drivingLicence().ifPresent(d -> p.add("drivingLicence"));
    p.add("acceptsWithoutCertificates");
    location(v.location(), "location", p);
    p.add("places");
    v.start().ifPresent(d -> p.add("start"));
    v.durationMonths().ifPresent(d -> p.add("durationMonths"));
    v.hoursPerWeek().ifPresent(d -> p.add("hoursPerWeek"));
    p.add("description");
  }

  private static void location(Location l, String prefix, Set<String> p) {
    p.add(prefix + ".lat");
    p.add(prefix + ".lon");
    l.postcode().ifPresent(x -> p.add(prefix + ".postcode"));
    l.city().ifPresent(x -> p.add(prefix + ".city"));
  }

  /** An id is the value itself; free text is an object {@code {"text", "lang"}}. */
  private static void concept(ConceptRef ref, String parent, String field, Set<String> p) {
    String path =
        field.equals("[]") ? parent + "[]" : parent.isEmpty() ? field : parent + "." + field;
    switch (ref) {
      case ConceptRef.Id id -> p.add(path);
      case ConceptRef.Text text -> {
        if (field.equals("skill")) {
          // a free-text skill claim carries text and lang beside the claim's other fields
          p.add(parent + ".text");
          p.add(parent + ".lang");
        } else {
          p.add(path + ".text");
          p.add(path + ".lang");
        }
      }
    }
  }
}
