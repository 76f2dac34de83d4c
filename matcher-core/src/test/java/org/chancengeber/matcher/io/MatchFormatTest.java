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

import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.chancengeber.matcher.model.Explanation;
import org.chancengeber.matcher.model.Factor;
import org.chancengeber.matcher.model.Gap;
import org.chancengeber.matcher.model.GapKind;
import org.chancengeber.matcher.model.Match;
import org.chancengeber.matcher.model.Message;
import org.chancengeber.matcher.model.PathwayStep;
import org.chancengeber.matcher.model.Readiness;
import org.chancengeber.matcher.model.StepKind;
import org.junit.jupiter.api.Test;

final class MatchFormatTest {
  static Match match() {
    return new Match(
        "c-1001",
        1,
        "v-2001",
        0.8333333333,
        Readiness.REACHABLE,
        4,
        List.of(
            new Factor("skills", 0.91, 0.45, Message.of("iotest.skills", "welding")),
            new Factor("language", 0.5, 1.0 / 3, Message.of("iotest.language", "A2", "B1"))),
        List.of(new Gap(GapKind.LANGUAGE, Message.of("iotest.language", "A2", "B1"))),
        List.of(
            new PathwayStep(
                StepKind.LANGUAGE_COURSE, Message.of("iotest.course", "A2", "B1", 400), 4)),
        Explanation.of(0.8333333333, Message.of("iotest.skills", "x")));
  }

  @Test
  void match_isWrittenExactlyInTheProductFormat() throws Exception {
    StringWriter w = new StringWriter();
    MatchFormat.write(match(), w);
    assertThat(w.toString())
        .isEqualTo(
            "{\"candidate\":\"c-1001\",\"rank\":1,\"vacancy\":\"v-2001\",\"score\":0.8333,"
                + "\"readiness\":\"REACHABLE\",\"readyInMonths\":4,"
                + "\"factors\":[{\"name\":\"skills\",\"value\":0.91,\"weight\":0.45,"
                + "\"detail\":\"4 of 5 essential skills (welding)\"},"
                + "{\"name\":\"language\",\"value\":0.5,\"weight\":0.3333,"
                + "\"detail\":\"German A2, offer needs B1\"}],"
                + "\"gaps\":[{\"kind\":\"LANGUAGE\",\"detail\":\"German A2, offer needs B1\"}],"
                + "\"pathway\":[{\"step\":\"LANGUAGE_COURSE\","
                + "\"detail\":\"job-related German course A2→B1, 400 UE\",\"months\":4,"
                + "\"startMonth\":0}]}\n");
  }

  @Test
  void match_detailsRenderInTheLocale() {
    String de = MatchFormat.toJson(match(), Locale.GERMAN);
    assertThat(de)
        .contains("\"detail\":\"Deutsch A2, das Angebot verlangt B1\"")
        .contains("\"detail\":\"Berufssprachkurs A2→B1, 400 UE\"")
        .contains("\"detail\":\"4 von 5 wesentlichen Fähigkeiten (welding)\"");
  }

  @Test
  void match_equalInput_byteIdenticalOutput() {
    assertThat(MatchFormat.toJson(match(), Locale.ENGLISH))
        .isEqualTo(MatchFormat.toJson(match(), Locale.ENGLISH));
  }

  @Test
  void match_emptyListsAreStillWritten() {
    Match m =
        new Match(
            "c-1",
            3,
            "v-1",
            1.0,
            Readiness.READY_NOW,
            0,
            List.of(),
            List.of(),
            List.of(),
            Explanation.of(1, Message.of("iotest.skills", "x")));
    assertThat(MatchFormat.toJson(m, Locale.ENGLISH))
        .isEqualTo(
            "{\"candidate\":\"c-1\",\"rank\":3,\"vacancy\":\"v-1\",\"score\":1,"
                + "\"readiness\":\"READY_NOW\",\"readyInMonths\":0,"
                + "\"factors\":[],\"gaps\":[],\"pathway\":[]}");
  }
}
