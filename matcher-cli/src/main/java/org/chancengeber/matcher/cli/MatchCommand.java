package org.chancengeber.matcher.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code matcher match}: the best offers for each person. */
@Command(
    name = "match",
    mixinStandardHelpOptions = true,
    description = {
      "Ranks offers for each person: the best eligible offers now and those reachable within the"
          + " horizon, with gaps and pathway.",
      "Offers are indexed whole; people are streamed, so memory stays flat for any number of them.",
      "Exit codes: 0 all lines processed; 1 some input lines rejected (the rest processed);"
          + " 2 usage error or a refused output path; 3 nothing could be processed or an output"
          + " could not be written."
    })
final class MatchCommand implements Callable<Integer> {
  @Mixin BatchOptions batch;

  @Option(
      names = "--exclusions",
      paramLabel = "F",
      description =
          "Also write the offers left out for each person, with the rules' reasons, to F as JSON"
              + " Lines: {\"candidate\", \"vacancy\", \"reasons\": [...], \"codes\": [...]} (offers"
              + " within travel distance that are still open; a code per reason, e.g. AGE,"
              + " WORK_BAN, BEYOND_HORIZON).")
  Path exclusions;

  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    return new BatchRun(
            common,
            batch,
            BatchRun.Direction.OFFERS_FOR_PEOPLE,
            spec.commandLine().getOut(),
            spec.commandLine().getErr())
        .withExclusions(Optional.ofNullable(exclusions))
        .run();
  }
}
