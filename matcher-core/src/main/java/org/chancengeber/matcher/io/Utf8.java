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

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Byte-level checks of a line, eight bytes at a time where the bytes are plain ASCII: whether it is
 * blank, whether it is valid UTF-8 (as strict as a {@code CharsetDecoder} set to {@code REPORT}: no
 * overlong forms, no surrogates, nothing above U+10FFFF), and whether it holds a NUL byte.
 */
final class Utf8 {
  /** Only JSON whitespace (space, tab, CR). */
  static final int BLANK = -1;

  /** Valid UTF-8 without NUL bytes. */
  static final int VALID = -2;

  /** Valid UTF-8 with at least one NUL byte. */
  static final int VALID_WITH_NUL = -3;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
  private static final long RETURNS = 0x0D0D0D0D0D0D0D0DL;

  private Utf8() {}

  /**
   * Checks {@code b[0, n)}: {@link #BLANK}, {@link #VALID}, {@link #VALID_WITH_NUL}, or the index
   * of the first byte where the UTF-8 is invalid (the start of the bad sequence).
   */
  static int check(byte[] b, int n) {
    int i = 0;
    while (i < n && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r')) {
      i++;
    }
    if (i == n) {
      return BLANK;
    }
    boolean nul = false;
    while (i < n) {
      if (i + 8 <= n) {
        long w = (long) LONGS.get(b, i);
        if ((w & HIGHS) == 0 && !hasZeroByte(w)) {
          i += 8;
          continue;
        }
      }
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        nul |= c == 0;
        i++;
        continue;
      }
      int length;
      int min2 = 0x80;
      int max2 = 0xBF;
      if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
      } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        if (c == 0xE0) {
          min2 = 0xA0; // no overlong forms
        } else if (c == 0xED) {
          max2 = 0x9F; // no surrogates
        }
      } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        if (c == 0xF0) {
          min2 = 0x90; // no overlong forms
        } else if (c == 0xF4) {
          max2 = 0x8F; // nothing above U+10FFFF
        }
      } else {
        return i;
      }
      if (i + length > n) {
        return i;
      }
      int second = b[i + 1] & 0xFF;
      if (second < min2 || second > max2) {
        return i;
      }
      for (int k = 2; k < length; k++) {
        if ((b[i + k] & 0xC0) != 0x80) {
          return i;
        }
      }
      i += length;
    }
    return nul ? VALID_WITH_NUL : VALID;
  }

  /** Index of the first line end, {@code '\n'} or {@code '\r'}, in {@code b[from, to)}, or -1. */
  static int indexOfLineEnd(byte[] b, int from, int to) {
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long w = (long) LONGS.get(b, i);
      if (hasZeroByte(w ^ NEWLINES) || hasZeroByte(w ^ RETURNS)) {
        break;
      }
    }
    for (; i < to; i++) {
      if (b[i] == '\n' || b[i] == '\r') {
        return i;
      }
    }
    return -1;
  }

  private static boolean hasZeroByte(long w) {
    return ((w - ONES) & ~w & HIGHS) != 0;
  }
}
