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

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chancengeber.matcher.Fixtures;
import org.chancengeber.matcher.Generated;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.scoring.MatchScorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store writes its in-memory buffers out itself once they reach its buffer size, outside any
 * entry's lock; the writer's own flush, at four times that size, is only a safety net.
 */
final class BufferTest {

  @Test
  void upserts_beyondTheBuffer_areWrittenOutAtTheStoresSize_andAllFound(@TempDir Path dir) {
    Generated data = Generated.of(5, 10, 16_000, 0, Fixtures.TODAY);
    List<Vacancy> offers = data.vacancies;
    MatchScorer scorer = Fixtures.scorer(data.taxonomy);
    long buffer = 512 * 1024;
    long most = 0;
    try (VacancyIndex index = new VacancyIndex(dir, d -> d, buffer)) {
      for (Vacancy v : offers) {
        index.upsert(scorer.prepare(v));
        most = Math.max(most, index.bufferedBytes());
      }
      // one document beyond the buffer at most: the writer alone would have let it grow to 2 MB
      assertThat(most).isGreaterThan(buffer / 2).isLessThan(buffer + buffer / 4);
      index.commit(Map.of());
    }
    try (VacancyIndex reopened = new VacancyIndex(Optional.of(dir));
        LuceneStore<?>.StoredEntries stored = reopened.stored()) {
      assertThat(stored.next(offers.size() + 1)).hasSize(offers.size());
    }
  }
}
