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
package org.chancengeber.matcher.index;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Entries by key, where keys are handed out in increasing order from 0: pages of an array instead
 * of a hash map, so an entry costs one reference (a map would cost a node and a boxed key, about 50
 * bytes more: 50 MB for a million offers), and a lookup is two array reads. Thread-safe: writes and
 * removals from any thread, reads without locks.
 */
final class KeyTable<T> {
  private static final int PAGE_BITS = 14;
  private static final int PAGE_SIZE = 1 << PAGE_BITS;
  private static final int MASK = PAGE_SIZE - 1;

  private volatile AtomicReferenceArray<T>[] pages = newPages(0);

  @SuppressWarnings("unchecked")
  private static <T> AtomicReferenceArray<T>[] newPages(int n) {
    return (AtomicReferenceArray<T>[]) new AtomicReferenceArray<?>[n];
  }

  void put(long key, T value) {
    page(key, true).set((int) (key & MASK), value);
  }

  /** The entry with this key; null when there is none. */
  T get(long key) {
    AtomicReferenceArray<T> page = page(key, false);
    return page == null ? null : page.get((int) (key & MASK));
  }

  void remove(long key) {
    AtomicReferenceArray<T> page = page(key, false);
    if (page != null) {
      page.set((int) (key & MASK), null);
    }
  }

  private AtomicReferenceArray<T> page(long key, boolean create) {
    if (key < 0) {
      throw new IllegalArgumentException("key (" + key + ") must not be negative");
    }
    long index = key >>> PAGE_BITS;
    AtomicReferenceArray<T>[] p = pages;
    if (index < p.length && p[(int) index] != null) {
      return p[(int) index];
    }
    if (!create) {
      return null;
    }
    synchronized (this) {
      p = pages;
      if (index >= p.length) {
        p = Arrays.copyOf(p, (int) Math.max(index + 1, p.length * 2L));
      }
      if (p[(int) index] == null) {
        p[(int) index] = new AtomicReferenceArray<>(PAGE_SIZE);
      }
      pages = p;
      return p[(int) index];
    }
  }
}
