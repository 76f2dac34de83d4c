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
package org.chancengeber.matcher.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Collects a stream of items into chunks of a fixed size, so batches stream in flat memory. */
final class Batches<T> implements Consumer<T> {
  private final int size;
  private final Consumer<List<T>> flush;
  private List<T> chunk;

  Batches(int size, Consumer<List<T>> flush) {
    if (size < 1) {
      throw new IllegalArgumentException("size (" + size + ") must be positive");
    }
    this.size = size;
    this.flush = flush;
    this.chunk = new ArrayList<>(size);
  }

  @Override
  public void accept(T item) {
    chunk.add(item);
    if (chunk.size() == size) {
      finish();
    }
  }

  /** Passes on what is collected so far. */
  void finish() {
    if (!chunk.isEmpty()) {
      List<T> full = chunk;
      chunk = new ArrayList<>(size);
      flush.accept(full);
    }
  }
}
