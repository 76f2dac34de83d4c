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
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.chancengeber.matcher.io.ExclusionFormat;
import org.chancengeber.matcher.model.Exclusion;

/** The {@code --exclusions} file: offers left out for each person, with the rules' reasons. */
final class ExclusionLog implements AutoCloseable {
  private final Optional<AtomicOutput> file;
  private final Locale locale;

  private ExclusionLog(Optional<AtomicOutput> file, Locale locale) {
    this.file = file;
    this.locale = locale;
  }

  static ExclusionLog open(Optional<Path> path, Locale locale) {
    return to(path.map(p -> AtomicOutput.open(Optional.of(p), null)), locale);
  }

  /** Exclusions to {@code file} (opened by the caller) when present. */
  static ExclusionLog to(Optional<AtomicOutput> file, Locale locale) {
    return new ExclusionLog(file, locale);
  }

  boolean enabled() {
    return file.isPresent();
  }

  void write(List<Exclusion> exclusions) {
    if (file.isEmpty()) {
      return;
    }
    try {
      for (Exclusion e : exclusions) {
        ExclusionFormat.write(e, file.get().writer(), locale);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes the file visible, for a command that writes nothing else (else see {@link Outputs}). */
  void commit() {
    file.ifPresent(AtomicOutput::commit);
  }

  @Override
  public void close() {
    file.ifPresent(AtomicOutput::close);
  }
}
