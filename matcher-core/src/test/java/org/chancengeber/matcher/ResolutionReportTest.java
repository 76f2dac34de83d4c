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
import static org.chancengeber.matcher.Fixtures.FORKLIFT;
import static org.chancengeber.matcher.Fixtures.KITCHEN_ASSISTANT;
import static org.chancengeber.matcher.Fixtures.WAREHOUSE_WORKER;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.ConceptRef;
import org.chancengeber.matcher.model.Evidence;
import org.chancengeber.matcher.model.Experience;
import org.chancengeber.matcher.model.SkillClaim;
import org.chancengeber.matcher.taxonomy.Aliases;
import org.chancengeber.matcher.taxonomy.ConceptResolver.Resolution;
import org.chancengeber.matcher.taxonomy.ConceptType;
import org.junit.jupiter.api.Test;

/** How the engine resolves free text and says so: the resolution report, aliases, own resolvers. */
final class ResolutionReportTest {
  private static Candidate person(String skillText, String experienceText) {
    return Fixtures.person("c-text")
        .language("de", Cefr.B1)
        .skill(Fixtures.claim(FORKLIFT, Evidence.CERTIFICATE))
        .skill(SkillClaim.of(ConceptRef.text(skillText, "de"), Evidence.SELF_REPORTED))
        .experience(new Experience(ConceptRef.text(experienceText, "de"), 2, Optional.empty()))
        .build();
  }

  @Test
  void resolutions_textClaims_withFieldConfidenceAndVerdict() {
    try (MatchEngine engine = Fixtures.engine().build()) {
      List<ClaimResolution> r = engine.resolutions(person("Dach decken", "Lagerhelfer (m/w/d)"));
      assertThat(r)
          .extracting(ClaimResolution::field)
          .containsExactly("skills[1].skill", "experience[0].occupation");
      ClaimResolution roofing = r.get(0);
      assertThat(roofing.understood()).isFalse();
      assertThat(roofing.understanding().text()).isEqualTo("Dach decken");
      assertThat(roofing.understanding().confidence()).isLessThan(0.5);
      ClaimResolution warehouse = r.get(1);
      assertThat(warehouse.understood()).isTrue();
      assertThat(warehouse.understanding().best().orElseThrow().uri()).isEqualTo(WAREHOUSE_WORKER);
      assertThat(warehouse.understanding().confidence()).isEqualTo(1.0);
    }
  }

  @Test
  void explain_claimNotUnderstood_saysSo() {
    try (MatchEngine engine = Fixtures.engine().build()) {
      Assessment a =
          engine.explain(
              person("Dach decken", "Lagerhelfer"),
              Fixtures.offer("v-lager", WAREHOUSE_WORKER)
                  .skill(ConceptRef.id(FORKLIFT), true)
                  .build());
      assertThat(a.eligible()).isTrue();
      assertThat(a.notUnderstood())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.field()).isEqualTo("candidate.skills[1].skill");
                assertThat(r.understanding().text()).isEqualTo("Dach decken");
                assertThat(r.understood()).isFalse();
              });
      // an offer's skill that is not understood also shows in the score's explanation
      Assessment b =
          engine.explain(
              person("Gabelstapler fahren", "Lagerhelfer"),
              Fixtures.offer("v-dach", WAREHOUSE_WORKER)
                  .skill(ConceptRef.text("Dach decken", "de"), true)
                  .build());
      assertThat(b.notUnderstood())
          .extracting(ClaimResolution::field)
          .containsExactly("vacancy.skills[0].skill");
      assertThat(b.match().orElseThrow().explanation().render(Locale.ENGLISH))
          .contains("\"Dach decken\" (de) not found in the taxonomy");
    }
  }

  @Test
  void builderAliases_overrideEscoLabels() {
    Aliases aliases =
        Aliases.of(
            List.of(
                new Aliases.Alias("Lagerhelfer", KITCHEN_ASSISTANT, "de"),
                new Aliases.Alias("Dach decken", FORKLIFT, "")));
    try (MatchEngine engine = Fixtures.engine().aliases(aliases).build()) {
      List<ClaimResolution> r = engine.resolutions(person("Dach decken", "Lagerhelfer"));
      assertThat(r).allMatch(ClaimResolution::understood);
      assertThat(r.get(0).understanding().best().orElseThrow().uri()).isEqualTo(FORKLIFT);
      assertThat(r.get(1).understanding().best().orElseThrow().uri()).isEqualTo(KITCHEN_ASSISTANT);
      assertThat(r.get(1).understanding().runnerUp().orElseThrow().uri())
          .isEqualTo(WAREHOUSE_WORKER);
    }
    assertThatThrownBy(
            () ->
                Fixtures.engine()
                    .aliases(Aliases.of(List.of(new Aliases.Alias("x", "urn:none", ""))))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("urn:none, which is not an occupation or skill");
  }

  @Test
  void builderResolver_pluggedInForScoringAndReport() {
    try (MatchEngine engine =
        Fixtures.engine()
            .resolver(
                t ->
                    (text, lang, type, k) ->
                        List.of(
                            new Resolution(
                                type.orElseThrow() == ConceptType.SKILL
                                    ? FORKLIFT
                                    : WAREHOUSE_WORKER,
                                type.orElseThrow(),
                                "mine",
                                0.8)))
            .build()) {
      Candidate p = person("irgendwas", "irgendwo");
      assertThat(engine.resolutions(p))
          .allSatisfy(
              c -> assertThat(c.understanding().best().orElseThrow().label()).isEqualTo("mine"))
          .allMatch(ClaimResolution::understood);
      Assessment a =
          engine.explain(
              p,
              Fixtures.offer("v-lager", WAREHOUSE_WORKER)
                  .skill(ConceptRef.id(FORKLIFT), true)
                  .build());
      assertThat(a.match().orElseThrow().explanation().render(Locale.ENGLISH))
          .contains("\"irgendwo\" (de) resolved to \"mine\" with confidence 0.80");
    }
  }
}
