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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options of the batch commands {@code match} and {@code candidates}. */
final class BatchOptions {
  @Mixin FileOptions files;

  @Option(
      names = "--top",
      paramLabel = "K",
      defaultValue = "10",
      description = "Matches per list (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--format",
      paramLabel = "jsonl|csv|table",
      defaultValue = "jsonl",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--out",
      paramLabel = "F",
      description =
          "Write the output to F, atomically; a new F is owner-only (default: standard output).")
  Path out;

  @Mixin RunOptions run;

  @Option(
      names = "--exhaustive",
      description = "Rank with the exact scorer over every offer instead of the index (slow).")
  boolean exhaustive;

  Optional<Path> candidatesFile() {
    return files.candidatesFile();
  }

  Optional<Path> vacanciesFile() {
    return files.vacanciesFile();
  }

  Optional<Path> outFile() {
    return Optional.ofNullable(out);
  }

  Optional<Path> rejectsFile() {
    return run.rejectsFile();
  }

  int threads() {
    return run.threads();
  }

  int top() {
    if (top < 1) {
      throw new CliException(MatcherCli.USAGE, "--top: " + top + " must be at least 1");
    }
    return top;
  }

  MatchView view() {
    try {
      return MatchView.named(format);
    } catch (IllegalArgumentException e) {
      throw new CliException(MatcherCli.USAGE, "--format: " + e.getMessage());
    }
  }
}
