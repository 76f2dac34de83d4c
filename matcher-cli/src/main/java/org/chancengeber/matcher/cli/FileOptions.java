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

/**
 * The input files of the matching commands; the embedded samples when absent, or the index given
 * with {@code --index}.
 */
final class FileOptions {
  @Option(
      names = "--candidates",
      paramLabel = "F",
      description = "People, JSON Lines (default: the embedded sample people).")
  Path candidates;

  @Option(
      names = "--vacancies",
      paramLabel = "F",
      description = "Offers, JSON Lines (default: the embedded sample offers).")
  Path vacancies;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description =
          "An index built with matcher index, instead of the file of the side it holds (the"
              + " offers for match, assign, report; the people for candidates; either for"
              + " explain).")
  Path index;

  Optional<Path> indexDir() {
    return Optional.ofNullable(index);
  }

  Optional<Path> candidatesFile() {
    return Optional.ofNullable(candidates);
  }

  Optional<Path> vacanciesFile() {
    return Optional.ofNullable(vacancies);
  }
}
