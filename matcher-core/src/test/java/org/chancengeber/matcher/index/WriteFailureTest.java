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
package org.chancengeber.matcher.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.chancengeber.matcher.Fixtures;
import org.chancengeber.matcher.Generated;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.scoring.MatchScorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store whose disk fills up: it fails clearly, and its folder keeps the last commit. */
final class WriteFailureTest {

  /** A directory that cannot create files while {@code full} is set, as a full disk. */
  private static final class FullDisk extends FilterDirectory {
    final AtomicBoolean full = new AtomicBoolean();

    FullDisk(Directory in) {
      super(in);
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
      if (full.get()) {
        throw new IOException("No space left on device");
      }
      return super.createOutput(name, context);
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context)
        throws IOException {
      if (full.get()) {
        throw new IOException("No space left on device");
      }
      return super.createTempOutput(prefix, suffix, context);
    }
  }

  @Test
  void diskFull_laterWritesFailClearly_reopenHasTheLastCommit(@TempDir Path dir) {
    Generated data = Generated.of(5, 10, 300, 0, Fixtures.TODAY);
    List<Vacancy> offers = data.vacancies;
    String lost =
        "the index in "
            + dir
            + " can no longer be written (No space left on device): what was written since its"
            + " last commit is lost; searches still see the last refresh. Close the engine and"
            + " open it again: it holds the last commit";
    {
      MatchScorer scorer = Fixtures.scorer(data.taxonomy);
      FullDisk[] disk = new FullDisk[1];
      try (VacancyIndex index =
          new VacancyIndex(
              dir,
              d -> {
                disk[0] = new FullDisk(d);
                return disk[0];
              })) {
        offers.subList(0, 100).forEach(v -> index.upsert(scorer.prepare(v)));
        index.commit(Map.of("n", "1"));
        index.refresh();
        disk[0].full.set(true);
        // the first document of a new segment opens its stored-fields file: Lucene closes the
        // writer on that failure
        assertThatThrownBy(() -> index.upsert(scorer.prepare(offers.get(100))))
            .isInstanceOf(IllegalStateException.class)
            .hasMessage(lost)
            .hasRootCauseMessage("No space left on device");
        disk[0].full.set(false);
        // space freed: still the same clear failure, never "this IndexWriter is closed"
        assertThatThrownBy(() -> index.upsert(scorer.prepare(offers.get(101)))).hasMessage(lost);
        assertThatThrownBy(() -> index.delete(offers.get(0).id())).hasMessage(lost);
        assertThatThrownBy(index::refresh).hasMessage(lost);
        assertThatThrownBy(() -> index.commit(Map.of("n", "2"))).hasMessage(lost);
        assertThat(index.failed()).isTrue();
        assertThat(index.all()).hasSize(100);
      }
    }
    try (VacancyIndex reopened = new VacancyIndex(Optional.of(dir));
        LuceneStore<?>.StoredEntries stored = reopened.stored()) {
      assertThat(reopened.openedAt()).containsEntry("n", "1");
      assertThat(stored.next(1000)).hasSize(100);
    }
  }
}
