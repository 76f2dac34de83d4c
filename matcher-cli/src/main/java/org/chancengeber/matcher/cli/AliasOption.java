package org.chancengeber.matcher.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --aliases F}, shared by every command that resolves free text. */
final class AliasOption {
  @Option(
      names = "--aliases",
      paramLabel = "F",
      description =
          "Your own words for concepts: CSV text,conceptUri[,lang] (repeatable). An exact alias"
              + " beats every ESCO label.")
  List<Path> files = new ArrayList<>();
}
