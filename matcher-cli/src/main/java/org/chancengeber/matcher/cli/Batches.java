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
