package org.chancengeber.matcher.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The input files of the matching commands; the embedded samples when absent. */
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

  Optional<Path> candidatesFile() {
    return Optional.ofNullable(candidates);
  }

  Optional<Path> vacanciesFile() {
    return Optional.ofNullable(vacancies);
  }
}
