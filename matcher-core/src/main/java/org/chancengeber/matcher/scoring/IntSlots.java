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
 * boxing). Owners keep their values in arrays indexed by slot. Not thread-safe while filled;
 * read-only use afterwards is safe.
 */
final class IntSlots {
  private int[] keys;
  private int[] slots;
  private int[] order;
  private int size;
  private int mask;

  IntSlots(int expected) {
    int cap = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
    keys = new int[cap];
    slots = new int[cap];
    order = new int[Math.max(4, expected)];
    Arrays.fill(keys, -1);
    mask = cap - 1;
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
      int k = keys[i];
      if (k == key) {
        return slots[i];
      }
      if (k == -1) {
        return -1;
      }
      i = (i + 1) & mask;
    }
  }

  /** The slot of {@code key}, added at the end when new. */
  int put(int key) {
    if (key < 0) {
      throw new IllegalArgumentException("key (" + key + ") must not be negative");
    }
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int i = mix(key) & mask;
    while (true) {
      int k = keys[i];
      if (k == key) {
        return slots[i];
      }
      if (k == -1) {
        keys[i] = key;
        slots[i] = size;
        if (size == order.length) {
          order = Arrays.copyOf(order, size * 2);
        }
        order[size] = key;
        return size++;
      }
      i = (i + 1) & mask;
    }
  }

  private void grow() {
    int[] oldKeys = keys;
    int[] oldSlots = slots;
    keys = new int[oldKeys.length * 2];
    slots = new int[oldKeys.length * 2];
    Arrays.fill(keys, -1);
    mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != -1) {
        int i = mix(oldKeys[j]) & mask;
        while (keys[i] != -1) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        slots[i] = oldSlots[j];
      }
    }
  }

  private static int mix(int key) {
    int h = key * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
