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
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Property: the fast checks agree with the JDK's strict decoder and a plain search. */
final class Utf8Test {
  private static final CharsetDecoder STRICT =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);

  /** -1 when valid, else the index where the strict decoder stops. */
  private static int strict(byte[] b) {
    ByteBuffer in = ByteBuffer.wrap(b);
    CharBuffer out = CharBuffer.allocate(b.length * 2 + 2);
    STRICT.reset();
    CoderResult r = STRICT.decode(in, out, true);
    if (!r.isError()) {
      r = STRICT.flush(out);
    }
    return r.isError() ? in.position() : -1;
  }

  private static byte[] sample(Random random) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int parts = random.nextInt(40);
    for (int p = 0; p < parts; p++) {
      switch (random.nextInt(8)) {
        case 0, 1 -> out.writeBytes("{\"id\": \"c-1\", ".getBytes(StandardCharsets.US_ASCII));
        case 2 -> {
          int cp = random.nextInt(0x110000);
          if (cp < 0xD800 || cp > 0xDFFF) {
            out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
          }
        }
        case 3 -> out.writeBytes("Köln طباخ 😀".getBytes(StandardCharsets.UTF_8));
        case 4 -> out.write(random.nextInt(256)); // a random byte, often broken
        case 5 -> {
          // tricky sequences: overlong, surrogate, too large, truncated
          byte[][] tricky = {
            {(byte) 0xC0, (byte) 0x80},
            {(byte) 0xC1, (byte) 0xBF},
            {(byte) 0xE0, (byte) 0x80, (byte) 0x80},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0xF5, (byte) 0x80},
            {(byte) 0xE2, (byte) 0x82},
            {(byte) 0x80}
          };
          out.writeBytes(tricky[random.nextInt(tricky.length)]);
        }
        case 6 -> out.write(0);
        default -> out.writeBytes("   \t".getBytes(StandardCharsets.US_ASCII));
      }
    }
    return out.toByteArray();
  }

  @Test
  void check_agreesWithTheStrictDecoder() {
    Random random = new Random(8);
    for (int i = 0; i < 100_000; i++) {
      byte[] b = sample(random);
      int expected = strict(b);
      int actual = Utf8.check(b, b.length);
      if (expected >= 0) {
        assertThat(actual).as("%s", java.util.HexFormat.of().formatHex(b)).isEqualTo(expected);
      } else {
        String text = new String(b, StandardCharsets.UTF_8);
        int kind =
            text.strip().isEmpty() && text.chars().allMatch(c -> c == ' ' || c == '\t' || c == '\r')
                ? Utf8.BLANK
                : text.indexOf('\0') >= 0 ? Utf8.VALID_WITH_NUL : Utf8.VALID;
        assertThat(actual).as("%s", java.util.HexFormat.of().formatHex(b)).isEqualTo(kind);
      }
    }
  }

  @Test
  void indexOfLineEnd_findsTheFirstLfOrCr() {
    Random random = new Random(9);
    for (int i = 0; i < 20_000; i++) {
      byte[] b = new byte[random.nextInt(40)];
      for (int k = 0; k < b.length; k++) {
        int r = random.nextInt(20);
        b[k] = (byte) (r == 0 ? '\n' : r == 1 ? '\r' : random.nextInt(256));
      }
      int from = b.length == 0 ? 0 : random.nextInt(b.length);
      int expected = -1;
      for (int k = from; k < b.length; k++) {
        if (b[k] == '\n' || b[k] == '\r') {
          expected = k;
          break;
        }
      }
      assertThat(Utf8.indexOfLineEnd(b, from, b.length)).isEqualTo(expected);
    }
  }
}
