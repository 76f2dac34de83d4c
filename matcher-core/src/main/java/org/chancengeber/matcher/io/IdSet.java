package org.chancengeber.matcher.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The ids seen in one file with the line of each, kept compactly so that a reader of millions of
 * lines stays within a small heap: about 20 bytes plus the id's length per entry (ids are ASCII,
 * having passed the id check). The only part of a reader that grows with the file; everything else
 * is bounded by {@link ReadLimits}. Ids live as bytes in one arena, found through an
 * open-addressing table with linear probing.
 */
final class IdSet {
  private static final int INITIAL = 256;

  private byte[] arena = new byte[INITIAL * 8];
  private int arenaUsed;
  private int[] starts = new int[INITIAL + 1]; // entry e spans arena[starts[e], starts[e + 1])
  private int[] lines = new int[INITIAL];
  private int[] hashes = new int[INITIAL];
  private int size;
  private int[] table = new int[INITIAL * 2]; // entry index + 1; 0 is empty
  private int mask = table.length - 1;

  /**
   * The line of {@code id} if it was added before, else 0 (and {@code id} is now added with {@code
   * line}). Lines beyond {@link Integer#MAX_VALUE} are remembered as that value.
   */
  long putIfAbsent(String id, long line) {
    byte[] bytes = id.getBytes(StandardCharsets.ISO_8859_1);
    int h = hash(bytes);
    int slot = h & mask;
    while (table[slot] != 0) {
      int e = table[slot] - 1;
      if (hashes[e] == h && equalsAt(e, bytes)) {
        return lines[e];
      }
      slot = (slot + 1) & mask;
    }
    add(bytes, h, (int) Math.min(line, Integer.MAX_VALUE));
    table[slot] = size;
    if (size * 4L > table.length * 3L) {
      rehash();
    }
    return 0;
  }

  /** The line of {@code id}, or 0 when it was not added. */
  long lineOf(String id) {
    byte[] bytes = id.getBytes(StandardCharsets.ISO_8859_1);
    int h = hash(bytes);
    for (int slot = h & mask; table[slot] != 0; slot = (slot + 1) & mask) {
      int e = table[slot] - 1;
      if (hashes[e] == h && equalsAt(e, bytes)) {
        return lines[e];
      }
    }
    return 0;
  }

  int size() {
    return size;
  }

  private void add(byte[] bytes, int hash, int line) {
    if (arenaUsed + bytes.length > arena.length) {
      arena = Arrays.copyOf(arena, grow(arena.length, arenaUsed + bytes.length));
    }
    if (size + 1 >= lines.length) {
      int n = grow(lines.length, size + 2);
      lines = Arrays.copyOf(lines, n);
      hashes = Arrays.copyOf(hashes, n);
      starts = Arrays.copyOf(starts, n + 1);
    }
    System.arraycopy(bytes, 0, arena, arenaUsed, bytes.length);
    hashes[size] = hash;
    lines[size] = line;
    starts[size] = arenaUsed;
    arenaUsed += bytes.length;
    starts[size + 1] = arenaUsed;
    size++;
  }

  /** Grows by half (not double), to keep the slack of a large set small. */
  private static int grow(int current, int needed) {
    return (int) Math.min(Integer.MAX_VALUE - 8L, Math.max(needed, current + (current >> 1L)));
  }

  private boolean equalsAt(int e, byte[] bytes) {
    return Arrays.equals(arena, starts[e], starts[e + 1], bytes, 0, bytes.length);
  }

  private void rehash() {
    int[] bigger = new int[table.length * 2];
    int m = bigger.length - 1;
    for (int e = 0; e < size; e++) {
      int slot = hashes[e] & m;
      while (bigger[slot] != 0) {
        slot = (slot + 1) & m;
      }
      bigger[slot] = e + 1;
    }
    table = bigger;
    mask = m;
  }

  private static int hash(byte[] b) {
    int h = 0x811C9DC5;
    for (byte x : b) {
      h = (h ^ x) * 0x01000193;
    }
    // murmur3's finaliser spreads sequential ids ("c-1", "c-2", ...) over the table
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    return h ^ (h >>> 16);
  }
}
