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
package org.chancengeber.matcher.scoring;

import java.util.Arrays;

/**
 * Maps non-negative int keys to dense slots 0, 1, 2, ... in insertion order (open addressing, no
 * boxing). Owners keep their values in arrays indexed by slot. The table holds slot + 1 (0: empty)
 * and the keys live once, by slot, so a map costs one int per table cell and one per key; {@link
 * #trim()} shrinks both to what the keys need when no more are coming (a prepared person keeps
 * several hundred skills). Not thread-safe while filled; read-only use afterwards is safe.
 */
final class IntSlots {
  private int[] table;
  private int[] order;
  private int size;
  private int mask;

  IntSlots(int expected) {
    int cap = capacity(Math.max(2, expected));
    table = new int[cap];
    order = new int[Math.max(4, expected)];
    mask = cap - 1;
  }

  /** The table size for {@code n} keys: a power of two at least twice {@code n}. */
  private static int capacity(int n) {
    return Integer.highestOneBit(Math.max(4, n * 2 - 1)) << 1;
  }

  int size() {
    return size;
  }

  /** The key in slot {@code slot}. */
  int key(int slot) {
    return order[slot];
  }

  /** The slot of {@code key}, or -1. */
  int get(int key) {
    int i = mix(key) & mask;
    while (true) {
      int s = table[i];
      if (s == 0) {
        return -1;
      }
      if (order[s - 1] == key) {
        return s - 1;
      }
      i = (i + 1) & mask;
    }
  }

  /** The slot of {@code key}, added at the end when new. */
  int put(int key) {
    if (key < 0) {
      throw new IllegalArgumentException("key (" + key + ") must not be negative");
    }
    if ((size + 1) * 2 > table.length) {
      rehash(table.length * 2);
    }
    int i = mix(key) & mask;
    while (true) {
      int s = table[i];
      if (s == 0) {
        if (size == order.length) {
          order = Arrays.copyOf(order, Math.max(4, size * 2));
        }
        order[size] = key;
        table[i] = ++size;
        return size - 1;
      }
      if (order[s - 1] == key) {
        return s - 1;
      }
      i = (i + 1) & mask;
    }
  }

  /**
   * Shrinks the table and the keys to what the keys held need (the table stays at most half full,
   * so look-ups stay short); slots do not change.
   *
   * @return this
   */
  IntSlots trim() {
    if (order.length > size) {
      order = Arrays.copyOf(order, size);
    }
    int cap = capacity(size);
    if (cap < table.length) {
      rehash(cap);
    }
    return this;
  }

  private void rehash(int cap) {
    table = new int[cap];
    mask = cap - 1;
    for (int s = 0; s < size; s++) {
      int i = mix(order[s]) & mask;
      while (table[i] != 0) {
        i = (i + 1) & mask;
      }
      table[i] = s + 1;
    }
  }

  private static int mix(int key) {
    int h = key * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
