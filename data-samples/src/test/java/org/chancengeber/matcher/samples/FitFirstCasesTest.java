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
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chancengeber.matcher.Assessment;
import org.chancengeber.matcher.MatchEngine;
import org.chancengeber.matcher.io.CandidateFormat;
import org.chancengeber.matcher.io.JsonLinesReader;
import org.chancengeber.matcher.io.LineResult;
import org.chancengeber.matcher.io.ReadOptions;
import org.chancengeber.matcher.io.VacancyFormat;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.CandidateRecord;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.ConceptRef;
import org.chancengeber.matcher.model.Employer;
import org.chancengeber.matcher.model.Evidence;
import org.chancengeber.matcher.model.Experience;
import org.chancengeber.matcher.model.Location;
import org.chancengeber.matcher.model.Match;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.model.Readiness;
import org.chancengeber.matcher.model.RequirementLevel;
import org.chancengeber.matcher.model.Residence;
import org.chancengeber.matcher.model.ResidenceStatus;
import org.chancengeber.matcher.model.SkillClaim;
import org.chancengeber.matcher.model.StepKind;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.profile.ScoringProfile;
import org.chancengeber.matcher.taxonomy.EscoImporter;
import org.chancengeber.matcher.taxonomy.OccupationSkill;
import org.chancengeber.matcher.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;

/**
 * The cases of the fit-first issue, as a case worker would try them: on the sample taxonomy and,
 * where the shared data is present, on the official ESCO download.
 */
final class FitFirstCasesTest {
  private static final LocalDate TODAY = Generator.DEFAULT_REFERENCE_DATE;
  private static final String OCC = "http://data.europa.eu/esco/occupation/";
  private static final String COOK = OCC + "90f75f67-495d-49fa-ab57-2f320e251d7e";
  private static final String WELDER = OCC + "7aedaa07-3884-4c5b-88f9-80997b2aa54b";
  private static final List<String> UNRELATED =
      List.of(
          WELDER,
          OCC + "8d3e8aaa-791b-4c75-a465-f3f827028f50", // nurse
          OCC + "bea705fe-06ac-4147-b8e0-6e8ac1208d8f", // warehouse worker
          OCC + "45037d43-a8f5-4f46-b332-b2935bc305f4", // truck driver
          OCC + "f2b15a0e-e65a-438a-affb-29b9d50b77d1"); // software developer
  private static final Location KASSEL = Location.of(51.3127, 9.4797, "Kassel");

  /** About 30 km north of Kassel. */
  private static final Location HOFGEISMAR = Location.of(51.4960, 9.3840, "Hofgeismar");

  private static final Employer EVERY_SUPPORT =
      new Employer("e-near", "Nearby GmbH", true, true, true);
  private static final Employer PLAIN = new Employer("e-far", "Gasthof Nord", false, false, false);

  @Test
  void cookWithFourNamedSkills_getsTheCookOfferFirst_overNearbyUnrelatedOffers_sample() {
    cookGetsTheCookOfferFirst(SampleData.taxonomy());
  }

  @Test
  void cookWithFourNamedSkills_getsTheCookOfferFirst_overNearbyUnrelatedOffers_fullEsco() {
    cookGetsTheCookOfferFirst(esco());
  }

  @Test
  void cook_isNotReadyNowForASkilledWelderJob() {
    Taxonomy t = SampleData.taxonomy();
    Candidate cook =
        Candidate.builder("c-cook", KASSEL, Residence.of(ResidenceStatus.RECOGNISED))
            .birthYear(1990)
            .language("de", Cefr.B2)
            .experience(new Experience(ConceptRef.id(COOK), 5, java.util.Optional.of("SY")))
            .skill(SkillClaim.of(ConceptRef.text("kochen", "de"), Evidence.CERTIFICATE))
            .build();
    Vacancy welder = offer(t, "v-welder", WELDER, KASSEL, EVERY_SUPPORT).build();
    try (MatchEngine engine = MatchEngine.builder().taxonomy(t).today(TODAY).build()) {
      Assessment a = engine.explain(cook, welder);
      assertThat(a.match()).isEmpty();
      assertThat(a.exclusions())
          .extracting(m -> m.render(Locale.ENGLISH))
          .singleElement()
          .asString()
          .startsWith("the person's skills, experience and preferences fit this offer 0.0")
          .endsWith("below the minimum fit 0.10");
    }
    // even with no minimum fit, the pathway is honest: none of the essential skills means a
    // whole partial qualification, beyond the horizon
    try (MatchEngine engine =
        MatchEngine.builder()
            .taxonomy(t)
            .today(TODAY)
            .profile(ScoringProfile.defaults().toBuilder().minFit(0).build())
            .build()) {
      Assessment a = engine.explain(cook, welder);
      assertThat(a.match()).isEmpty();
      assertThat(a.exclusions())
          .extracting(m -> m.render(Locale.ENGLISH))
          .containsExactly("Ready in about 24 months, beyond the horizon of 12 months");
    }
  }

  @Test
  void sampleCasePeople_stillGetWhatTheCaseWorkersAgreed() {
    Map<String, Candidate> people = people();
    try (MatchEngine engine =
        MatchEngine.builder().taxonomy(SampleData.taxonomy()).today(TODAY).build()) {
      offers().forEach(engine::upsertVacancy);
      engine.refresh();
      // the Syrian cook who passed a trial at the restaurant: that job, first and ready now
      List<Match> cook = engine.matchesFor(people.get("c-case-cook"), 5);
      assertThat(cook.get(0).vacancy()).isEqualTo("v-case-restaurant");
      assertThat(cook.get(0).readiness()).isEqualTo(Readiness.READY_NOW);
      // A2 German: the apprenticeship, reachable after a language course
      Match apprenticeship =
          find(engine.matchesFor(people.get("c-case-a2"), 10), "v-case-apprenticeship");
      assertThat(apprenticeship.readiness()).isEqualTo(Readiness.REACHABLE);
      assertThat(apprenticeship.pathway())
          .extracting(s -> s.step())
          .containsAnyOf(StepKind.INTEGRATION_COURSE, StepKind.LANGUAGE_COURSE);
      // Duldung: the trial needs no permit step, the job of the same occupation does
      List<Match> duldung = engine.matchesFor(people.get("c-case-duldung"), 10);
      assertThat(find(duldung, "v-case-trial").pathway())
          .extracting(s -> s.step())
          .doesNotContain(StepKind.WORK_PERMIT);
      assertThat(find(duldung, "v-case-job").pathway())
          .extracting(s -> s.step())
          .contains(StepKind.WORK_PERMIT);
    }
  }

  private static void cookGetsTheCookOfferFirst(Taxonomy t) {
    List<OccupationSkill> essential =
        t.skillsOf(COOK).stream().filter(OccupationSkill::essential).limit(4).toList();
    assertThat(essential).hasSize(4);
    Candidate.Builder b =
        Candidate.builder("c-thin", KASSEL, Residence.of(ResidenceStatus.RECOGNISED))
            .maxTravelKm(40)
            .birthYear(1992)
            .language("de", Cefr.A2);
    for (int i = 0; i < essential.size(); i++) {
      b.skill(
          SkillClaim.of(
              ConceptRef.id(essential.get(i).skillUri()),
              i < 2 ? Evidence.SELF_REPORTED : Evidence.ASSESSED));
    }
    Candidate person = b.build();
    List<Vacancy> offers = new ArrayList<>();
    offers.add(offer(t, "v-cook", COOK, HOFGEISMAR, PLAIN).start(TODAY.plusMonths(4)).build());
    for (int i = 0; i < UNRELATED.size(); i++) {
      offers.add(
          offer(t, "v-near-" + i, UNRELATED.get(i), KASSEL, EVERY_SUPPORT).start(TODAY).build());
    }
    try (MatchEngine engine = MatchEngine.builder().taxonomy(t).today(TODAY).build()) {
      offers.forEach(engine::upsertVacancy);
      engine.refresh();
      List<Match> ranked = engine.matchesFor(person, 6);
      assertThat(ranked).extracting(Match::vacancy).first().isEqualTo("v-cook");
      assertThat(ranked.get(0).explanation().render(Locale.ENGLISH))
          .contains("the person's skills fit \"cook\"");
    }
  }

  /** A job for an occupation listing its first essential skills, as an advert does. */
  private static Vacancy.Builder offer(
      Taxonomy t, String id, String occupation, Location where, Employer employer) {
    Vacancy.Builder b =
        Vacancy.builder(id, employer, OfferType.JOB, where)
            .title(id)
            .occupation(ConceptRef.id(occupation))
            .level(RequirementLevel.SKILLED)
            .language("de", Cefr.A2);
    t.skillsOf(occupation).stream()
        .filter(OccupationSkill::essential)
        .limit(6)
        .forEach(s -> b.skill(ConceptRef.id(s.skillUri()), true));
    return b;
  }

  private static Match find(List<Match> matches, String vacancy) {
    return matches.stream().filter(m -> m.vacancy().equals(vacancy)).findFirst().orElseThrow();
  }

  private static Taxonomy esco() {
    Path root = Path.of(System.getProperty("chancengeber.shared.data", "../../shared/data"));
    Path v111 = root.resolve("esco/v1.1.1");
    assumeTrue(
        Files.isDirectory(v111),
        "shared reference data absent (" + v111.toAbsolutePath() + "): test skipped");
    return EscoImporter.load(
        v111.resolve("esco-v1.1.1-classification-en-csv.zip"),
        v111.resolve("esco-v1.1.1-classification-relations-csv.zip"),
        root.resolve("esco/v1.2.0-de"));
  }

  private static Map<String, Candidate> people() {
    Map<String, Candidate> byId = new LinkedHashMap<>();
    try (JsonLinesReader<CandidateRecord> r =
        CandidateFormat.reader(
            SampleData.openCandidates(), SampleData.CANDIDATES_NAME, ReadOptions.DEFAULTS)) {
      r.stream()
          .map(l -> ((LineResult.Accepted<CandidateRecord>) l).value().candidate())
          .forEach(c -> byId.put(c.id(), c));
    }
    return byId;
  }

  private static List<Vacancy> offers() {
    List<Vacancy> all = new ArrayList<>();
    try (JsonLinesReader<Vacancy> r =
        VacancyFormat.reader(
            SampleData.openVacancies(), SampleData.VACANCIES_NAME, ReadOptions.DEFAULTS)) {
      r.stream().map(l -> ((LineResult.Accepted<Vacancy>) l).value()).forEach(all::add);
    }
    return all;
  }
}
