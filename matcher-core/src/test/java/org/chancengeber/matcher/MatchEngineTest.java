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
package org.chancengeber.matcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chancengeber.matcher.Fixtures.BAUNATAL;
import static org.chancengeber.matcher.Fixtures.COOK;
import static org.chancengeber.matcher.Fixtures.CUT_METAL;
import static org.chancengeber.matcher.Fixtures.FORKLIFT;
import static org.chancengeber.matcher.Fixtures.GOETTINGEN;
import static org.chancengeber.matcher.Fixtures.KASSEL;
import static org.chancengeber.matcher.Fixtures.MANAGE_STOCK;
import static org.chancengeber.matcher.Fixtures.METAL_WORKER;
import static org.chancengeber.matcher.Fixtures.PREPARE_DISHES;
import static org.chancengeber.matcher.Fixtures.READ_DRAWINGS;
import static org.chancengeber.matcher.Fixtures.TODAY;
import static org.chancengeber.matcher.Fixtures.WAREHOUSE_WORKER;
import static org.chancengeber.matcher.Fixtures.WELD;
import static org.chancengeber.matcher.Fixtures.claim;
import static org.chancengeber.matcher.Fixtures.offer;
import static org.chancengeber.matcher.Fixtures.person;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.chancengeber.matcher.model.AuditAttributes;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.CandidateRecord;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.ConceptRef;
import org.chancengeber.matcher.model.Employer;
import org.chancengeber.matcher.model.Evidence;
import org.chancengeber.matcher.model.Exclusion;
import org.chancengeber.matcher.model.Match;
import org.chancengeber.matcher.model.Message;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.model.Vacancy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class MatchEngineTest {

  private static Candidate cook() {
    return person("c-cook")
        .language("de", Cefr.B1)
        .skill(claim(PREPARE_DISHES, Evidence.ASSESSED))
        .build();
  }

  /** Identical cook offers in Kassel, ids in scrambled order. */
  private static List<Vacancy> identicalOffers() {
    List<Vacancy> out = new ArrayList<>();
    for (String id : List.of("v-07", "v-03", "v-11", "v-01", "v-05")) {
      out.add(offer(id, COOK).skill(ConceptRef.id(PREPARE_DISHES), true).build());
    }
    return out;
  }

  @Test
  void explain_occupationInferredFromSkills_saysWhatTheStatedOccupationAdds() {
    // a sous chef who names food hygiene: alone the skill points to the kitchen assistant first,
    // with the sous chef's years the cook (same ISCO unit group) is the likelier guess
    Candidate sousChef =
        person("c-sous")
            .language("de", Cefr.B1)
            .experience(Fixtures.experience(Fixtures.SOUS_CHEF, 1))
            .skill(claim(Fixtures.FOOD_HYGIENE, Evidence.SELF_REPORTED))
            .build();
    try (MatchEngine engine = Fixtures.engine().build()) {
      Assessment a = engine.explain(sousChef, offer("v-cook", COOK).build());
      assertThat(a.match().orElseThrow().explanation().render(Locale.ENGLISH))
          .contains(
              "the person's skills fit \"cook\" (1 of them in its profile; similarity 1.00)",
              "likelier because the person stated \"sous chef\": ");
    }
  }

  @Test
  void matchesFor_tiesBreakById_andRanksCountFromOne() {
    try (MatchEngine engine = Fixtures.engine().build()) {
      engine.addVacancies(identicalOffers());
      engine.refresh();
      for (Ranking r : Ranking.values()) {
        List<Match> top = engine.matchesFor(cook(), 3, r);
        assertThat(top).extracting(Match::vacancy).containsExactly("v-01", "v-03", "v-05");
        assertThat(top).extracting(Match::rank).containsExactly(1, 2, 3);
        assertThat(top).extracting(Match::score).containsOnly(top.get(0).score());
      }
    }
  }

  @Test
  void sameInput_sameResults_acrossEnginesAndInsertionOrders() {
    Generated data = Generated.of(3, 20, 600, 40, TODAY);
    List<Vacancy> reversed = new ArrayList<>(data.vacancies);
    java.util.Collections.reverse(reversed);
    try (MatchEngine a = engine(data, data.vacancies);
        MatchEngine b = engine(data, reversed)) {
      for (Candidate c : data.candidates) {
        assertThat(b.matchesFor(c, 10)).isEqualTo(a.matchesFor(c, 10));
        assertThat(a.matchesFor(c, 10)).isEqualTo(a.matchesFor(c, 10));
      }
    }
  }

  private static MatchEngine engine(Generated data, List<Vacancy> vacancies) {
    MatchEngine e =
        MatchEngine.builder().taxonomy(data.taxonomy).today(TODAY).twoPhaseFrom(0).build();
    e.addVacancies(vacancies);
    e.addCandidates(data.candidates);
    e.refresh();
    return e;
  }

  @Test
  void auditAttributesChanged_scoresAndRankingsIdentical() {
    Generated data = Generated.of(5, 20, 600, 40, TODAY);
    List<CandidateRecord> plain = new ArrayList<>();
    List<CandidateRecord> audited = new ArrayList<>();
    int i = 0;
    for (Candidate c : data.candidates) {
      plain.add(new CandidateRecord(c, AuditAttributes.NONE));
      audited.add(
          new CandidateRecord(
              c,
              new AuditAttributes(
                  Map.of(
                      "gender", i % 2 == 0 ? "f" : "m", "nationality", i % 3 == 0 ? "AF" : "SY"))));
      i++;
    }
    try (MatchEngine a = engine(data, data.vacancies);
        MatchEngine b =
            MatchEngine.builder().taxonomy(data.taxonomy).today(TODAY).twoPhaseFrom(0).build()) {
      b.addVacancies(data.vacancies);
      b.addCandidates(audited.stream().map(CandidateRecord::candidate).toList());
      b.refresh();
      for (int j = 0; j < plain.size(); j++) {
        assertThat(b.matchesFor(audited.get(j).candidate(), 10))
            .isEqualTo(a.matchesFor(plain.get(j).candidate(), 10));
      }
      for (Vacancy v : data.vacancies.subList(0, 50)) {
        assertThat(b.candidatesFor(v, 10)).isEqualTo(a.candidatesFor(v, 10));
      }
    }
  }

  @Test
  void candidateType_hasNoPathToAuditAttributes() {
    for (var component : Candidate.class.getRecordComponents()) {
      assertThat(component.getType()).isNotEqualTo(AuditAttributes.class);
      assertThat(component.getType()).isNotEqualTo(CandidateRecord.class);
    }
  }

  @Test
  void updatesBecomeVisibleAfterRefresh_deleteAndUpsertReplace() {
    try (MatchEngine engine = Fixtures.engine().build()) {
      engine.addVacancies(identicalOffers());
      assertThat(engine.vacancyCount()).isEqualTo(5);
      assertThat(engine.matchesFor(cook(), 10)).isEmpty();
      engine.refresh();
      assertThat(engine.matchesFor(cook(), 10)).hasSize(5);

      assertThat(engine.deleteVacancy("v-01")).isTrue();
      assertThat(engine.deleteVacancy("v-01")).isFalse();
      engine.upsertVacancy(offer("v-03", COOK).title("replaced").build());
      engine.refresh();
      assertThat(engine.vacancyCount()).isEqualTo(4);
      assertThat(engine.vacancy("v-03").orElseThrow().title()).isEqualTo("replaced");
      List<Match> top = engine.matchesFor(cook(), 10);
      assertThat(top).extracting(Match::vacancy).containsExactly("v-05", "v-07", "v-11", "v-03");
    }
  }

  @Test
  void expireVacancies_removesStartedAndFullOffers() {
    try (MatchEngine engine = Fixtures.engine().build()) {
      engine.addVacancies(
          List.of(
              offer("v-live", COOK).build(),
              offer("v-asap", COOK).build(),
              offer("v-started", COOK).start(TODAY.minusDays(1)).build(),
              offer("v-full", COOK).places(0).build()));
      engine.refresh();
      assertThat(engine.matchesFor(cook(), 10))
          .extracting(Match::vacancy)
          .containsExactlyInAnyOrder("v-live", "v-asap");
      assertThat(engine.expireVacancies()).isEqualTo(2);
      engine.refresh();
      assertThat(engine.vacancyCount()).isEqualTo(2);
      assertThat(engine.vacancy("v-started")).isEmpty();
    }
  }

  @Test
  void candidatesFor_ranksPeopleWithinTheirTravelDistance() {
    try (MatchEngine engine = Fixtures.engine().build()) {
      engine.addCandidates(
          List.of(
              cook(),
              person("c-none").language("de", Cefr.B1).build(),
              Candidate.builder("c-far", GOETTINGEN, cook().residence())
                  .language("de", Cefr.B1)
                  .skill(claim(PREPARE_DISHES, Evidence.RECOGNISED))
                  .build()));
      engine.refresh();
      Vacancy v = offer("v-1", COOK).skill(ConceptRef.id(PREPARE_DISHES), true).build();
      // c-none has no skill, occupation or preference for the offer: no match; c-far is too far
      for (Ranking r : Ranking.values()) {
        assertThat(engine.candidatesFor(v, 5, r))
            .extracting(Match::candidate)
            .containsExactly("c-cook");
      }
      assertThat(engine.candidate("c-far")).isPresent();
      assertThat(engine.candidateCount()).isEqualTo(3);
      assertThat(engine.deleteCandidate("c-far")).isTrue();
    }
  }

  @Test
  void exclusionsFor_skipsOffersBeyondTravel_whichExplainReportsAsExcluded() {
    try (MatchEngine engine = Fixtures.engine().build()) {
      engine.upsertVacancy(offer("v-near", COOK).build());
      engine.upsertVacancy(
          Vacancy.builder("v-goe", Fixtures.PLAIN, OfferType.JOB, GOETTINGEN).build());
      engine.refresh();
      // v-goe is beyond the travel distance: not listed (that would be all of Germany), but
      // explained when asked; v-near is eligible
      List<Exclusion> exclusions = engine.exclusionsFor(cook());
      assertThat(exclusions).extracting(Exclusion::vacancy).doesNotContain("v-goe", "v-near");
      Assessment a = engine.explain(cook(), engine.vacancy("v-goe").orElseThrow());
      assertThat(a.eligible()).isFalse();
      assertThat(a.exclusions())
          .extracting(Message::toString)
          .containsExactly("39.5 km away, the person travels at most 25 km");
      Assessment ok = engine.explain(cook(), engine.vacancy("v-near").orElseThrow());
      assertThat(ok.eligible()).isTrue();
      assertThat(ok.match().orElseThrow().vacancy()).isEqualTo("v-near");
      assertThat(ok.candidate()).isEqualTo("c-cook");
    }
  }

  @Test
  void onDiskIndex_ranksLikeInMemory(@TempDir Path dir) {
    try (MatchEngine memory = Fixtures.engine().build();
        MatchEngine disk = Fixtures.engine().directory(dir).build()) {
      memory.addVacancies(identicalOffers());
      disk.addVacancies(identicalOffers());
      memory.refresh();
      disk.refresh();
      assertThat(disk.matchesFor(cook(), 10)).isEqualTo(memory.matchesFor(cook(), 10));
    }
    assertThat(dir.resolve("vacancies")).isDirectory();
  }

  @Test
  void matchAll_callsTheSinkOncePerPerson_withTheSameMatchesAsOneByOne() {
    Generated data = Generated.of(9, 20, 800, 60, TODAY);
    try (MatchEngine engine = engine(data, data.vacancies)) {
      Map<String, List<Match>> got = new ConcurrentHashMap<>();
      engine.matchAll(
          data.candidates,
          5,
          Ranking.TWO_PHASE,
          2,
          (c, m) -> assertThat(got.put(c.id(), m)).isNull());
      assertThat(got).hasSize(data.candidates.size());
      for (Candidate c : data.candidates) {
        assertThat(got.get(c.id())).isEqualTo(engine.matchesFor(c, 5));
      }
    }
  }

  @Test
  void matchAll_rethrowsTheSinksFailure() {
    try (MatchEngine engine = Fixtures.engine().build()) {
      assertThatThrownBy(
              () ->
                  engine.matchAll(
                      List.of(cook(), cook()),
                      5,
                      Ranking.TWO_PHASE,
                      2,
                      (c, m) -> {
                        throw new IllegalStateException("sink broke");
                      }))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("sink broke");
    }
  }

  @Test
  void invalidArguments_areRejectedWithTheValue() {
    try (MatchEngine engine = Fixtures.engine().build()) {
      assertThatThrownBy(() -> engine.matchesFor(cook(), 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("k (0) must be positive");
      assertThatThrownBy(() -> engine.matchAll(List.of(), 1, Ranking.TWO_PHASE, 0, (c, m) -> {}))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("threads (0) must be positive");
    }
    assertThatThrownBy(() -> MatchEngine.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("taxonomy is required");
    assertThatThrownBy(() -> MatchEngine.builder().retrievalDepth(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("retrievalDepth (0) must be in 1..100000");
    assertThatThrownBy(() -> MatchEngine.builder().retrievalLimit(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("retrievalLimit (0) must be positive");
    assertThatThrownBy(() -> MatchEngine.builder().twoPhaseFrom(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("twoPhaseFrom (-1) must not be negative");
  }

  /**
   * A person whose one skill is named by a far, demanding metal-working offer only; next door, an
   * offer sharing no concept with them, needing no German and with every kind of support.
   */
  private static List<Vacancy> sharedAndUnshared() {
    Employer supportive = new Employer("e-support", "Lager Nord", true, true, true);
    return List.of(
        Vacancy.builder("v-shared", Fixtures.PLAIN, OfferType.JOB, BAUNATAL)
            .title("Metall")
            .occupation(ConceptRef.id(METAL_WORKER))
            .start(TODAY.plusMonths(1))
            .language("de", Cefr.C1)
            .skill(ConceptRef.id(WELD), true)
            .skill(ConceptRef.id(CUT_METAL), true)
            .skill(ConceptRef.id(READ_DRAWINGS), true)
            .skill(ConceptRef.id(PREPARE_DISHES), false)
            .build(),
        Vacancy.builder("v-unshared", supportive, OfferType.JOB, KASSEL)
            .title("Lager")
            .occupation(ConceptRef.id(WAREHOUSE_WORKER))
            .skill(ConceptRef.id(FORKLIFT), true)
            .skill(ConceptRef.id(MANAGE_STOCK), true)
            .start(TODAY.plusMonths(1))
            .build());
  }

  private static Candidate weakCook() {
    return person("c-weak")
        .language("de", Cefr.B2)
        .skill(claim(PREPARE_DISHES, Evidence.SELF_REPORTED))
        .build();
  }

  @Test
  void matchesFor_offersWithoutFit_areNoMatch_butATrainingOfferSharingNoConceptIsFound() {
    Candidate weak = weakCook();
    try (MatchEngine engine = Fixtures.engine().retrievalDepth(1).build()) {
      engine.addVacancies(sharedAndUnshared());
      engine.upsertVacancy(
          Vacancy.builder("v-eq", Fixtures.PLAIN, OfferType.EQ, KASSEL)
              .title("EQ Lager")
              .occupation(ConceptRef.id(WAREHOUSE_WORKER))
              .start(TODAY.plusMonths(1))
              .build());
      engine.refresh();
      // v-shared shares only an optional skill, v-unshared nothing: neither reaches the minimum
      // fit, however near, soon and supported; the EQ teaches its occupation, so it is open
      List<Match> oracle = engine.matchesFor(weak, 3, Ranking.EXHAUSTIVE);
      assertThat(oracle).extracting(Match::vacancy).containsExactly("v-eq");
      assertThat(engine.matchesFor(weak, 3, Ranking.TWO_PHASE)).isEqualTo(oracle);
      assertThat(engine.retrievalStats().proven()).isEqualTo(1);
      assertThat(engine.retrievalStats().limited()).isZero();
      assertThat(engine.exclusionsFor(weak))
          .filteredOn(e -> e.vacancy().equals("v-unshared"))
          .singleElement()
          .extracting(e -> e.reasons().get(0).render(java.util.Locale.ENGLISH))
          .isEqualTo(
              "the person's skills, experience and preferences fit this offer 0.00, below the"
                  + " minimum fit 0.10");
    }
  }

  @Test
  void compact_keepsRankings_andLaterUpdatesStillShow() {
    Generated data = Generated.of(5, 20, 800, 30, TODAY);
    try (MatchEngine engine = Fixtures.engine().build()) {
      // several segments: one refresh per chunk
      for (int i = 0; i < data.vacancies.size(); i += 100) {
        engine.addVacancies(data.vacancies.subList(i, Math.min(i + 100, data.vacancies.size())));
        engine.refresh();
      }
      Map<String, List<Match>> before = new java.util.HashMap<>();
      data.candidates.forEach(c -> before.put(c.id(), engine.matchesFor(c, 10)));
      engine.compact();
      for (Candidate c : data.candidates) {
        assertThat(engine.matchesFor(c, 10)).as(c.id()).isEqualTo(before.get(c.id()));
      }
      Candidate c = data.candidates.get(0);
      String first = before.get(c.id()).get(0).vacancy();
      engine.deleteVacancy(first);
      engine.refresh();
      assertThat(engine.matchesFor(c, 10)).extracting(Match::vacancy).doesNotContain(first);
    }
  }

  @Test
  void matchesFor_smallIndex_scoresEveryOffer_withTheSameResult() {
    Generated data = Generated.of(9, 20, 300, 20, TODAY);
    try (MatchEngine small =
            MatchEngine.builder().taxonomy(data.taxonomy).today(TODAY).twoPhaseFrom(301).build();
        MatchEngine paged =
            MatchEngine.builder().taxonomy(data.taxonomy).today(TODAY).twoPhaseFrom(300).build()) {
      for (MatchEngine e : List.of(small, paged)) {
        e.addVacancies(data.vacancies);
        e.refresh();
      }
      for (Candidate c : data.candidates) {
        assertThat(small.matchesFor(c, 10)).isEqualTo(paged.matchesFor(c, 10));
      }
      assertThat(small.retrievalStats().scoredAll()).isEqualTo(20);
      assertThat(small.retrievalStats().retrieved()).isZero();
      assertThat(paged.retrievalStats().scoredAll()).isZero();
      assertThat(paged.retrievalStats().proven()).isEqualTo(20);
    }
  }

  @Test
  void matchesFor_retrievalLimit_cutsPhaseOneAndCountsIt() {
    Candidate weak = weakCook();
    try (MatchEngine engine = Fixtures.engine().retrievalDepth(1).retrievalLimit(1).build()) {
      for (String id : List.of("v-eq", "v-eq2")) {
        engine.upsertVacancy(
            Vacancy.builder(id, Fixtures.PLAIN, OfferType.EQ, KASSEL)
                .occupation(ConceptRef.id(WAREHOUSE_WORKER))
                .start(TODAY.plusMonths(1))
                .build());
      }
      engine.refresh();
      // two EQs fit the person only by the floor of an offer that teaches: phase one may hand over
      // one of them, the other is not seen, and the ranking is counted as cut
      assertThat(engine.matchesFor(weak, 2, Ranking.TWO_PHASE)).hasSize(1);
      assertThat(engine.retrievalStats()).isEqualTo(new MatchEngine.RetrievalStats(0, 1, 1, 0));
      assertThat(engine.matchesFor(weak, 2, Ranking.EXHAUSTIVE))
          .extracting(Match::vacancy)
          .containsExactly("v-eq", "v-eq2");
    }
  }

  @Test
  void today_comesFromTheClock() {
    try (MatchEngine engine =
        MatchEngine.builder()
            .taxonomy(Fixtures.taxonomy())
            .today(LocalDate.of(2030, 5, 1))
            .build()) {
      assertThat(engine.today()).isEqualTo(LocalDate.of(2030, 5, 1));
    }
  }

  @Test
  void offerInKassel_isFoundFromKassel() {
    try (MatchEngine engine = Fixtures.engine().build()) {
      engine.upsertVacancy(Vacancy.builder("v-k", Fixtures.PLAIN, OfferType.EQ, KASSEL).build());
      engine.refresh();
      assertThat(engine.matchesFor(cook(), 1)).extracting(Match::vacancy).containsExactly("v-k");
    }
  }
}
