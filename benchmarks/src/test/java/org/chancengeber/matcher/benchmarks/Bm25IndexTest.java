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
package org.chancengeber.matcher.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

final class Bm25IndexTest {
  private static final List<Map.Entry<String, String>> ADS =
      List.of(
          Map.entry("v-1", "Welder\nweld steel structures, read technical drawings"),
          Map.entry("v-2", "Cook\nprepare meals, clean kitchen equipment"),
          Map.entry("v-3", "Metal worker\ncut and bend steel, weld seams"),
          Map.entry("v-4", "Nursing assistant\ncare for elderly people"));

  private static Bm25Index index() {
    return Bm25Index.build(ADS.stream(), Map.Entry::getKey, Map.Entry::getValue, "en");
  }

  @Test
  void search_keywordsOfOneAd_ranksThatAdFirst() {
    try (Bm25Index index = index()) {
      assertThat(index.size()).isEqualTo(4);
      assertThat(index.search("prepare meals in a kitchen", 10)).containsExactly("v-2");
    }
  }

  @Test
  void search_englishStemming_matchesInflectedWords() {
    try (Bm25Index index = index()) {
      assertThat(index.search("welding", 10)).containsExactlyInAnyOrder("v-1", "v-3");
    }
  }

  @Test
  void search_moreMatchingTermsRankHigher_andKLimits() {
    try (Bm25Index index = index()) {
      assertThat(index.search("weld steel technical drawings", 1)).containsExactly("v-1");
      assertThat(index.search("cut bend steel weld", 10)).first().isEqualTo("v-3");
    }
  }

  @Test
  void search_noSearchableWord_isEmpty() {
    try (Bm25Index index = index()) {
      assertThat(index.search("the and of", 10)).isEmpty();
      assertThat(index.search("", 10)).isEmpty();
    }
  }

  @Test
  void search_filtered_skipsRejectedHitsAndGoesDeeperUntilKAccepted() {
    try (Bm25Index index = index()) {
      assertThat(index.search("welding", 10, id -> !id.equals("v-1"))).containsExactly("v-3");
      assertThat(index.search("weld steel technical drawings", 1, id -> !id.equals("v-1")))
          .containsExactly("v-3");
    }
    List<Map.Entry<String, String>> many =
        IntStream.range(0, 500)
            .mapToObj(i -> Map.entry("v-" + i, i % 2 == 0 ? "cook cook" : "cook"))
            .toList();
    try (Bm25Index index =
        Bm25Index.build(many.stream(), Map.Entry::getKey, Map.Entry::getValue, "en")) {
      // the 250 better hits (cook twice) are all rejected: the accepted ones lie on later pages
      assertThat(index.search("cook", 3, id -> Integer.parseInt(id.substring(2)) % 2 == 1))
          .hasSize(3)
          .allMatch(id -> Integer.parseInt(id.substring(2)) % 2 == 1);
      assertThat(index.search("cook", 1000, id -> id.equals("v-499"))).containsExactly("v-499");
    }
  }
}
