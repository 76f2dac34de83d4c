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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import org.chancengeber.matcher.Fixtures;
import org.chancengeber.matcher.MatchEngine;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.Evidence;
import org.chancengeber.matcher.model.Match;
import org.junit.jupiter.api.Test;

/** A match written in full reads back equal, explanation tree and all. */
final class MatchJsonTest {

  private static List<Match> engineMatches() {
    try (MatchEngine engine = Fixtures.engine().build()) {
      engine.addVacancies(
          List.of(
              Fixtures.offer("v-cook", Fixtures.COOK).build(),
              Fixtures.offer("v-helper", Fixtures.KITCHEN_ASSISTANT).build()));
      engine.refresh();
      Candidate person =
          Fixtures.person("c-1")
              .language("de", Cefr.A2)
              .experience(Fixtures.experience(Fixtures.COOK, 3))
              .skill(Fixtures.claim(Fixtures.PREPARE_DISHES, Evidence.SELF_REPORTED))
              .build();
      return engine.matchesFor(person, 10);
    }
  }

  @Test
  void engineMatches_roundTripEqual_withTheExplanationTree() {
    List<Match> matches = engineMatches();
    assertThat(matches).isNotEmpty();
    for (Match m : matches) {
      String line = MatchJson.toJson(m, Locale.GERMAN);
      assertThat(line).contains("\"explanation\":{\"value\":").doesNotContain("\n");
      assertThat(MatchJson.fromJson(line)).isEqualTo(m);
      assertThat(MatchJson.fromJson(line).explanation().render(Locale.ENGLISH))
          .isEqualTo(m.explanation().render(Locale.ENGLISH));
    }
  }

  @Test
  void messages_carryKeyArgsAndTheRenderedText() {
    String line = MatchJson.toJson(MatchFormatTest.match(), Locale.ENGLISH);
    assertThat(line)
        .contains(
            "\"detail\":{\"key\":\"iotest.language\",\"args\":[\"A2\",\"B1\"],"
                + "\"text\":\"German A2, offer needs B1\"}")
        .contains("\"score\":0.8333333333");
  }

  @Test
  void plainObjectMapper_writesMessagesAsText() throws Exception {
    String json = new ObjectMapper().writeValueAsString(MatchFormatTest.match());
    assertThat(json)
        .contains("\"detail\":\"German A2, offer needs B1\"")
        .contains("\"explanation\":{")
        .contains("\"description\":\"")
        .doesNotContain("\"key\"");
  }

  @Test
  void fromJson_badInput_namesTheField() {
    String line = MatchJson.toJson(MatchFormatTest.match(), Locale.ENGLISH);
    assertThatThrownBy(() -> MatchJson.fromJson(line.replace("\"REACHABLE\"", "\"SOON\"")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("readiness: \"SOON\" is not a Readiness");
    assertThatThrownBy(() -> MatchJson.fromJson(line.replace("\"months\":4", "\"months\":\"4\"")))
        .hasMessage("pathway[0].months: expected a whole number");
    assertThatThrownBy(() -> MatchJson.fromJson("{\"candidate\":"))
        .hasMessageStartingWith("not JSON: ");
  }
}
