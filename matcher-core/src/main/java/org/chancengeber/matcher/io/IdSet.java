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

import java.util.Arrays;

/**
 * The ids seen in one file with the line of each, kept compactly so that a reader of millions of
 * lines stays within a small heap: about 25 bytes plus the id's length per entry (ids are ASCII,
 * having passed the id check, so a char is a byte). The only part of a reader that grows with the
 * file; everything else is bounded by {@link ReadLimits}. Ids live as bytes in one arena, found
 * through an open-addressing table with linear probing.
 */
final class IdSet {
  private static final int INITIAL = 256;

  private byte[] arena = new byte[INITIAL * 8];
  private int arenaUsed;
  private int[] starts = new int[INITIAL + 1]; // entry e spans arena[starts[e], starts[e + 1])
  private int[] lines = new int[INITIAL];
  private int size;
  // per slot: the id's hash in the high half, entry index + 1 in the low half; 0 is empty
  private long[] table = new long[INITIAL * 2];
  private int mask = table.length - 1;

  /**
   * The line of {@code id} if it was added before, else 0 (and {@code id} is now added with {@code
   * line}). Lines beyond {@link Integer#MAX_VALUE} are remembered as that value.
   */
  long putIfAbsent(String id, long line) {
    int h = hash(id);
    int slot = h & mask;
    for (long t = table[slot]; t != 0; t = table[slot]) {
      if ((int) (t >>> 32) == h && equalsAt((int) t - 1, id)) {
        return lines[(int) t - 1];
      }
      slot = (slot + 1) & mask;
    }
    add(id, (int) Math.min(line, Integer.MAX_VALUE));
    table[slot] = ((long) h << 32) | size;
    if (size * 4L > table.length * 3L) {
      rehash();
    }
    return 0;
  }

  /** The line of {@code id}, or 0 when it was not added. */
  long lineOf(String id) {
    int h = hash(id);
    for (int slot = h & mask; table[slot] != 0; slot = (slot + 1) & mask) {
      long t = table[slot];
      if ((int) (t >>> 32) == h && equalsAt((int) t - 1, id)) {
        return lines[(int) t - 1];
      }
    }
    return 0;
  }

  int size() {
    return size;
  }

  private void add(String id, int line) {
    int length = id.length();
    if (arenaUsed + length > arena.length) {
      arena = Arrays.copyOf(arena, grow(arena.length, arenaUsed + length));
    }
    if (size + 1 >= lines.length) {
      int n = grow(lines.length, size + 2);
      lines = Arrays.copyOf(lines, n);
      starts = Arrays.copyOf(starts, n + 1);
    }
    for (int i = 0; i < length; i++) {
      arena[arenaUsed + i] = (byte) id.charAt(i);
    }
    lines[size] = line;
    starts[size] = arenaUsed;
    arenaUsed += length;
    starts[size + 1] = arenaUsed;
    size++;
  }

  /** Grows by half (not double), to keep the slack of a large set small. */
  private static int grow(int current, int needed) {
    return (int) Math.min(Integer.MAX_VALUE - 8L, Math.max(needed, current * 3L / 2));
  }

  private boolean equalsAt(int e, String id) {
    int from = starts[e];
    if (starts[e + 1] - from != id.length()) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      if (arena[from + i] != (byte) id.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private void rehash() {
    long[] bigger = new long[table.length * 2];
    int m = bigger.length - 1;
    for (long t : table) {
      if (t != 0) {
        int slot = (int) (t >>> 32) & m;
        while (bigger[slot] != 0) {
          slot = (slot + 1) & m;
        }
        bigger[slot] = t;
      }
    }
    table = bigger;
    mask = m;
  }

  private static int hash(String id) {
    int h = 0x811C9DC5;
    for (int i = 0; i < id.length(); i++) {
      h = (h ^ id.charAt(i)) * 0x01000193;
    }
    // murmur3's finaliser spreads sequential ids ("c-1", "c-2", ...) over the table
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    return h ^ (h >>> 16);
  }
}
