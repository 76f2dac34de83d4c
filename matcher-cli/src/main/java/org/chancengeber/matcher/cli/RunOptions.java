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

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Where rejected lines go and how many threads rank: shared by the batch and cohort commands. */
final class RunOptions {
  @Option(
      names = "--rejects",
      paramLabel = "F",
      description =
          "Write every rejected input line to F as JSON Lines, with the offending values"
              + " (owner-only).")
  Path rejects;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Threads to match on (default: the number of cores).")
  Integer threads;

  Optional<Path> rejectsFile() {
    return Optional.ofNullable(rejects);
  }

  int threads() {
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1) {
      throw new CliException(MatcherCli.USAGE, "--threads: " + n + " must be at least 1");
    }
    return n;
  }
}
