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

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines with bounded memory: a line ends at LF, CRLF or a CR alone (old
 * Mac files), so all three read line by line with the same numbers. A line is kept only up to
 * {@code maxLineBytes}; the rest of a longer line is skipped (and counted). A UTF-8 byte order mark
 * at the very start is dropped.
 */
final class LineSplitter {
  private static final int CHUNK = 1 << 16;

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] chunk = new byte[CHUNK];
  private int pos;
  private int end;
  private boolean eof;

  /** The last line ended with CR: an LF right after it belongs to that line end (CRLF). */
  private boolean afterCr;

  private byte[] line = new byte[8192];
  private int length;
  private long fullLength;
  private long number;

  LineSplitter(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** Reads the next line; false at the end of the input. */
  boolean next() throws IOException {
    length = 0;
    fullLength = 0;
    boolean any = false;
    while (true) {
      if (pos == end && !fill()) {
        if (!any) {
          return false;
        }
        break;
      }
      if (afterCr) {
        afterCr = false;
        if (chunk[pos] == '\n') {
          pos++;
          continue;
        }
      }
      any = true;
      int nl = Utf8.indexOfLineEnd(chunk, pos, end);
      append(pos, (nl < 0 ? end : nl) - pos);
      pos = nl < 0 ? end : nl + 1;
      if (nl >= 0) {
        afterCr = chunk[nl] == '\r';
        break;
      }
    }
    number++;
    if (number == 1 && startsWithBom()) {
      System.arraycopy(line, 3, line, 0, length - 3);
      length -= 3;
      fullLength -= 3;
    }
    return true;
  }

  private boolean startsWithBom() {
    return length >= 3
        && (line[0] & 0xFF) == 0xEF
        && (line[1] & 0xFF) == 0xBB
        && (line[2] & 0xFF) == 0xBF;
  }

  private void append(int from, int count) {
    if (count == 0) {
      return;
    }
    fullLength += count;
    // one byte more than the limit marks a longer line
    int take = Math.min(maxLineBytes + 1 - length, count);
    if (take > 0) {
      if (length + take > line.length) {
        int grown = (int) Math.min((long) line.length * 2, maxLineBytes + 1L);
        line = Arrays.copyOf(line, Math.max(length + take, grown));
      }
      System.arraycopy(chunk, from, line, length, take);
      length += take;
    }
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n;
    do {
      n = in.read(chunk, 0, CHUNK);
    } while (n == 0);
    if (n < 0) {
      eof = true;
      pos = 0;
      end = 0;
      return false;
    }
    pos = 0;
    end = n;
    return true;
  }

  /** 1-based number of the current line. */
  long number() {
    return number;
  }

  /** Whether the current line is longer than the limit (its bytes are then incomplete). */
  boolean overLong() {
    return fullLength > maxLineBytes;
  }

  /** Length of the current line in bytes, also when it was over-long. */
  long fullLength() {
    return fullLength;
  }

  /** The current line's bytes, valid in {@code [0, length())} until the next call of next(). */
  byte[] bytes() {
    return line;
  }

  int length() {
    return length;
  }
}
