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
package org.chancengeber.matcher.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.chancengeber.matcher.Generated;
import org.chancengeber.matcher.MatchEngine;
import org.chancengeber.matcher.Ranking;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.ConceptRef;
import org.chancengeber.matcher.model.Employer;
import org.chancengeber.matcher.model.Evidence;
import org.chancengeber.matcher.model.Exclusion;
import org.chancengeber.matcher.model.Match;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.model.Residence;
import org.chancengeber.matcher.model.ResidenceStatus;
import org.chancengeber.matcher.model.SkillClaim;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.profile.ScoringProfile;
import org.chancengeber.matcher.taxonomy.OccupationSkill;
import org.junit.jupiter.api.Test;

/**
 * The invariants of fit first, over generated people and offers: logistics never lift an offer
 * without fit above one with fit; evidence never reorders a person's offers; below the minimum fit
 * there is no match.
 */
final class FitFirstPropertyTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  private static final Employer SUPPORTIVE = new Employer("e-s", "Supportive", true, true, true);
  private static final Generated DATA = Generated.of(17, 24, 400, 0, TODAY);

  /** A thin profile: 3 to 6 self-reported or mixed skills of one occupation, no occupation. */
  private static Candidate thin(Random r, int i) {
    Vacancy anchor = DATA.vacancies.get(r.nextInt(DATA.vacancies.size()));
    Candidate.Builder b =
        Candidate.builder("c-" + i, anchor.location(), Residence.of(ResidenceStatus.RECOGNISED))
            .maxTravelKm(30)
            .birthYear(1990)
            .language("de", Cefr.values()[1 + r.nextInt(3)]);
    String occupation =
        DATA.taxonomy.occupations().stream()
            .skip(r.nextInt(DATA.taxonomy.occupations().size()))
            .findFirst()
            .orElseThrow()
            .uri();
    List<OccupationSkill> rel = DATA.taxonomy.skillsOf(occupation);
    int k = 3 + r.nextInt(4);
    Evidence[] levels = Evidence.values();
    for (int j = 0; j < k; j++) {
      Evidence e = r.nextInt(3) == 0 ? levels[r.nextInt(levels.length)] : Evidence.SELF_REPORTED;
      b.skill(SkillClaim.of(ConceptRef.id(rel.get(r.nextInt(rel.size())).skillUri()), e));
    }
    return b.build();
  }

  /**
   * An offer nobody has a skill or occupation for, with the best logistics a person can find: at
   * their door, starting at once, every support, no language asked.
   */
  private static Vacancy noFitAtTheDoor(Candidate c, OfferType type, String id) {
    return Vacancy.builder(id, SUPPORTIVE, type, c.location())
        .title("unrelated")
        .skill(ConceptRef.text("juggle torches", "en"), true)
        .build();
  }

  private static MatchEngine engine(ScoringProfile profile, List<Vacancy> offers) {
    MatchEngine e =
        MatchEngine.builder()
            .taxonomy(DATA.taxonomy)
            .today(TODAY)
            .profile(profile)
            .twoPhaseFrom(0)
            .build();
    e.addVacancies(offers);
    e.refresh();
    return e;
  }

  @Test
  void offerWithoutFit_neverRanksAboveOneWithFit_whateverItsLogistics() {
    Random r = new Random(3);
    List<Candidate> people = new ArrayList<>();
    List<Vacancy> offers = new ArrayList<>(DATA.vacancies);
    for (int i = 0; i < 60; i++) {
      Candidate c = thin(r, i);
      people.add(c);
      offers.add(noFitAtTheDoor(c, OfferType.JOB, "v-nofit-" + i));
    }
    ScoringProfile noMinimum = ScoringProfile.defaults().toBuilder().minFit(0).build();
    int compared = 0;
    try (MatchEngine all = engine(noMinimum, offers);
        MatchEngine defaults = engine(ScoringProfile.defaults(), offers)) {
      for (int i = 0; i < people.size(); i++) {
        Candidate c = people.get(i);
        String noFit = "v-nofit-" + i;
        for (Ranking ranking : Ranking.values()) {
          List<Match> ranked = all.matchesFor(c, 1000, ranking);
          int at = indexOf(ranked, noFit);
          for (int j = 0; j < ranked.size(); j++) {
            Match m = ranked.get(j);
            if (fitOf(m) > 0 && at >= 0) {
              assertThat(j).as(c.id() + " " + m.vacancy()).isLessThan(at);
              compared++;
            }
          }
          // with the default minimum it is no match at all, and the exclusion says why
          assertThat(defaults.matchesFor(c, 1000, ranking))
              .extracting(Match::vacancy)
              .doesNotContain(noFit);
        }
        Exclusion x =
            defaults.exclusionsFor(c).stream()
                .filter(e -> e.vacancy().equals(noFit))
                .findFirst()
                .orElseThrow();
        assertThat(x.reasons())
            .extracting(m -> m.render(Locale.ENGLISH))
            .containsExactly(
                "the person's skills, experience and preferences fit this offer 0.00, below the"
                    + " minimum fit 0.10");
      }
    }
    assertThat(compared).isGreaterThan(200);
  }

  @Test
  void twoPhase_equalsExhaustive_forThinProfiles_fromAFirstPageOfOne() {
    // a first page of one forces the pass above the k-th score; thin profiles name skills that
    // offers mostly have from their occupation's profile, so the profile term must bound them
    Random r = new Random(11);
    try (MatchEngine e =
        MatchEngine.builder()
            .taxonomy(DATA.taxonomy)
            .today(TODAY)
            .twoPhaseFrom(0)
            .retrievalDepth(1)
            .build()) {
      e.addVacancies(DATA.vacancies);
      e.refresh();
      int people = 80;
      for (int i = 0; i < people; i++) {
        Candidate c = thin(r, i);
        assertThat(e.matchesFor(c, 10, Ranking.TWO_PHASE))
            .as(c.id())
            .isEqualTo(e.matchesFor(c, 10, Ranking.EXHAUSTIVE));
      }
      assertThat(e.retrievalStats().proven()).isEqualTo(people);
      assertThat(e.retrievalStats().limited()).isZero();
    }
  }

  @Test
  void everyMatch_reachesTheMinimumFit() {
    Random r = new Random(5);
    try (MatchEngine e = engine(ScoringProfile.defaults(), DATA.vacancies)) {
      for (int i = 0; i < 80; i++) {
        for (Match m : e.matchesFor(thin(r, i), 50, Ranking.EXHAUSTIVE)) {
          assertThat(m.explanation().details().get(0).value())
              .as(m.vacancy())
              .isGreaterThanOrEqualTo(0.1);
        }
      }
    }
  }

  @Test
  void changingOnlyAClaimsEvidence_neverReordersThePersonsOffers() {
    Random r = new Random(11);
    int lists = 0;
    try (MatchEngine e = engine(ScoringProfile.defaults(), DATA.vacancies)) {
      for (int i = 0; i < 80; i++) {
        Candidate c = thin(r, i);
        List<SkillClaim> claims = new ArrayList<>(c.skills());
        int which = r.nextInt(claims.size());
        Evidence other = Evidence.values()[r.nextInt(Evidence.values().length)];
        claims.set(which, SkillClaim.of(claims.get(which).skill(), other));
        Candidate changed = withSkills(c, claims);
        for (Ranking ranking : Ranking.values()) {
          List<Match> before = e.matchesFor(c, 1000, ranking);
          List<Match> after = e.matchesFor(changed, 1000, ranking);
          assertThat(after).extracting(Match::vacancy).isEqualTo(ids(before));
          for (int j = 0; j < before.size(); j++) {
            // all of the person's scores scale alike: fit and logistics do not change
            assertThat(after.get(j).score() * before.get(0).score())
                .isCloseTo(before.get(j).score() * after.get(0).score(), within(1e-12));
          }
          lists += before.isEmpty() ? 0 : 1;
        }
      }
    }
    assertThat(lists).isGreaterThan(100);
  }

  private static Candidate withSkills(Candidate c, List<SkillClaim> claims) {
    Candidate.Builder b =
        Candidate.builder(c.id(), c.location(), c.residence())
            .maxTravelKm(c.maxTravelKm())
            .birthYear(c.birthYear().getAsInt());
    c.languages().forEach(l -> b.language(l.code(), l.level()));
    claims.forEach(b::skill);
    return b.build();
  }

  private static List<String> ids(List<Match> ms) {
    return ms.stream().map(Match::vacancy).toList();
  }

  private static int indexOf(List<Match> ms, String id) {
    for (int i = 0; i < ms.size(); i++) {
      if (ms.get(i).vacancy().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  /** The fit of a match: the value of the first node of its explanation. */
  private static double fitOf(Match m) {
    return m.explanation().details().get(0).value();
  }
}
