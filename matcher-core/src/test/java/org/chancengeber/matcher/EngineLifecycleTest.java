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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.chancengeber.matcher.io.InputFileException;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.rules.RuleFileException;
import org.chancengeber.matcher.rules.RuleSet;
import org.chancengeber.matcher.taxonomy.EscoImporter;
import org.chancengeber.matcher.taxonomy.TaxonomyLoadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After {@code close()} the engine answers nothing; input errors share one base type. */
final class EngineLifecycleTest {

  @Test
  void closedEngine_everyQueryAndUpdateThrowsEngineIsClosed() {
    Candidate person = Fixtures.person("c-1").build();
    Vacancy offer = Fixtures.offer("v-1", Fixtures.COOK).build();
    MatchEngine engine = Fixtures.engine().build();
    engine.upsertVacancy(offer);
    engine.refresh();
    assertThat(engine.vacancyCount()).isEqualTo(1);
    engine.close();

    Map<String, Consumer<MatchEngine>> calls =
        Map.ofEntries(
            Map.entry("vacancyCount", MatchEngine::vacancyCount),
            Map.entry("candidateCount", MatchEngine::candidateCount),
            Map.entry("vacancy", e -> e.vacancy("v-1")),
            Map.entry("candidate", e -> e.candidate("c-1")),
            Map.entry("matchesFor", e -> e.matchesFor(person, 10)),
            Map.entry("matchesFor exhaustive", e -> e.matchesFor(person, 10, Ranking.EXHAUSTIVE)),
            Map.entry("candidatesFor", e -> e.candidatesFor(offer, 10)),
            Map.entry("exclusionsFor", e -> e.exclusionsFor(person)),
            Map.entry("explain", e -> e.explain(person, offer)),
            Map.entry("resolutions", e -> e.resolutions(person)),
            Map.entry(
                "matchAll",
                e -> e.matchAll(List.of(person), 10, Ranking.TWO_PHASE, 1, (c, m) -> {})),
            Map.entry("upsertVacancy", e -> e.upsertVacancy(offer)),
            Map.entry("addVacancies", e -> e.addVacancies(List.of(offer))),
            Map.entry("deleteVacancy", e -> e.deleteVacancy("v-1")),
            Map.entry("upsertCandidate", e -> e.upsertCandidate(person)),
            Map.entry("expireVacancies", MatchEngine::expireVacancies),
            Map.entry("refresh", MatchEngine::refresh),
            Map.entry("compact", MatchEngine::compact));
    calls.forEach(
        (name, call) ->
            assertThatThrownBy(() -> call.accept(engine))
                .as(name)
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("engine is closed"));
  }

  @Test
  void close_twice_doesNothing() {
    MatchEngine engine = Fixtures.engine().build();
    engine.close();
    engine.close();
    assertThatThrownBy(engine::vacancyCount).hasMessage("engine is closed");
  }

  @Test
  void inputErrors_areMatcherExceptionsWithFileLineFieldAndReason(@TempDir Path dir)
      throws IOException {
    Path rules = Files.writeString(dir.resolve("rules.json"), "{\n  \"statuses\": 5\n}\n");
    MatcherException rule = catchMatcher(() -> RuleSet.fromJson(rules));
    assertThat(rule).isInstanceOf(RuleFileException.class);
    assertThat(rule.file()).isEqualTo(rules.toString());
    assertThat(rule.line()).isPositive();
    assertThat(rule.reason()).isNotEmpty();

    Path missing = dir.resolve("no-such-esco");
    MatcherException taxonomy = catchMatcher(() -> EscoImporter.load(missing));
    assertThat(taxonomy).isInstanceOf(TaxonomyLoadException.class);
    assertThat(taxonomy.file()).contains("no-such-esco");
    assertThat(taxonomy.field()).isEmpty();

    MatcherException input =
        catchMatcher(
            () ->
                org.chancengeber.matcher.io.VacancyFormat.reader(
                        dir.resolve("none.jsonl"), org.chancengeber.matcher.io.ReadOptions.DEFAULTS)
                    .drain());
    assertThat(input).isInstanceOf(InputFileException.class);
    assertThat(input.file()).endsWith("none.jsonl");
    assertThat(input.line()).isZero();
    assertThat(input.getMessage()).startsWith(input.file() + ": ");
  }

  private static MatcherException catchMatcher(Runnable r) {
    try {
      r.run();
    } catch (MatcherException e) {
      return e;
    }
    throw new AssertionError("no MatcherException thrown");
  }
}
