package org.chancengeber.matcher.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.chancengeber.matcher.MatchEngine;
import org.chancengeber.matcher.index.LuceneStore;
import org.chancengeber.matcher.taxonomy.Taxonomy;

/** Engines of the commands: on the heap, or opened on an index built with {@code matcher index}. */
final class Engines {
  private Engines() {}

  /**
   * The engine of a command: on {@code index} when given (which must hold an index: a command that
   * reads one never creates it), else on the heap.
   */
  static MatchEngine open(
      Taxonomy taxonomy,
      java.time.LocalDate today,
      Optional<Path> index,
      PrintWriter err,
      UnaryOperator<MatchEngine.Builder> more) {
    index.ifPresent(Engines::requireIndex);
    MatchEngine.Builder b = MatchEngine.builder().taxonomy(taxonomy).today(today);
    index.ifPresent(b::directory);
    MatchEngine engine = more.apply(b).build();
    warnOpenProblems(engine, err);
    return engine;
  }

  static MatchEngine open(
      Taxonomy taxonomy, java.time.LocalDate today, Optional<Path> index, PrintWriter err) {
    return open(taxonomy, today, index, err, b -> b);
  }

  static void warnOpenProblems(MatchEngine engine, PrintWriter err) {
    for (String p : engine.openProblems()) {
      err.println("warning: --index: " + p);
    }
  }

  /** Refuses a folder that holds no index (exit 3). */
  static void requireIndex(Path dir) {
    if (!Files.isRegularFile(dir.resolve(LuceneStore.MARKER))) {
      throw new CliException(
          MatcherCli.NOTHING_PROCESSED,
          dir
              + ": --index: "
              + (Files.isDirectory(dir)
                  ? "not an index (no " + LuceneStore.MARKER + ")"
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
