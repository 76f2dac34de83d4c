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

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.chancengeber.matcher.io.InputError;
import org.chancengeber.matcher.io.LineResult;
import org.chancengeber.matcher.io.RejectsWriter;

/**
 * Where rejected input lines go: each error to stderr (the first {@value #SHOWN}, then a count),
 * and every rejected line to the {@code --rejects} file when one is given, so that no line is lost.
 */
final class RejectLog implements AutoCloseable {
  static final int SHOWN = 20;

  private final PrintWriter err;
  private final Optional<AtomicOutput> file;
  private final Optional<RejectsWriter> writer;
  private long count;

  private RejectLog(PrintWriter err, Optional<AtomicOutput> file) {
    this.err = err;
    this.file = file;
    this.writer = file.map(f -> new RejectsWriter(f.writer()));
  }

  static RejectLog open(Optional<Path> rejects, PrintWriter err) {
    return to(rejects.map(p -> AtomicOutput.open(Optional.of(p), null)), err);
  }

  /** Rejects to {@code file} (opened by the caller, e.g. from its {@link Outputs}) when present. */
  static RejectLog to(Optional<AtomicOutput> file, PrintWriter err) {
    return new RejectLog(err, file);
  }

  synchronized void add(LineResult.Rejected<?> rejected) {
    count++;
    if (count <= SHOWN) {
      for (InputError e : rejected.errors()) {
        err.println(e);
      }
    } else if (count == SHOWN + 1) {
      err.println(
          "... more rejected lines"
              + (writer.isPresent()
                  ? " (all are listed in the rejects file)"
                  : " (use --rejects F)"));
    }
    if (writer.isPresent()) {
      try {
        writer.get().write(rejected);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  long count() {
    return count;
  }

  /**
   * Makes the rejects file visible (also when empty, so a run's rejects are never stale), for a
   * command that writes nothing else; commands with several outputs commit them together through
   * {@link Outputs}.
   */
  void commit() {
    file.ifPresent(AtomicOutput::commit);
  }

  @Override
  public void close() {
    file.ifPresent(AtomicOutput::close);
  }
}
