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

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code matcher candidates}: the best people for each offer. */
@Command(
    name = "candidates",
    mixinStandardHelpOptions = true,
    description = {
      "Ranks people for each offer, with each person's gaps and pathway to it.",
      "People are indexed whole; offers are streamed.",
      "Exit codes: 0 all lines processed; 1 some input lines rejected (the rest processed);"
          + " 2 usage error or a refused output path; 3 nothing could be processed or an output"
          + " could not be written."
    })
final class CandidatesCommand implements Callable<Integer> {
  @Mixin BatchOptions batch;
  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    return new BatchRun(
            common,
            batch,
            BatchRun.Direction.PEOPLE_FOR_OFFERS,
            spec.commandLine().getOut(),
            spec.commandLine().getErr())
        .run();
  }
}
