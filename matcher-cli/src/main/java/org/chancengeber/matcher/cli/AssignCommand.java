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
import java.util.Locale;
import java.util.concurrent.Callable;
import org.chancengeber.matcher.MatchEngine;
import org.chancengeber.matcher.model.Match;
import org.chancengeber.matcher.placement.Assignment;
import org.chancengeber.matcher.placement.Choice;
import org.chancengeber.matcher.placement.Objective;
import org.chancengeber.matcher.placement.Placement;
import org.chancengeber.matcher.placement.PlacementProblem;
import org.chancengeber.matcher.placement.Placer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code matcher assign}: places a cohort in the offers' places, optimally. */
@Command(
    name = "assign",
    mixinStandardHelpOptions = true,
    description = {
      "Places people in offers so that no offer gets more people than its places, each person at"
          + " most one offer, only eligible pairs (READY_NOW or REACHABLE) among each person's"
          + " best --top offers, maximising the objective exactly (a min-cost flow, not greedy).",
      "One line per person in input order: {\"candidate\", \"vacancy\" (null when not placed),"
          + " \"score\", \"readiness\", \"readyInMonths\", \"rankInOwnList\", \"reason\","
          + " \"detail\"}. The summary on stderr compares with a greedy best-pair-first placement.",
      "Exit codes: 0 all lines processed; 1 some input lines rejected (the rest processed);"
          + " 2 usage error; 3 nothing could be processed."
    })
final class AssignCommand implements Callable<Integer> {
  @Mixin BatchOptions batch;

  @Option(
      names = "--objective",
      paramLabel = "total|fair",
      defaultValue = "total",
      description =
          "total: the highest sum of scores; fair: the most people placed, then the highest score"
              + " of the worst-off placed person, then the sum (default: ${DEFAULT-VALUE}).")
  String objective;

  @Option(
      names = "--ready-now-only",
      description = "Place people only in offers that fit now (READY_NOW), not reachable later.")
  boolean readyNowOnly;

  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  static Objective objective(String name) {
    try {
      return Objective.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CliException(MatcherCli.USAGE, "--objective: '" + name + "' is not total or fair");
    }
  }

  @Override
  public Integer call() {
    long started = System.nanoTime();
    PrintWriter err = spec.commandLine().getErr();
    PlacementView view = PlacementView.named(batch.format);
    Placer.Options options = new Placer.Options(objective(objective), readyNowOnly);
    Locale locale = common.locale();
    var taxonomy = common.taxonomy();
    // the outputs are checked against the inputs and each other, written owner-only, committed
    // together (see Outputs)
    Engines.exclusive(batch.files.indexDir(), batch.vacanciesFile(), "--vacancies");
    try (MatchEngine engine = Engines.open(common.engine(taxonomy), batch.files.indexDir(), err);
        Outputs outputs =
            new Outputs(batch.candidatesFile(), batch.vacanciesFile()).reading(common.esco)) {
      AtomicOutput output = outputs.open("--out", batch.outFile(), spec.commandLine().getOut());
      RejectLog rejects = RejectLog.to(outputs.open("--rejects", batch.rejectsFile()), err);
      Inputs inputs = new Inputs(taxonomy, common.today(), rejects, err);
      Cohort cohort = new Cohort(engine, inputs, Cohort.Settings.of(batch, common), err);
      cohort.indexOffers();
      PlacementProblem.Builder problem = PlacementProblem.builder();
      Inputs.Counts people =
          cohort.rankPeople(
              (r, ms) -> {
                problem.person(r.candidate().id(), ms.stream().map(Choice::of).toList());
                for (Match m : ms) {
                  problem.places(m.vacancy(), engine.vacancy(m.vacancy()).orElseThrow().places());
                }
              });
      err.println(cohort.summary(people, "ranked"));
      if (cohort.nothingToDo(people, "assign")) {
        outputs.commitNothingProcessed("--out");
        return MatcherCli.NOTHING_PROCESSED;
      }
      PlacementProblem built = problem.build();
      long solving = System.nanoTime();
      Assignment optimal = Placer.optimal(built, options);
      double solveSeconds = (System.nanoTime() - solving) / 1e9;
      Assignment greedy = Placer.greedy(built, options);
      try {
        view.start(output.writer(), locale);
        for (Placement p : optimal.placements()) {
          view.print(output.writer(), p, locale, engine::vacancy);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      err.println(
          describe(optimal) + String.format(Locale.ROOT, "; solved in %.1f s", solveSeconds));
      err.println(describe(greedy));
      err.println(
          String.format(
              Locale.ROOT,
              "gain over greedy: %+d people placed, %+.4f total score; %.1f s in all",
              optimal.summary().placed() - greedy.summary().placed(),
              optimal.summary().totalScore() - greedy.summary().totalScore(),
              (System.nanoTime() - started) / 1e9));
      outputs.commit();
      return people.rejected() + cohort.offers().rejected() > 0
          ? MatcherCli.SOME_REJECTED
          : MatcherCli.OK;
    }
  }

  /** One line of numbers for a placement. */
  static String describe(Assignment a) {
    Assignment.Summary s = a.summary();
    return String.format(
        Locale.ROOT,
        "%s: %d of %d people placed (%d ready now, %d in their first offer), %d of %d places"
            + " filled in %d offers, total score %.4f, worst %.4f; not placed: %s",
        a.method(),
        s.placed(),
        s.people(),
        s.readyNow(),
        s.firstChoice(),
        s.placed(),
        s.places(),
        s.offersUsed(),
        s.totalScore(),
        s.worstScore(),
        s.unplaced().isEmpty() ? "none" : new java.util.TreeMap<>(s.unplaced()).toString());
  }
}
