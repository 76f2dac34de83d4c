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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.CandidateRecord;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.ConceptRef;
import org.chancengeber.matcher.model.Evidence;
import org.chancengeber.matcher.model.LanguageLevel;
import org.chancengeber.matcher.model.LanguageRequirement;
import org.chancengeber.matcher.model.Literacy;
import org.chancengeber.matcher.model.Measure;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.model.RequirementLevel;
import org.chancengeber.matcher.model.ResidenceStatus;
import org.chancengeber.matcher.model.SkillClaim;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;

final class GeneratorTest {
  private static final Taxonomy TAXONOMY = TestTaxonomies.small();
  private static final LocalDate TODAY = Generator.DEFAULT_REFERENCE_DATE;
  private static final List<CandidateRecord> PEOPLE =
      new Generator(TAXONOMY, 7).candidates(4000).toList();
  private static final List<Vacancy> OFFERS = new Generator(TAXONOMY, 7).vacancies(3000).toList();

  @Test
  void candidates_sameSeed_equalRecords() {
    assertThat(new Generator(TAXONOMY, 7).candidates(300).toList())
        .isEqualTo(PEOPLE.subList(0, 300));
  }

  @Test
  void candidates_otherSeed_otherRecords() {
    List<CandidateRecord> other = new Generator(TAXONOMY, 8).candidates(100).toList();
    long same = 0;
    for (int i = 0; i < 100; i++) {
      if (other.get(i).equals(PEOPLE.get(i))) {
        same++;
      }
    }
    assertThat(same).isZero();
  }

  @Test
  void vacancies_sameSeed_equalRecords() {
    assertThat(new Generator(TAXONOMY, 7).vacancies(3000).toList()).isEqualTo(OFFERS);
  }

  @Test
  void candidates_referenceDate_shiftsDates() {
    Candidate c = new Generator(TAXONOMY, 7, LocalDate.of(2030, 6, 1)).candidate(0).candidate();
    assertThat(c.birthYear().getAsInt()).isBetween(2030 - 58, 2030 - 18);
    assertThat(c.residence().validUntil().get()).isAfterOrEqualTo(LocalDate.of(2030, 6, 1));
  }

  @Test
  void candidates_idsInOrder() {
    assertThat(PEOPLE.subList(0, 3))
        .extracting(p -> p.candidate().id())
        .containsExactly("c-1", "c-2", "c-3");
    assertThat(OFFERS.get(2999).id()).isEqualTo("v-3000");
  }

  @Test
  void candidates_hugeCount_isLazy() {
    // a materialised stream of Long.MAX_VALUE people would never finish
    assertThat(new Generator(TAXONOMY, 1).candidates(Long.MAX_VALUE).limit(3).count()).isEqualTo(3);
    assertThat(new Generator(TAXONOMY, 1).vacancies(1_000_000).spliterator().estimateSize())
        .isEqualTo(1_000_000);
    assertThat(new Generator(TAXONOMY, 1).candidates(1_000_000).findFirst())
        .hasValueSatisfying(p -> assertThat(p.candidate().id()).isEqualTo("c-1"));
  }

  @Test
  void candidates_negativeCount_rejected() {
    assertThatThrownBy(() -> new Generator(TAXONOMY, 1).candidates(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("n (-1) must not be negative");
    assertThatThrownBy(() -> new Generator(TAXONOMY, 1).vacancies(-2))
        .hasMessage("m (-2) must not be negative");
  }

  @Test
  void generator_taxonomyWithoutSkills_rejected() {
    assertThatThrownBy(() -> new Generator(Taxonomy.builder().build(), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("taxonomy has no occupation with skills to draw from");
  }

  @Test
  void candidates_nationalities_followDomainShares() {
    Map<String, Double> share = shares(PEOPLE, p -> p.audit().values().get("nationality"));
    assertThat(share.keySet())
        .containsExactlyInAnyOrder("SY", "AF", "UA", "IQ", "ER", "IR", "SO", "PK");
    assertThat(share.get("SY")).isCloseTo(0.30, within(0.03));
    assertThat(share.get("AF")).isCloseTo(0.22, within(0.03));
    assertThat(share.get("UA")).isCloseTo(0.15, within(0.03));
    assertThat(share.get("PK")).isCloseTo(0.04, within(0.02));
  }

  @Test
  void candidates_ages_eightyPercentUnder35() {
    long under35 = PEOPLE.stream().filter(p -> p.candidate().ageOn(TODAY).getAsInt() < 35).count();
    assertThat(under35 / (double) PEOPLE.size()).isCloseTo(0.80, within(0.03));
  }

  @Test
  void candidates_german_skewedLow() {
    Map<Cefr, Long> counts =
        PEOPLE.stream()
            .map(p -> p.candidate().language("de").orElseThrow().level())
            .collect(
                Collectors.groupingBy(
                    l -> l, () -> new EnumMap<>(Cefr.class), Collectors.counting()));
    assertThat(counts.keySet()).containsExactly(Cefr.A1, Cefr.A2, Cefr.B1, Cefr.B2, Cefr.C1);
    assertThat(counts.get(Cefr.A1) + counts.get(Cefr.A2))
        .isGreaterThan(counts.get(Cefr.B1) + counts.get(Cefr.B2) + counts.get(Cefr.C1));
    assertThat(counts.get(Cefr.C1)).isLessThan(counts.get(Cefr.B2));
  }

  @Test
  void candidates_noLatinLiteracy_germanAtMostA2() {
    assertThat(shares(PEOPLE, p -> p.candidate().literacy()).keySet())
        .containsExactlyInAnyOrder(Literacy.LATIN, Literacy.OTHER_SCRIPT, Literacy.NONE);
    assertThat(PEOPLE)
        .filteredOn(p -> p.candidate().literacy() == Literacy.NONE)
        .allSatisfy(
            p ->
                assertThat(p.candidate().language("de").orElseThrow().level())
                    .isLessThanOrEqualTo(Cefr.A2));
  }

  @Test
  void candidates_everyStatusAndEvidenceLevel_occur() {
    assertThat(shares(PEOPLE, p -> p.candidate().residence().status()).keySet())
        .containsExactlyInAnyOrder(ResidenceStatus.values());
    Set<Evidence> evidence = new HashSet<>();
    long texts = 0;
    for (CandidateRecord p : PEOPLE) {
      for (SkillClaim s : p.candidate().skills()) {
        evidence.add(s.evidence());
        if (s.skill() instanceof ConceptRef.Text) {
          texts++;
        }
      }
    }
    assertThat(evidence).containsExactlyInAnyOrder(Evidence.values());
    assertThat(texts).isPositive();
    assertThat(
            shares(PEOPLE, p -> p.candidate().residence().status())
                .get(ResidenceStatus.TEMPORARY_PROTECTION))
        .isCloseTo(0.15 * 0.9, within(0.03));
  }

  @Test
  void candidates_everyRecord_valid() {
    for (CandidateRecord p : PEOPLE) {
      Candidate c = p.candidate();
      assertThat(c.ageOn(TODAY).getAsInt()).as(c.id()).isBetween(18, 58);
      assertThat(c.location().point().lat()).as(c.id()).isBetween(47.2, 55.1);
      assertThat(c.location().point().lon()).as(c.id()).isBetween(5.8, 15.1);
      assertThat(c.location().city()).as(c.id()).isPresent();
      assertThat(c.languages().stream().filter(l -> l.code().equals("de"))).hasSize(1);
      assertThat(c.languages().stream().filter(LanguageLevel::nativeSpeaker)).isNotEmpty();
      assertThat(c.residence().since().get()).as(c.id()).isBeforeOrEqualTo(TODAY);
      assertThat(c.residence().validUntil().get()).as(c.id()).isAfterOrEqualTo(TODAY);
      assertThat(c.skills().stream().map(s -> s.skill().toString()).distinct().count())
          .as(c.id())
          .isEqualTo(c.skills().size());
      for (Measure m : c.measures()) {
        m.completed().ifPresent(d -> assertThat(d).as(c.id()).isBefore(TODAY));
      }
      c.experience()
          .forEach(
              e ->
                  assertThat(e.years())
                      .as(c.id())
                      .isLessThanOrEqualTo(c.ageOn(TODAY).getAsInt() - 16));
      c.skills()
          .forEach(
              s -> {
                if (s.skill() instanceof ConceptRef.Id id) {
                  assertThat(TAXONOMY.skill(id.uri())).as(c.id()).isPresent();
                }
              });
      assertThat(p.audit().values()).containsOnlyKeys("gender", "nationality");
    }
  }

  @Test
  void vacancies_allSixTypes_occur() {
    Map<OfferType, Double> share = shares(OFFERS, Vacancy::type);
    assertThat(share.keySet()).containsExactlyInAnyOrder(OfferType.values());
    assertThat(share.get(OfferType.JOB)).isCloseTo(0.45, within(0.04));
  }

  @Test
  void vacancies_everyRecord_followsTypeRules() {
    for (Vacancy v : OFFERS) {
      Cefr german = v.language("de").map(LanguageRequirement::min).orElseThrow();
      int months = v.durationMonths().orElse(0);
      switch (v.type()) {
        case PRACTICAL_TRIAL -> {
          assertThat(german).as(v.id()).isIn(Cefr.A1, Cefr.A2);
          assertThat(months).as(v.id()).isBetween(1, 3);
        }
        case EQ -> {
          assertThat(german).as(v.id()).isEqualTo(Cefr.A2);
          assertThat(months).as(v.id()).isBetween(4, 12);
          assertThat(v.hoursPerWeek().getAsInt()).as(v.id()).isGreaterThanOrEqualTo(20);
        }
        case TQ -> assertThat(months).as(v.id()).isBetween(12, 24);
        case APPRENTICESHIP -> {
          assertThat(months).as(v.id()).isBetween(24, 42);
          boolean care = v.occupation().orElseThrow().toString().equals(TestTaxonomies.NURSE);
          assertThat(german).as(v.id()).isEqualTo(care ? Cefr.B2 : Cefr.B1);
        }
        case ASSISTED_APPRENTICESHIP -> {
          assertThat(months).as(v.id()).isBetween(24, 42);
          assertThat(german).as(v.id()).isIn(Cefr.A2, Cefr.B1);
        }
        case JOB -> {
          RequirementLevel level = v.level().orElseThrow();
          if (level == RequirementLevel.HELPER) {
            assertThat(german).as(v.id()).isEqualTo(Cefr.A2);
          } else {
            assertThat(german).as(v.id()).isGreaterThanOrEqualTo(Cefr.B1);
          }
        }
      }
      if (v.type() != OfferType.JOB && v.type() != OfferType.PRACTICAL_TRIAL) {
        assertThat(v.level()).as(v.id()).hasValue(RequirementLevel.SKILLED);
      }
      assertThat(v.places()).as(v.id()).isBetween(1, 8);
      assertThat(v.start().orElseThrow()).as(v.id()).isAfter(TODAY);
      assertThat(v.skills()).as(v.id()).isNotEmpty();
      assertThat(v.title()).as(v.id()).isNotBlank();
      assertThat(v.employer().name()).as(v.id()).isNotBlank();
    }
  }

  @Test
  void vacancies_sameEmployer_sameNameAndCity() {
    Map<String, List<Vacancy>> byEmployer =
        OFFERS.stream().collect(Collectors.groupingBy(v -> v.employer().id()));
    assertThat(byEmployer.size()).isBetween(500, 1000);
    byEmployer
        .values()
        .forEach(
            list -> {
              assertThat(list.stream().map(Vacancy::employer).distinct()).hasSize(1);
              assertThat(list.stream().map(v -> v.location().city().orElseThrow()).distinct())
                  .hasSize(1);
            });
  }

  private static <T, K> Map<K, Double> shares(List<T> items, Function<T, K> key) {
    return items.stream()
        .collect(
            Collectors.groupingBy(
                key,
                Collectors.collectingAndThen(
                    Collectors.counting(), n -> n / (double) items.size())));
  }
}
