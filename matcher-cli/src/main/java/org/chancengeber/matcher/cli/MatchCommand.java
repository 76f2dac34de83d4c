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
