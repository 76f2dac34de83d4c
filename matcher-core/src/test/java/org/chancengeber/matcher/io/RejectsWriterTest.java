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
import org.chancengeber.matcher.model.CandidateRecord;
import org.junit.jupiter.api.Test;

final class RejectsWriterTest {
  @Test
  void rejects_areJsonLinesWithLineIdAndErrors() throws Exception {
    var results =
        Read.candidates(
            CandidateFormatTest.with("'languages': [{'code': 'de', 'level': 'B3'}]"),
            "{\"broken",
            CandidateFormatTest.only(CandidateFormatTest.MINIMAL.replace("c-1", "c-3")));
    StringWriter out = new StringWriter();
    try (RejectsWriter w = new RejectsWriter(out)) {
      for (LineResult<CandidateRecord> r : results) {
        if (r instanceof LineResult.Rejected<CandidateRecord> x) {
          w.write(x);
        }
      }
      assertThat(w.written()).isEqualTo(2);
    }
    assertThat(out.toString())
        .isEqualTo(
            "{\"line\":1,\"id\":\"c-1\",\"errors\":[\"candidates.jsonl:1: languages[0].level:"
                + " \\\"B3\\\" is not a CEFR level (A1..C2)\"]}\n"
                + "{\"line\":2,\"errors\":[\"candidates.jsonl:2: not valid JSON: column 9:"
                + " Unexpected end-of-input in field name\"]}\n");
  }

  @Test
  void counts_readIsAcceptedPlusRejected() {
    try (JsonLinesReader<CandidateRecord> r =
        CandidateFormat.reader(
            new java.io.ByteArrayInputStream(
                (CandidateFormatTest.only(CandidateFormatTest.MINIMAL)
                        + "\n\n{}\n"
                        + CandidateFormatTest.with("'x': 1").replace("c-1", "c-2"))
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            "candidates.jsonl",
            Read.OPTIONS)) {
      assertThat(r.counts()).isEqualTo(ReadCounts.NONE);
      assertThat(r.drain()).isEqualTo(new ReadCounts(3, 2, 1, 1));
    }
  }
}
