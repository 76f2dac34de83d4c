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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.chancengeber.matcher.index.IndexFolderException;
import org.chancengeber.matcher.index.VacancyIndex;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Match;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.profile.ScoringProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An engine on a directory: what it holds at commit, what it refuses, how it fails. */
final class PersistentEngineTest {
  private static final Generated DATA = Generated.of(31, 20, 2000, 200, Fixtures.TODAY);

  private static MatchEngine.Builder builder(Path dir) {
    return MatchEngine.builder()
        .taxonomy(DATA.taxonomy)
        .today(Fixtures.TODAY)
        .twoPhaseFrom(0)
        .directory(dir);
  }

  /** Top 10 offers for the first 40 people, top 10 people for the first 40 offers. */
  private static List<List<Match>> rankings(MatchEngine engine) {
    List<List<Match>> out = new ArrayList<>();
    for (Candidate c : DATA.candidates.subList(0, 40)) {
      out.add(engine.matchesFor(c, 10));
    }
    for (Vacancy v : DATA.vacancies.subList(0, 40)) {
      out.add(engine.candidatesFor(v, 10));
    }
    return out;
  }

  @Test
  void reopen_holdsTheLastCommit_ranksIdentically(@TempDir Path dir) {
    List<List<Match>> before;
    try (MatchEngine engine = builder(dir).build()) {
      engine.addVacancies(DATA.vacancies);
      engine.addCandidates(DATA.candidates);
      engine.deleteVacancy(DATA.vacancies.get(5).id());
      engine.commit();
      engine.refresh();
      before = rankings(engine);
      // written after the commit: dropped by close, as by a crash
      engine.deleteVacancy(DATA.vacancies.get(6).id());
      engine.upsertCandidate(Fixtures.person("c-late").build());
    }
    try (MatchEngine engine = builder(dir).build()) {
      assertThat(engine.openProblems()).isEmpty();
      assertThat(engine.vacancyCount()).isEqualTo(DATA.vacancies.size() - 1);
      assertThat(engine.candidateCount()).isEqualTo(DATA.candidates.size());
      assertThat(engine.vacancy(DATA.vacancies.get(5).id())).isEmpty();
      assertThat(engine.vacancy(DATA.vacancies.get(6).id())).contains(DATA.vacancies.get(6));
      assertThat(engine.candidate("c-late")).isEmpty();
      assertThat(engine.candidate(DATA.candidates.get(3).id())).contains(DATA.candidates.get(3));
      assertThat(rankings(engine)).isEqualTo(before);
      // and the reopened engine writes on: a re-upsert replaces, no duplicate appears
      engine.upsertVacancy(DATA.vacancies.get(0));
      engine.refresh();
      assertThat(engine.vacancyCount()).isEqualTo(DATA.vacancies.size() - 1);
      assertThat(rankings(engine)).isEqualTo(before);
    }
  }

  @Test
  void reopenWithAnotherProfile_reindexesFromTheStoredRecords(@TempDir Path dir) {
    ScoringProfile other = ScoringProfile.builder().minFit(0.2).build();
    try (MatchEngine engine = builder(dir).build()) {
      engine.addVacancies(DATA.vacancies);
      engine.addCandidates(DATA.candidates);
      engine.commit();
    }
    List<List<Match>> fresh;
    try (MatchEngine heap =
        MatchEngine.builder()
            .taxonomy(DATA.taxonomy)
            .today(Fixtures.TODAY)
            .twoPhaseFrom(0)
            .profile(other)
            .build()) {
      heap.addVacancies(DATA.vacancies);
      heap.addCandidates(DATA.candidates);
      heap.refresh();
      fresh = rankings(heap);
    }
    try (MatchEngine engine = builder(dir).profile(other).build()) {
      assertThat(engine.vacancyCount()).isEqualTo(DATA.vacancies.size());
      assertThat(rankings(engine)).isEqualTo(fresh);
    }
    // re-indexing committed: the next open restores without re-indexing, with the same result
    try (MatchEngine engine = builder(dir).profile(other).build()) {
      assertThat(rankings(engine)).isEqualTo(fresh);
    }
  }

  @Test
  void crashBetweenTheStoresCommits_bothOpenAtTheCommitBefore(@TempDir Path dir) {
    List<List<Match>> before;
    try (MatchEngine engine = builder(dir).build()) {
      engine.addVacancies(DATA.vacancies.subList(0, 1300));
      engine.addCandidates(DATA.candidates);
      engine.commit();
      engine.refresh();
      before = rankings(engine);
    }
    // what a crash after the offers' commit and before the people's leaves: offers one commit on
    org.chancengeber.matcher.scoring.MatchScorer scorer =
        new org.chancengeber.matcher.scoring.MatchScorer(
            DATA.taxonomy,
            ScoringProfile.defaults(),
            org.chancengeber.matcher.rules.RuleSet.germanDefaults(),
            org.chancengeber.matcher.pathway.PathwayPlanner.germanDefaults(),
            12);
    try (VacancyIndex offers = new VacancyIndex(java.util.Optional.of(dir.resolve("vacancies")))) {
      DATA.vacancies.subList(1300, 2000).forEach(v -> offers.upsert(scorer.prepare(v)));
      offers.commit(
          Map.of(
              IndexState.SEQUENCE,
              "2",
              IndexState.FINGERPRINT,
              offers.openedAt().get(IndexState.FINGERPRINT)));
    }
    try (MatchEngine engine = builder(dir).build()) {
      assertThat(engine.vacancyCount()).isEqualTo(1300);
      assertThat(rankings(engine)).isEqualTo(before);
      engine.upsertVacancy(DATA.vacancies.get(1500));
      engine.commit();
    }
    try (MatchEngine engine = builder(dir).build()) {
      assertThat(engine.vacancyCount()).isEqualTo(1301);
    }
  }

  @Test
  void secondEngineOnTheDirectory_failsNamingTheLock(@TempDir Path dir) {
    try (MatchEngine first = builder(dir).build()) {
      assertThatThrownBy(() -> builder(dir).build())
          .isInstanceOf(IndexFolderException.class)
          .hasMessage(
              "index folder "
                  + dir.resolve("vacancies")
                  + " is in use by another engine or process: its lock file "
                  + dir.resolve("vacancies").resolve("write.lock")
                  + " is held. Close that engine (or let that matcher run end) first");
      assertThat(first.vacancyCount()).isZero();
    }
    try (MatchEngine again = builder(dir).build()) {
      assertThat(again.vacancyCount()).isZero();
    }
  }

  @Test
  void afterClose_everyQueryFails(@TempDir Path dir) {
    MatchEngine engine = builder(dir).build();
    engine.close();
    engine.close();
    Candidate c = DATA.candidates.get(0);
    assertThatThrownBy(() -> engine.matchesFor(c, 10))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("engine is closed");
    assertThatThrownBy(engine::vacancyCount).hasMessage("engine is closed");
    assertThatThrownBy(() -> engine.upsertVacancy(DATA.vacancies.get(0)))
        .hasMessage("engine is closed");
    assertThatThrownBy(engine::commit).hasMessage("engine is closed");
  }

  @Test
  void commitOnTheHeap_fails() {
    try (MatchEngine engine = MatchEngine.builder().taxonomy(DATA.taxonomy).build()) {
      assertThatThrownBy(engine::commit)
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("commit() needs an engine on a directory (Builder.directory)");
    }
  }

  @Test
  void folderWithOtherFiles_refused_filesKept(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("_0.cfs"), "my notes");
    assertThatThrownBy(() -> builder(dir).build())
        .isInstanceOf(IndexFolderException.class)
        .hasMessage(
            dir
                + ": not empty and not an index (no chancengeber-index.txt); it holds _0.cfs. Give"
                + " a new or empty folder: files in an index folder may be deleted");
    assertThat(dir.resolve("_0.cfs")).hasContent("my notes");
    assertThat(dir.resolve("vacancies")).doesNotExist();
  }

  @Test
  void storeFolderWithOtherFiles_refused(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("vacancies"));
    Files.writeString(dir.resolve("vacancies").resolve("segments_1"), "mine");
    assertThatThrownBy(() -> builder(dir).build())
        .isInstanceOf(IndexFolderException.class)
        .hasMessageStartingWith(
            dir.resolve("vacancies") + ": not empty and not an index (no chancengeber-index.txt)");
    assertThat(dir.resolve("vacancies").resolve("segments_1")).hasContent("mine");
  }

  @Test
  void truncatedSegmentsFile_failsNamingItAndWhatToDo(@TempDir Path dir) throws IOException {
    try (MatchEngine engine = builder(dir).build()) {
      engine.addVacancies(DATA.vacancies.subList(0, 100));
      engine.commit();
    }
    Path segments = lastSegments(dir.resolve("vacancies"));
    byte[] bytes = Files.readAllBytes(segments);
    Files.write(segments, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    assertThatThrownBy(() -> builder(dir).build())
        .isInstanceOf(IndexFolderException.class)
        .hasMessageStartingWith(
            "index folder "
                + dir.resolve("vacancies")
                + " cannot be read: its last commit "
                + segments
                + " is damaged or incomplete (")
        .hasMessageEndingWith(
            "). Restore the folder from a backup, or move it away and build the index again"
                + " (matcher index)");
  }

  private static Path lastSegments(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> p.getFileName().toString().startsWith("segments_"))
          .max(
              java.util.Comparator.comparing(
                  p -> Long.parseLong(p.getFileName().toString().substring(9), 36)))
          .orElseThrow();
    }
  }
}
