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

import com.networknt.schema.JsonSchema;
import java.util.List;
import java.util.Locale;
import org.chancengeber.matcher.model.Readiness;
import org.chancengeber.matcher.placement.Assignment;
import org.chancengeber.matcher.placement.Choice;
import org.chancengeber.matcher.placement.Objective;
import org.chancengeber.matcher.placement.Placement;
import org.chancengeber.matcher.placement.PlacementProblem;
import org.chancengeber.matcher.placement.Placer;
import org.junit.jupiter.api.Test;

class PlacementFormatTest {
  private static final JsonSchema SCHEMA = SchemaTest.schema("placement.schema.json");

  private static List<Placement> placements() {
    PlacementProblem p =
        PlacementProblem.builder()
            .person("a", List.of(new Choice("a", "o1", 0.83333, Readiness.REACHABLE, 4, 2)))
            .person("b", List.of(new Choice("b", "o1", 0.5, Readiness.READY_NOW, 0, 1)))
            .person("c", List.of())
            .places("o1", 1)
            .build();
    Assignment a = Placer.optimal(p, new Placer.Options(Objective.TOTAL, false));
    return a.placements();
  }

  @Test
  void write_placedAndUnplaced_linesAsDocumented() {
    List<Placement> ps = placements();
    assertThat(PlacementFormat.toJson(ps.get(0), Locale.ENGLISH))
        .isEqualTo(
            "{\"candidate\":\"a\",\"vacancy\":\"o1\",\"score\":0.8333,\"readiness\":\"REACHABLE\","
                + "\"readyInMonths\":4,\"rankInOwnList\":2,\"reason\":null,\"detail\":null}");
    assertThat(PlacementFormat.toJson(ps.get(1), Locale.ENGLISH))
        .isEqualTo(
            "{\"candidate\":\"b\",\"vacancy\":null,\"score\":null,\"readiness\":null,"
                + "\"readyInMonths\":null,\"rankInOwnList\":null,\"reason\":\"PLACES_TAKEN\","
                + "\"detail\":\"the places of the eligible offers went to others\"}");
    assertThat(PlacementFormat.toJson(ps.get(2), Locale.GERMAN))
        .contains("\"reason\":\"NO_OFFER\"", "kein passendes Angebot");
  }

  @Test
  void write_everyLine_validatesAgainstTheSchema() {
    for (Placement p : placements()) {
      assertThat(SchemaTest.problems(SCHEMA, PlacementFormat.toJson(p, Locale.ENGLISH))).isEmpty();
    }
    assertThat(SchemaTest.problems(SCHEMA, "{\"candidate\":\"a\",\"vacancy\":\"o1\"}"))
        .isNotEmpty();
  }
}
