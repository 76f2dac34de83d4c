package org.chancengeber.matcher.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines at {@code '\n'} with bounded memory: a line is kept only up to
 * {@code maxLineBytes}; the rest of a longer line is skipped (and counted). A trailing {@code '\r'}
 * is dropped (CRLF input), and so is a UTF-8 byte order mark at the very start.
 */
final class LineSplitter {
  private static final int CHUNK = 1 << 16;

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] chunk = new byte[CHUNK];
  private int pos;
  private int end;
  private boolean eof;
  private boolean lastByteCr;

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
    lastByteCr = false;
    boolean any = false;
    while (true) {
      if (pos == end && !fill()) {
        if (!any) {
          return false;
        }
        break;
      }
      any = true;
      int nl = Utf8.indexOfNewline(chunk, pos, end);
      append(pos, (nl < 0 ? end : nl) - pos);
      pos = nl < 0 ? end : nl + 1;
      if (nl >= 0) {
        break;
      }
    }
    number++;
    if (lastByteCr) {
      fullLength--;
      length = (int) Math.min(length, fullLength);
    }
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
    lastByteCr = chunk[from + count - 1] == '\r';
    // keep one byte more than the limit, so that a line of exactly maxLineBytes plus '\r' fits
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
