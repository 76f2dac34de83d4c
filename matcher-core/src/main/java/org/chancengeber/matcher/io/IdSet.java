package org.chancengeber.matcher.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The ids seen in one file with the line of each, kept compactly (about 20 bytes plus the id's
 * length per entry) so that a reader of millions of lines stays within a small heap. Ids are ASCII
 * (they passed the id pattern); they are stored as bytes in one arena, found through an
 * open-addressing table.
 */
final class IdSet {
  private byte[] arena = new byte[1 << 12];
  private int arenaUsed;
  private int[] starts = new int[256];
  private long[] lines = new long[256];
  private int size;
  private int[] table = new int[512]; // entry index + 1; 0 is empty
  private int mask = table.length - 1;

  /** The line of {@code id} if it was added before, else 0 (and {@code id} is now added). */
  long putIfAbsent(String id, long line) {
    byte[] bytes = id.getBytes(StandardCharsets.ISO_8859_1);
    int h = hash(bytes);
    int slot = h & mask;
    while (table[slot] != 0) {
      int e = table[slot] - 1;
      if (equalsAt(e, bytes)) {
        return lines[e];
      }
      slot = (slot + 1) & mask;
    }
    add(bytes, line);
    table[slot] = size;
    if (size * 2 > table.length) {
      rehash();
    }
    return 0;
  }

  /** The line of {@code id}, or 0 when it was not added. */
  long lineOf(String id) {
    byte[] bytes = id.getBytes(StandardCharsets.ISO_8859_1);
    for (int slot = hash(bytes) & mask; table[slot] != 0; slot = (slot + 1) & mask) {
      int e = table[slot] - 1;
      if (equalsAt(e, bytes)) {
        return lines[e];
      }
    }
    return 0;
  }

  int size() {
    return size;
  }

  private void add(byte[] bytes, long line) {
    if (arenaUsed + bytes.length > arena.length) {
      arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaUsed + bytes.length));
    }
    if (size + 1 >= starts.length) {
      starts = Arrays.copyOf(starts, starts.length * 2);
      lines = Arrays.copyOf(lines, lines.length * 2);
    }
    System.arraycopy(bytes, 0, arena, arenaUsed, bytes.length);
    starts[size] = arenaUsed;
    lines[size] = line;
    arenaUsed += bytes.length;
    starts[size + 1] = arenaUsed;
    size++;
  }

  private boolean equalsAt(int e, byte[] bytes) {
    int from = starts[e];
    int to = starts[e + 1];
    return Arrays.equals(arena, from, to, bytes, 0, bytes.length);
  }

  private void rehash() {
    int[] bigger = new int[table.length * 2];
    int m = bigger.length - 1;
    for (int e = 0; e < size; e++) {
      int slot = hash(arena, starts[e], starts[e + 1]) & m;
      while (bigger[slot] != 0) {
        slot = (slot + 1) & m;
      }
      bigger[slot] = e + 1;
    }
    table = bigger;
    mask = m;
  }

  private static int hash(byte[] bytes) {
    return hash(bytes, 0, bytes.length);
  }

  private static int hash(byte[] b, int from, int to) {
    int h = 0x811C9DC5;
    for (int i = from; i < to; i++) {
      h = (h ^ b[i]) * 0x01000193;
    }
    return h ^ (h >>> 16);
  }
}
