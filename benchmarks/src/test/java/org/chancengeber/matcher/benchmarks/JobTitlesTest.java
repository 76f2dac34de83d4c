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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chancengeber.matcher.benchmarks.JobTitles.Half;
import org.chancengeber.matcher.benchmarks.JobTitles.Title;
import org.chancengeber.matcher.taxonomy.Labels;
import org.chancengeber.matcher.taxonomy.Occupation;
import org.chancengeber.matcher.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class JobTitlesTest {
  private static final String O = "http://data.europa.eu/esco/occupation/";

  @Test
  void read_quotedTitlesAndRowNumbers(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("titles.csv");
    Files.writeString(
        f,
        ",vacancyTitle,conceptUri\n0,Marketing Executive,"
            + O
            + "m\n1,\"Driver, Lorry\","
            + O
            + "d\n2,,"
            + O
            + "x\n");
    assertThat(JobTitles.read(f))
        .containsExactly(
            new Title(2, "Marketing Executive", O + "m"), new Title(3, "Driver, Lorry", O + "d"));
  }

  @Test
  void half_sameTitleAlwaysInTheSameHalf() {
    assertThat(Half.of("Sales Executive")).isEqualTo(Half.of("  SALES   executive "));
    List<Title> all =
        List.of(new Title(1, "a", O + "a"), new Title(2, "b", O + "b"), new Title(3, "A", O + "c"));
    assertThat(JobTitles.half(all, Half.TUNE).size() + JobTitles.half(all, Half.HELD_OUT).size())
        .isEqualTo(3);
  }

  @Test
  void tfIdf_ranksByLabelWords() {
    Taxonomy t =
        Taxonomy.builder()
            .occupation(occupation("driver", "lorry driver", "truck driver"))
            .occupation(occupation("marketer", "online marketer", "digital marketing executive"))
            .occupation(occupation("assistant", "sales assistant", "shop assistant"))
            .build();
    TfIdfTitles tfidf = new TfIdfTitles(t);
    assertThat(tfidf.rank("Lorry Driver (Class D)", 5).get(0)).isEqualTo(O + "driver");
    assertThat(tfidf.rank("digital marketing", 5)).containsExactly(O + "marketer");
    assertThat(tfidf.rank("nothing alike", 5)).isEmpty();
  }

  private static Occupation occupation(String id, String pref, String alt) {
    return new Occupation(
        O + id,
        "",
        Optional.empty(),
        new Labels(Map.of("en", pref), Map.of("en", List.of(alt))),
        Optional.empty());
  }
}
