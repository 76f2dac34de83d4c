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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.chancengeber.matcher.model.CandidateRecord;
import org.junit.jupiter.api.Test;

/**
 * A corpus of hostile lines between valid ones: each bad line is rejected with its line number and
 * a reason, every valid line around it is accepted, and nothing crashes or runs out of memory.
 */
final class HostileInputTest {
  private static final String SOURCE = "candidates.jsonl";

  private static String valid(int n) {
    return "{\"id\":\"c-"
        + n
        + "\",\"location\":{\"lat\":51.3,\"lon\":9.5},\"residence\":{\"status\":\"DULDUNG\"}}";
  }

  /** Builds a file: a valid line, then each hostile line followed by a valid one. */
  private static final class Corpus {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final Map<Long, String> hostile = new TreeMap<>();
    final List<Long> validLines = new ArrayList<>();
    long line;
    int next = 1;

    Corpus() {
      addValid();
    }

    void addValid() {
      line++;
      validLines.add(line);
      write(valid(next++).getBytes(StandardCharsets.UTF_8));
    }

    Corpus add(String label, byte[] content) {
      line++;
      hostile.put(line, label);
      write(content);
      addValid();
      return this;
    }

    Corpus add(String label, String content) {
      return add(label, content.getBytes(StandardCharsets.UTF_8));
    }

    private void write(byte[] b) {
      bytes.write(b, 0, b.length);
      bytes.write('\n');
    }
  }

  private static List<LineResult<CandidateRecord>> read(byte[] bytes) {
    return Read.candidates(Read.OPTIONS, bytes);
  }

  private static String only(List<LineResult<CandidateRecord>> results, long line) {
    LineResult<CandidateRecord> r =
        results.stream().filter(x -> x.line() == line).findFirst().orElseThrow();
    assertThat(r).as("line %d", line).isInstanceOf(LineResult.Rejected.class);
    List<String> errors = Read.errors(r);
    assertThat(errors).as("line %d", line).hasSize(1);
    return errors.get(0);
  }

  @Test
  void corpus_everyHostileLineRejectedWithItsNumber_validNeighboursAccepted() {
    byte[] garbage = new byte[300];
    new Random(42).nextBytes(garbage);
    for (int i = 0; i < garbage.length; i++) {
      if (garbage[i] == '\n' || garbage[i] == '\r') { // both end a line
        garbage[i] = 0;
      }
    }
    Corpus c =
        new Corpus()
            .add("broken", "{\"id\": \"c-x\", \"location\": {\"lat\": 51,, \"lon\": 9}}")
            .add("truncated", "{\"id\": \"c-t\", \"location\": {\"lat\": 51.3")
            .add("array", "[{\"id\": \"c-a\"}]")
            .add("empty object", "{}")
            .add("scalar", "42")
            .add("garbage", garbage)
            .add(
                "invalid utf-8",
                new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'})
            .add("wrong types", "{\"id\": [1], \"location\": 5, \"residence\": true}")
            .add("NaN", valid(900).replace("51.3", "NaN"))
            .add("out of range", valid(901).replace("9.5", "200"))
            .add("duplicate id", valid(1))
            .add("two objects", valid(902) + " " + valid(903))
            .add("deep", "{\"id\": \"c-d\", \"a\": " + "[".repeat(3000) + "]".repeat(3000) + "}")
            .add("deep object", "{\"a\":".repeat(3000) + "1" + "}".repeat(3000));
    List<LineResult<CandidateRecord>> results = read(c.bytes.toByteArray());

    assertThat(results).hasSize((int) c.line);
    for (long l : c.validLines) {
      assertThat(results.get((int) l - 1)).as("line %d", l).isInstanceOf(LineResult.Accepted.class);
    }
    List<Long> rejected =
        results.stream()
            .filter(r -> r instanceof LineResult.Rejected)
            .map(LineResult::line)
            .toList();
    assertThat(rejected).containsExactlyElementsOf(c.hostile.keySet());

    assertThat(only(results, 2))
        .isEqualTo(
            "candidates.jsonl:2: not valid JSON: column 38: Unexpected character (',' (code 44)):"
                + " was expecting double-quote to start field name");
    assertThat(only(results, 4))
        .isEqualTo(
            "candidates.jsonl:4: not valid JSON: column 39: Unexpected end-of-input: expected close"
                + " marker for Object (opened at column 27)");
    assertThat(only(results, 6))
        .isEqualTo("candidates.jsonl:6: expected a JSON object, got an array");
    assertThat(Read.errors(results.get(7)))
        .containsExactly(
            "candidates.jsonl:8: id: required field is missing",
            "candidates.jsonl:8: location: required field is missing",
            "candidates.jsonl:8: residence: required field is missing");
    assertThat(only(results, 10)).isEqualTo("candidates.jsonl:10: expected a JSON object, got 42");
    assertThat(only(results, 12)).startsWith("candidates.jsonl:12: not valid UTF-8: byte 0x");
    assertThat(only(results, 14))
        .isEqualTo("candidates.jsonl:14: not valid UTF-8: byte 0xC3 at byte 8 of the line");
    assertThat(Read.errors(results.get(15)))
        .containsExactly(
            "candidates.jsonl:16: id: expected a string, got an array",
            "candidates.jsonl:16: location: expected an object, got 5",
            "candidates.jsonl:16: residence: expected an object, got true");
    assertThat(only(results, 18))
        .isEqualTo("candidates.jsonl:18: location.lat: NaN is not a finite number");
    assertThat(only(results, 20))
        .isEqualTo("candidates.jsonl:20: location.lon: 200 is out of range (-180..180)");
    assertThat(only(results, 22))
        .isEqualTo(
            "candidates.jsonl:22: id: \"c-1\" duplicates the id on line 1 (the first is kept)");
    assertThat(only(results, 24))
        .isEqualTo(
            "candidates.jsonl:24: unexpected content after the JSON object at column "
                + (valid(902).length() + 2));
    assertThat(only(results, 26))
        .isEqualTo(
            "candidates.jsonl:26: nesting depth exceeds maxDepth (32); raise ReadLimits.maxDepth");
    assertThat(only(results, 28))
        .isEqualTo(
            "candidates.jsonl:28: nesting depth exceeds maxDepth (32); raise ReadLimits.maxDepth");
  }

  @Test
  void twelveMegabyteLine_rejectedByTheLineLimit_nextLinesRead() {
    // a 12 MB line inside a valid JSON string: only the first MiB is ever held in memory
    byte[] head = "{\"id\": \"c-big\", \"description\": \"".getBytes(StandardCharsets.US_ASCII);
    long bigLength = 12L * 1024 * 1024;
    InputStream big = new RepeatingStream(head, (byte) 'x', bigLength - head.length - 2);
    InputStream in =
        new SequenceInputStream(
            Collections.enumeration(
                List.of(stream(valid(1) + "\n"), big, stream("\"}\n" + valid(2) + "\n"))));
    try (JsonLinesReader<CandidateRecord> r = CandidateFormat.reader(in, SOURCE, Read.OPTIONS)) {
      List<LineResult<CandidateRecord>> results = new ArrayList<>();
      r.forEachRemaining(results::add);
      assertThat(results).hasSize(3);
      assertThat(results.get(0)).isInstanceOf(LineResult.Accepted.class);
      assertThat(Read.errors(results.get(1)))
          .containsExactly(
              "candidates.jsonl:2: line length (12582912 bytes) exceeds maxLineBytes (1048576);"
                  + " raise ReadLimits.maxLineBytes");
      assertThat(results.get(2)).isInstanceOf(LineResult.Accepted.class);
      assertThat(results.get(2).line()).isEqualTo(3);
      assertThat(r.counts()).isEqualTo(new ReadCounts(3, 2, 1, 0));
    }
  }

  @Test
  void hundredThousandEntries_rejectedByTheListLimit() {
    StringBuilder sb = new StringBuilder("{\"id\":\"c-2\",\"drivingLicences\":[");
    for (int i = 0; i < 100_000; i++) {
      sb.append(i == 0 ? "" : ",").append("\"B\"");
    }
    sb.append("],\"location\":{\"lat\":1,\"lon\":2},\"residence\":{\"status\":\"DULDUNG\"}}");
    var results = Read.candidates(valid(1), sb.toString(), valid(3));
    assertThat(results).hasSize(3);
    assertThat(results.get(0)).isInstanceOf(LineResult.Accepted.class);
    assertThat(Read.errors(results.get(1)))
        .containsExactly(
            "candidates.jsonl:2: drivingLicences: list length exceeds maxListSize (1000); raise"
                + " ReadLimits.maxListSize");
    assertThat(((LineResult.Rejected<?>) results.get(1)).id()).contains("c-2");
    assertThat(results.get(2)).isInstanceOf(LineResult.Accepted.class);
  }

  @Test
  void listLimit_namesTheNestedPath() {
    String skills = "{\"skill\":\"s\"},".repeat(5) + "{\"skill\":\"s\"}";
    ReadOptions options = Read.OPTIONS.withLimits(ReadLimits.DEFAULTS.withMaxListSize(5));
    var results =
        Read.candidates(
            options,
            (valid(1).replace("}}", "},\"skills\":[" + skills + "]}"))
                .getBytes(StandardCharsets.UTF_8));
    assertThat(Read.errors(results.get(0)))
        .containsExactly(
            "candidates.jsonl:1: skills: list length exceeds maxListSize (5); raise"
                + " ReadLimits.maxListSize");
  }

  @Test
  void longString_rejectedByTheStringLimit() {
    ReadOptions options = Read.OPTIONS.withLimits(ReadLimits.DEFAULTS.withMaxStringLength(100));
    String line = valid(1).replace("}}", "},\"audit\":{\"note\":\"" + "y".repeat(101) + "\"}}");
    var results =
        Read.candidates(options, (line + "\n" + valid(2)).getBytes(StandardCharsets.UTF_8));
    assertThat(Read.errors(results.get(0)))
        .containsExactly(
            "candidates.jsonl:1: audit.note: string length exceeds maxStringLength (100); raise"
                + " ReadLimits.maxStringLength");
    assertThat(results.get(1)).isInstanceOf(LineResult.Accepted.class);
  }

  @Test
  void longFieldName_rejectedByTheStringLimit() {
    ReadOptions options = Read.OPTIONS.withLimits(ReadLimits.DEFAULTS.withMaxStringLength(100));
    String line = valid(1).replace("}}", "},\"" + "k".repeat(101) + "\":1}");
    assertThat(Read.errors(Read.candidates(options, line.getBytes(StandardCharsets.UTF_8)).get(0)))
        .hasSize(1)
        .allMatch(
            e ->
                e.endsWith(
                    "field name length exceeds maxStringLength (100); raise"
                        + " ReadLimits.maxStringLength"));
  }

  @Test
  void longNumber_rejectedByTheNumberLimit() {
    String line = valid(1).replace("51.3", "5" + "1".repeat(200));
    assertThat(Read.errors(Read.candidates(line).get(0)))
        .containsExactly(
            "candidates.jsonl:1: location.lat: number length exceeds maxNumberLength (100); raise"
                + " ReadLimits.maxNumberLength");
  }

  @Test
  void duplicateFieldInOneObject_isRejected() {
    String line = valid(1).replace("\"lon\":9.5", "\"lon\":9.5,\"lat\":52");
    assertThat(Read.errors(Read.candidates(line).get(0)))
        .containsExactly("candidates.jsonl:1: location.lat: field appears more than once");
  }

  @Test
  void truncatedLine_keepsItsIdWhereItWasRead() {
    var results = Read.candidates("{\"id\": \"c-7\", \"location\": {\"lat\": 51.3");
    assertThat(((LineResult.Rejected<?>) results.get(0)).id()).contains("c-7");
  }

  @Test
  void blankLines_areSkippedNotCounted_crlfAndBomTolerated() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    String text = valid(1) + "\r\n\r\n   \r\n" + valid(2) + "\r\n\t\n" + valid(3);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(bom);
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    try (JsonLinesReader<CandidateRecord> r =
        CandidateFormat.reader(
            new java.io.ByteArrayInputStream(out.toByteArray()), SOURCE, Read.OPTIONS)) {
      List<Long> lines = r.stream().map(LineResult::line).toList();
      assertThat(lines).containsExactly(1L, 4L, 6L);
      assertThat(r.counts()).isEqualTo(new ReadCounts(3, 3, 0, 0));
    }
  }

  @Test
  void nonAsciiText_decodesAcrossAnyChunking() {
    String line = valid(1).replace("}}", "},\"audit\":{\"name\":\"Ümit طباخ 😀\"}}");
    byte[] bytes = (line + "\n" + line.replace("c-1", "c-2")).getBytes(StandardCharsets.UTF_8);
    // a stream that returns one byte at a time splits every multi-byte character
    InputStream trickle =
        new java.io.FilterInputStream(new java.io.ByteArrayInputStream(bytes)) {
          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            return super.read(b, off, Math.min(1, len));
          }
        };
    try (JsonLinesReader<CandidateRecord> r =
        CandidateFormat.reader(trickle, SOURCE, Read.OPTIONS)) {
      List<LineResult<CandidateRecord>> results = r.stream().toList();
      assertThat(results).hasSize(2).allMatch(x -> x instanceof LineResult.Accepted);
      assertThat(((LineResult.Accepted<CandidateRecord>) results.get(1)).value().audit().values())
          .containsEntry("name", "Ümit طباخ 😀");
    }
  }

  @Test
  void lineOfExactlyTheLimit_isRead_oneMoreByteIsNot() {
    String base = valid(1);
    int limit = base.length();
    ReadOptions options = Read.OPTIONS.withLimits(ReadLimits.DEFAULTS.withMaxLineBytes(limit));
    String longer = valid(2) + " ".repeat(limit + 1 - valid(2).length());
    var results =
        Read.candidates(
            options, (base + "\r\n" + longer + "\r\n" + valid(3)).getBytes(StandardCharsets.UTF_8));
    assertThat(results.get(0)).isInstanceOf(LineResult.Accepted.class);
    assertThat(Read.errors(results.get(1)))
        .containsExactly(
            "candidates.jsonl:2: line length ("
                + (limit + 1)
                + " bytes) exceeds maxLineBytes ("
                + limit
                + "); raise ReadLimits.maxLineBytes");
    assertThat(results.get(2)).isInstanceOf(LineResult.Accepted.class);
  }

  @Test
  void unreadableStream_throwsInputFileExceptionNamingTheSource() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk on fire");
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            throw new IOException("disk on fire");
          }
        };
    try (JsonLinesReader<CandidateRecord> r =
        CandidateFormat.reader(failing, SOURCE, Read.OPTIONS)) {
      org.assertj.core.api.Assertions.assertThatThrownBy(r::hasNext)
          .isInstanceOf(InputFileException.class)
          .hasMessage(
              "candidates.jsonl: cannot be read after line 0: java.io.IOException: disk on fire");
    }
  }

  @Test
  void missingFile_throwsInputFileException(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    java.nio.file.Path missing = dir.resolve("nope.jsonl");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> CandidateFormat.reader(missing, Read.OPTIONS))
        .isInstanceOf(InputFileException.class)
        .hasMessage(missing + ": no such file")
        .extracting(e -> ((InputFileException) e).reason())
        .isEqualTo("no such file");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> VacancyFormat.reader(dir, Read.OPTIONS))
        .isInstanceOf(InputFileException.class)
        .hasMessage(dir + ": is a directory, not a file");
  }

  private static InputStream stream(String s) {
    return new java.io.ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  /** A head, then one byte repeated: a huge line without holding it in memory. */
  static final class RepeatingStream extends InputStream {
    private final byte[] head;
    private final byte fill;
    private long remaining;
    private int pos;

    RepeatingStream(byte[] head, byte fill, long fillCount) {
      this.head = head;
      this.fill = fill;
      this.remaining = fillCount;
    }

    @Override
    public int read() {
      if (pos < head.length) {
        return head[pos++];
      }
      if (remaining == 0) {
        return -1;
      }
      remaining--;
      return fill;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (pos < head.length) {
        int n = Math.min(len, head.length - pos);
        System.arraycopy(head, pos, b, off, n);
        pos += n;
        return n;
      }
      if (remaining == 0) {
        return -1;
      }
      int n = (int) Math.min(len, remaining);
      java.util.Arrays.fill(b, off, off + n, fill);
      remaining -= n;
      return n;
    }
  }
}
