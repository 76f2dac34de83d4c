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

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.chancengeber.matcher.MatchEngine;
import org.chancengeber.matcher.Ranking;
import org.chancengeber.matcher.placement.Placer;
import org.chancengeber.matcher.report.CohortReport;
import org.chancengeber.matcher.report.ReportBuilder;
import org.chancengeber.matcher.report.ReportHtml;
import org.chancengeber.matcher.report.ReportJson;
import org.chancengeber.matcher.taxonomy.Taxonomy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code matcher report}: the steering group's report on a cohort. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "The steering group's report on a cohort: who is ready now, reachable later or without an"
          + " offer; which hurdles block or delay how many people and where; what single change"
          + " opens most; months to readiness; the optimal placement against greedy; and per"
          + " audit attribute (gender, nationality, age band) the readiness, best score and"
          + " placement rate.",
      "Writes DIR/report.html (one self-contained page, opens offline) and DIR/report.json (the"
          + " numbers behind it), each atomically.",
      "Exit codes: 0 all lines processed; 1 some input lines rejected (the rest processed);"
          + " 2 usage error; 3 nothing could be processed."
    })
final class ReportCommand implements Callable<Integer> {
  /** Long enough to plan any pathway, so that "beyond the horizon" can name its hurdle. */
  static final int UNBOUNDED_MONTHS = 600;

  @Mixin FileOptions files;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      required = true,
      description = "Folder for report.html and report.json (created if missing).")
  Path out;

  @Option(
      names = "--top",
      paramLabel = "K",
      defaultValue = "10",
      description = "Offers of each person's own list looked at (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--objective",
      paramLabel = "total|fair",
      defaultValue = "total",
      description = "Objective of the placement shown (default: ${DEFAULT-VALUE}).")
  String objective;

  @Option(
      names = "--ready-now-only",
      description = "The placement shown takes only offers that fit now.")
  boolean readyNowOnly;

  @Option(names = "--no-placement", description = "Leave the placement out of the report.")
  boolean noPlacement;

  @Mixin RunOptions run;

  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Locale locale = common.locale();
    if (top < 1) {
      throw new CliException(MatcherCli.USAGE, "--top: " + top + " must be at least 1");
    }
    int n = run.threads();
    Optional<Placer.Options> placement =
        noPlacement
            ? Optional.empty()
            : Optional.of(new Placer.Options(AssignCommand.objective(objective), readyNowOnly));
    Taxonomy taxonomy = common.taxonomy();
    Engines.exclusive(files.indexDir(), files.vacanciesFile(), "--vacancies");
    try (MatchEngine engine = Engines.open(common.engine(taxonomy), files.indexDir(), err);
        MatchEngine unbounded = common.engine(taxonomy).horizonMonths(UNBOUNDED_MONTHS).build();
        // checked against the inputs and each other, owner-only, committed together
        Outputs outputs =
            new Outputs(files.candidatesFile(), files.vacanciesFile()).reading(common.esco)) {
      RejectLog rejectLog = RejectLog.to(outputs.open("--rejects", run.rejectsFile()), err);
      AtomicOutput json =
          outputs.open(
              "--out report.json",
              Optional.of(out.resolve("report.json")),
              spec.commandLine().getOut());
      AtomicOutput html =
          outputs.open(
              "--out report.html",
              Optional.of(out.resolve("report.html")),
              spec.commandLine().getOut());
      Inputs inputs = new Inputs(taxonomy, common.today(), rejectLog, err);
      Cohort cohort =
          new Cohort(
              engine,
              inputs,
              new Cohort.Settings(files, top, n, Ranking.TWO_PHASE, common.progressEnabled()),
              err);
      cohort.indexOffers();
      ReportBuilder builder = new ReportBuilder(engine, unbounded, top);
      Inputs.Counts people =
          cohort.rankPeople((r, ms) -> builder.excluded(r.candidate()), builder::add);
      err.println(cohort.summary(people, "reported"));
      if (cohort.nothingToDo(people, "report")) {
        outputs.commitNothingProcessed("--out report.json", "--out report.html");
        return MatcherCli.NOTHING_PROCESSED;
      }
      CohortReport report =
          builder
              .offers((int) cohort.openOffers(), cohort.openPlaces())
              .build(placement, common.horizon);
      try {
        ReportJson.write(report, json.writer());
        ReportHtml.write(report, html.writer(), locale);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      outputs.commit();
      err.println(
          String.format(
              Locale.ROOT,
              "report: %d people (%d ready now, %d reachable, %d without an offer), %d hurdle"
                  + " kinds; wrote %s and %s",
              report.people(),
              report.readyNow(),
              report.reachable(),
              report.noOffer(),
              report.hurdles().size(),
              out.resolve("report.html"),
              out.resolve("report.json")));
      return people.rejected() + cohort.offers().rejected() > 0
          ? MatcherCli.SOME_REJECTED
          : MatcherCli.OK;
    }
  }
}
