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
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files one command writes, as {@link AtomicOutput}s: each is refused (exit 2) when it is one
 * of the command's inputs or another of its outputs (also through a symlink or a hard link), and
 * {@link #commit()} commits them together: every part file is flushed and fsynced before the first
 * is moved into place, so that a failure (a full disk) leaves all earlier outputs as they were.
 */
final class Outputs implements AutoCloseable {
  private final Map<Object, String> inputs = new LinkedHashMap<>();
  private final Map<Object, String> taken = new LinkedHashMap<>();
  private final List<AtomicOutput> opened = new ArrayList<>();
  private final Map<String, AtomicOutput> byOption = new LinkedHashMap<>();

  /** Outputs of a command that reads {@code inputs} (absent ones are the embedded samples). */
  @SafeVarargs
  Outputs(Optional<Path>... inputs) {
    for (Optional<Path> in : inputs) {
      in.ifPresent(p -> this.inputs.putIfAbsent(identity(p), p.toString()));
    }
  }

  /** Also counts {@code files} (e.g. the {@code --esco} folders and zips) as inputs. */
  Outputs reading(List<Path> files) {
    files.forEach(p -> inputs.putIfAbsent(identity(p), p.toString()));
    return this;
  }

  /** Output {@code option} to {@code file}, or to {@code stdout} when absent. */
  AtomicOutput open(String option, Optional<Path> file, PrintWriter stdout) {
    file.ifPresent(p -> claim(option, p));
    AtomicOutput out = AtomicOutput.open(file, stdout);
    opened.add(out);
    byOption.put(option, out);
    return out;
  }

  /** Output {@code option} to {@code file} when present. */
  Optional<AtomicOutput> open(String option, Optional<Path> file) {
    return file.map(p -> open(option, Optional.of(p), null));
  }

  private void claim(String option, Path file) {
    Path target = AtomicOutput.checkTarget(file);
    Object id = identity(target);
    String input = inputs.get(id);
    if (input != null) {
      throw new CliException(
          MatcherCli.USAGE, option + " " + file + ": refused as output: it is the input " + input);
    }
    String other = taken.putIfAbsent(id, option);
    if (other != null) {
      throw new CliException(
          MatcherCli.USAGE,
          option + " " + file + ": refused as output: it is also the output of " + other);
    }
  }

  /** Commits every output: all are flushed and synced first, then moved into place. */
  void commit() {
    opened.forEach(AtomicOutput::prepare);
    opened.forEach(AtomicOutput::move);
  }

  /** Whether an output failed to write (then nothing can be committed). */
  boolean failed() {
    return opened.stream().anyMatch(AtomicOutput::failed);
  }

  /**
   * For a run that could process nothing: the outputs of {@code options} become empty files and the
   * others (the rejects) are committed as they are, so that no earlier run's output is left looking
   * current. Does nothing when an output has failed (then nothing can be committed).
   */
  void commitNothingProcessed(String... options) {
    if (failed()) {
      return;
    }
    for (String option : options) {
      AtomicOutput out = byOption.get(option);
      if (out != null) {
        out.empty();
      }
    }
    commit();
  }

  /** Deletes the part files of the outputs not committed. */
  @Override
  public void close() {
    opened.forEach(AtomicOutput::close);
  }

  /**
   * What makes two paths the same file: the file's key (device and inode) when it exists, else its
   * absolute, normalised path under its folder's real path.
   */
  static Object identity(Path path) {
    Path abs = path.toAbsolutePath().normalize();
    try {
      BasicFileAttributes a = Files.readAttributes(abs, BasicFileAttributes.class);
      return a.fileKey() != null ? a.fileKey() : abs.toRealPath();
    } catch (NoSuchFileException e) {
      Path dir = abs.getParent();
      try {
        return dir == null ? abs : dir.toRealPath().resolve(abs.getFileName());
      } catch (IOException notYet) {
        return abs;
      }
    } catch (IOException e) {
      return abs;
    }
  }
}
