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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class LineSplitterTest {
  private static List<String> lines(byte[] bytes, int max) throws IOException {
    LineSplitter s = new LineSplitter(new ByteArrayInputStream(bytes), max);
    List<String> out = new ArrayList<>();
    while (s.next()) {
      out.add(
          s.number()
              + (s.overLong()
                  ? ":long(" + s.fullLength() + ")"
                  : ":" + new String(s.bytes(), 0, s.length(), StandardCharsets.UTF_8)));
    }
    return out;
  }

  private static List<String> lines(String text, int max) throws IOException {
    return lines(text.getBytes(StandardCharsets.UTF_8), max);
  }

  @Test
  void split_lfCrlfAndLastLineWithoutBreak() throws IOException {
    assertThat(lines("a\nbb\r\n\nccc", 10)).containsExactly("1:a", "2:bb", "3:", "4:ccc");
    assertThat(lines("a\n", 10)).containsExactly("1:a");
    assertThat(lines("", 10)).isEmpty();
    assertThat(lines("\r", 10)).containsExactly("1:");
  }

  @Test
  void split_crOnlyLineEnds_readLineByLineLikeLfAndCrlf() throws IOException {
    assertThat(lines("a\rbb\r\rccc\r", 10)).containsExactly("1:a", "2:bb", "3:", "4:ccc");
    assertThat(lines("a\r\nb\rc\nd", 10)).containsExactly("1:a", "2:b", "3:c", "4:d");
    // CRLF split across the read chunk: still one line end
    String first = "x".repeat((1 << 16) - 1);
    assertThat(lines(first + "\r\nnext", 1 << 17)).containsExactly("1:" + first, "2:next");
  }

  @Test
  void reader_crOnlyFile_eachLineAcceptedOrRejectedWithItsOwnNumber() {
    String good = CandidateFormatTest.only(CandidateFormatTest.MINIMAL);
    var results =
        Read.candidates(good + "\r" + "{\"id\": 5}" + "\r" + good.replace("c-1", "c-3") + "\r");

    assertThat(results).hasSize(3);
    assertThat(results.get(0)).isInstanceOf(LineResult.Accepted.class);
    assertThat(Read.errors(results.get(1)))
        .first()
        .asString()
        .startsWith("candidates.jsonl:2: id: ");
    assertThat(results.get(2)).isInstanceOf(LineResult.Accepted.class);
  }

  @Test
  void bom_isDroppedOnlyAtTheStart() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = "x\n".getBytes(StandardCharsets.UTF_8);
    byte[] both = new byte[8];
    System.arraycopy(bom, 0, both, 0, 3);
    System.arraycopy(text, 0, both, 3, 2);
    System.arraycopy(bom, 0, both, 5, 3);
    List<String> out = lines(both, 10);
    assertThat(out.get(0)).isEqualTo("1:x");
    assertThat(out.get(1)).isEqualTo("2:\uFEFF");
  }

  @Test
  void overLong_isSkippedAndMeasured_crNotCounted() throws IOException {
    assertThat(lines("12345\r\n123456\r\n1234567\nok", 6))
        .containsExactly("1:12345", "2:123456", "3:long(7)", "4:ok");
    // longer than the read chunk, to cross buffer boundaries while skipping
    String huge = "y".repeat(200_000);
    assertThat(lines(huge + "\r\n" + huge + "\nend", 1000))
        .containsExactly("1:long(200000)", "2:long(200000)", "3:end");
  }
}
