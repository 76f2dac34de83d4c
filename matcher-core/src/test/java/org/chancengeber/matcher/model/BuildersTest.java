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
package org.chancengeber.matcher.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** toBuilder() keeps every value; a builder changes one field without a long constructor. */
final class BuildersTest {
  private static final String OCC = "http://data.europa.eu/esco/occupation/cook";
  private static final String SKILL = "http://data.europa.eu/esco/skill/cook-meals";
  private static final Location KASSEL = Location.of(51.3127, 9.4797, "Kassel");
  private static final Employer EMPLOYER = new Employer("e-1", "Beispiel GmbH", true, false, true);

  private static Candidate person() {
    return Candidate.builder(
            "c-1",
            KASSEL,
            Residence.builder(ResidenceStatus.DULDUNG)
                .since(LocalDate.of(2024, 3, 1))
                .validUntil(LocalDate.of(2027, 3, 1))
                .identityClarified(false)
                .build())
        .maxTravelKm(40)
        .availableFrom(LocalDate.of(2027, 1, 1))
        .hoursPerWeek(30)
        .birthYear(1998)
        .language("de", Cefr.A2)
        .language(new LanguageLevel("ar", Cefr.C2, Map.of(), true))
        .literacy(Literacy.OTHER_SCRIPT)
        .drivingLicence(DrivingLicence.B)
        .skill(SkillClaim.of(ConceptRef.id(SKILL), Evidence.PRACTICAL_TRIAL))
        .experience(Experience.builder(ConceptRef.id(OCC)).years(3).country("SY").build())
        .preferences(new Preferences(List.of(ConceptRef.id(OCC)), Set.of(OfferType.JOB)))
        .build();
  }

  private static Vacancy offer() {
    return Vacancy.builder("v-1", EMPLOYER, OfferType.APPRENTICESHIP, KASSEL)
        .title("Ausbildung Koch/Köchin")
        .occupation(ConceptRef.id(OCC))
        .level(RequirementLevel.SKILLED)
        .skill(ConceptRef.id(SKILL), true)
        .language("de", Cefr.B1)
        .requiresSchoolCertificate(SchoolCertificate.HAUPTSCHULE)
        .drivingLicence(DrivingLicence.B)
        .acceptsWithoutCertificates(false)
        .places(3)
        .start(LocalDate.of(2027, 8, 1))
        .durationMonths(36)
        .hoursPerWeek(39)
        .description("Wir bilden aus.")
        .build();
  }

  @Test
  void candidateToBuilder_buildsAnEqualPerson() {
    Candidate p = person();
    assertThat(p.toBuilder().build()).isEqualTo(p);
  }

  @Test
  void candidateToBuilder_changesOneFieldAndKeepsTheRest() {
    Candidate p = person();
    Candidate moved = p.toBuilder().id("c-2").maxTravelKm(10).build();

    assertThat(moved.id()).isEqualTo("c-2");
    assertThat(moved.maxTravelKm()).isEqualTo(10);
    assertThat(moved.toBuilder().id("c-1").maxTravelKm(40).build()).isEqualTo(p);
  }

  @Test
  void candidateBuilder_listSettersReplace_addersAppend() {
    Candidate p = person();
    Candidate b1 = p.toBuilder().languages(List.of(LanguageLevel.of("de", Cefr.B1))).build();
    Candidate more = p.toBuilder().language("en", Cefr.A1).build();

    assertThat(b1.languages()).containsExactly(LanguageLevel.of("de", Cefr.B1));
    assertThat(more.languages()).hasSize(3);
  }

  @Test
  void vacancyToBuilder_buildsAnEqualOffer_andChangesOneField() {
    Vacancy v = offer();
    assertThat(v.toBuilder().build()).isEqualTo(v);
    Vacancy later = v.toBuilder().start(LocalDate.of(2028, 8, 1)).build();
    assertThat(later.start()).contains(LocalDate.of(2028, 8, 1));
    assertThat(later.toBuilder().start(LocalDate.of(2027, 8, 1)).build()).isEqualTo(v);
  }

  @Test
  void residenceAndExperience_roundTripThroughTheirBuilders() {
    Residence r = person().residence();
    Experience e = person().experience().get(0);

    assertThat(r.toBuilder().build()).isEqualTo(r);
    assertThat(r.toBuilder().status(ResidenceStatus.RECOGNISED).build().status())
        .isEqualTo(ResidenceStatus.RECOGNISED);
    assertThat(Residence.builder(ResidenceStatus.GESTATTUNG).build())
        .isEqualTo(Residence.of(ResidenceStatus.GESTATTUNG));
    assertThat(e.toBuilder().build()).isEqualTo(e);
    assertThat(e).isEqualTo(new Experience(ConceptRef.id(OCC), 3, Optional.of("SY")));
  }

  @Test
  void builders_checkValuesAtBuild_withTheReadersWords() {
    assertThatThrownBy(() -> person().toBuilder().id("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id: \"\" is not a valid id (1 to 64 of A-Z a-z 0-9 . _ : -)");
    assertThatThrownBy(() -> Experience.builder(ConceptRef.id(OCC)).country("Syria").build())
        .hasMessage(
            "country: \"Syria\" is not a country code (ISO 3166 alpha-2, 2 upper-case letters,"
                + " e.g. \"SY\")");
    assertThatThrownBy(
            () ->
                Residence.builder(ResidenceStatus.DULDUNG)
                    .since(LocalDate.of(2026, 1, 1))
                    .validUntil(LocalDate.of(2025, 1, 1))
                    .build())
        .hasMessage("validUntil (2025-01-01) is before since (2026-01-01)");
  }
}
