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

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.chancengeber.matcher.MatchEngine;

/** Engines of the commands: on the heap, or opened on an index built with {@code matcher index}. */
final class Engines {
  private Engines() {}

  /**
   * The engine of a command as {@code b} configures it: on {@code index} when given (which must
   * hold an index: a command that reads one never creates it), else on the heap; warns about stored
   * records it could not read back.
   */
  static MatchEngine open(MatchEngine.Builder b, Optional<Path> index, PrintWriter err) {
    index.ifPresent(Engines::requireIndex);
    index.ifPresent(b::directory);
    MatchEngine engine = b.build();
    warnOpenProblems(engine, err);
    return engine;
  }

  static void warnOpenProblems(MatchEngine engine, PrintWriter err) {
    for (String p : engine.openProblems()) {
      err.println("warning: --index: " + p);
    }
  }

  /** Refuses a folder that holds no index (exit 3). */
  static void requireIndex(Path dir) {
    if (!MatchEngine.isIndexFolder(dir)) {
      throw new CliException(
          MatcherCli.NOTHING_PROCESSED,
          dir
              + ": --index: "
              + (Files.isDirectory(dir)
                  ? "not an index (no " + MatchEngine.INDEX_MARKER + ")"
                  : "no such folder")
              + "; build one with matcher index");
    }
  }

  /** Refuses {@code --index} together with the file of the side the index stands for (exit 2). */
  static void exclusive(Optional<Path> index, Optional<Path> file, String option) {
    if (index.isPresent() && file.isPresent()) {
      throw new CliException(
          MatcherCli.USAGE,
          "--index and "
              + option
              + ": give one (the index holds the "
              + (option.equals("--vacancies") ? "offers" : "people")
              + ")");
    }
  }
}
