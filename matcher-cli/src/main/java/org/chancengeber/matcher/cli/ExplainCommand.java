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

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.chancengeber.matcher.Assessment;
import org.chancengeber.matcher.ClaimResolution;
import org.chancengeber.matcher.MatchEngine;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Explanation;
import org.chancengeber.matcher.model.Match;
import org.chancengeber.matcher.model.Message;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.report.WhatIf;
import org.chancengeber.matcher.samples.SampleData;
import org.chancengeber.matcher.taxonomy.Taxonomy;
import org.chancengeber.matcher.taxonomy.Understanding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code matcher explain}: everything about one person and one offer. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Explains one person and one offer: eligibility (or the rules that exclude it), the score"
          + " with every factor, the gaps and the pathway with durations.",
      "With --what-if (and no --vacancy): which single change (German one CEFR level higher, a"
          + " positive practical trial, a recognised qualification, a work permit) moves which of"
          + " the person's best offers into READY_NOW or up how many ranks.",
      "Exit codes: 0 explained; 2 usage error; 3 the person or the offer was not found."
    })
final class ExplainCommand implements Callable<Integer> {
  @Option(names = "--candidate", paramLabel = "ID", required = true, description = "Person id.")
  String candidateId;

  @Option(
      names = "--vacancy",
      paramLabel = "ID",
      description =
          "Offer id. Without --vacancy and --what-if: the person's portfolio (Laufmappe) and the"
              + " next steps that open most offers.")
  String vacancyId;

  @Option(
      names = "--what-if",
      description = "Instead of one offer: what each single change would do to the person's list.")
  boolean whatIf;

  @Option(
      names = "--top",
      paramLabel = "K",
      defaultValue = "10",
      description =
          "With --what-if: offers of the person's list compared (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--detail",
      paramLabel = "short|full",
      defaultValue = "short",
      description =
          "short: the reasons that decide, the gaps and the steps with start and end month;"
              + " full: the whole explanation tree (default: ${DEFAULT-VALUE}).")
  String detail;

  @Mixin FileOptions files;
  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Locale locale = common.locale();
    if (whatIf && vacancyId != null) {
      throw new CliException(MatcherCli.USAGE, "give either --vacancy ID or --what-if");
    }
    boolean portfolio = !whatIf && vacancyId == null;
    if (top < 1) {
      throw new CliException(MatcherCli.USAGE, "--top: " + top + " must be at least 1");
    }
    if (!detail.equals("short") && !detail.equals("full")) {
      throw new CliException(
          MatcherCli.USAGE, "--detail: '" + detail + "' is not one of short, full");
    }
    Taxonomy taxonomy = common.taxonomy();
    Optional<Path> index = files.indexDir();
    // with --index, a side without its file comes from the index
    boolean personFromIndex = index.isPresent() && files.candidatesFile().isEmpty();
    boolean offersFromIndex = index.isPresent() && files.vacanciesFile().isEmpty();
    try (RejectLog rejects = RejectLog.open(Optional.empty(), err);
        MatchEngine engine = Engines.open(common.engine(taxonomy), index, err)) {
      Inputs inputs = new Inputs(taxonomy, common.today(), rejects, err);
      AtomicReference<Candidate> person = new AtomicReference<>();
      AtomicReference<Vacancy> offer = new AtomicReference<>();
      List<Vacancy> all = new ArrayList<>();
      if (personFromIndex) {
        engine.candidate(candidateId).ifPresent(person::set);
      } else {
        inputs.candidates(
            files.candidatesFile(),
            r -> {
              if (r.candidate().id().equals(candidateId)) {
                person.set(r.candidate());
              }
            });
      }
      if (offersFromIndex) {
        if (!whatIf && !portfolio) {
          engine.vacancy(vacancyId).ifPresent(offer::set);
        }
      } else {
        inputs.vacancies(
            files.vacanciesFile(),
            v -> {
              if (whatIf || portfolio) {
                all.add(v);
              } else if (v.id().equals(vacancyId)) {
                offer.set(v);
              }
            });
      }
      if (person.get() == null) {
        throw new CliException(
            MatcherCli.NOTHING_PROCESSED,
            (personFromIndex
                    ? index.get().toString()
                    : source(files.candidatesFile(), SampleData.CANDIDATES_NAME))
                + ": no valid person with id '"
                + candidateId
                + "'");
      }
      if (whatIf || portfolio) {
        PrintWriter safe = new PrintWriter(new TerminalSafe(out));
        if (offersFromIndex) {
          printOutcomes(safe, engine, person.get(), taxonomy, portfolio, locale);
        } else {
          try (MatchEngine heap = common.engine(taxonomy).build()) {
            heap.addVacancies(all);
            heap.expireVacancies();
            heap.refresh();
            printOutcomes(safe, heap, person.get(), taxonomy, portfolio, locale);
          }
        }
        safe.flush();
        return MatcherCli.OK;
      }
      if (offer.get() == null) {
        throw new CliException(
            MatcherCli.NOTHING_PROCESSED,
            (offersFromIndex
                    ? index.get().toString()
                    : source(files.vacanciesFile(), SampleData.VACANCIES_NAME))
                + ": no valid offer with id '"
                + vacancyId
                + "'");
      }
      Assessment a = engine.explain(person.get(), offer.get());
      // readable output for a terminal: no control character from the data reaches it
      PrintWriter safe = new PrintWriter(new TerminalSafe(out));
      print(safe, a, person.get(), offer.get(), locale, detail.equals("full"));
      safe.flush();
    }
    return MatcherCli.OK;
  }

  /** The person's portfolio, or the what-if list, from the offers of {@code engine}. */
  private void printOutcomes(
      PrintWriter out,
      MatchEngine engine,
      Candidate person,
      Taxonomy taxonomy,
      boolean portfolio,
      Locale locale) {
    List<WhatIf.Outcome> outcomes = WhatIf.of(engine, person, top);
    if (portfolio) {
      Portfolio.print(out, person, taxonomy, outcomes, top, locale);
    } else {
      printWhatIf(out, person, outcomes, top, locale);
    }
  }

  static void print(PrintWriter out, Assessment a, Candidate c, Vacancy v, Locale locale) {
    print(out, a, c, v, locale, true);
  }

  /**
   * The explanation of one pair: the short form (the reasons that decide, the gaps, the steps with
   * start and end month) or, with {@code full}, the whole tree between score and gaps.
   */
  static void print(
      PrintWriter out, Assessment a, Candidate c, Vacancy v, Locale locale, boolean full) {
    out.println(Texts.t(locale, "cli.person") + " " + Headings.person(c, locale));
    out.println(Texts.t(locale, "cli.offer") + " " + Headings.offer(v, locale));
    for (ClaimResolution r : a.notUnderstood()) {
      out.println(notUnderstood(r, locale));
    }
    if (a.match().isEmpty()) {
      out.println(Texts.t(locale, "cli.not_eligible"));
      for (Message m : a.exclusions()) {
        out.println("  - " + m.render(locale));
      }
      return;
    }
    Match m = a.match().get();
    out.println(
        Texts.t(
            locale,
            "cli.score_line",
            Message.number(String.format(Locale.ROOT, "%.2f", m.score())),
            switch (m.readiness()) {
              case READY_NOW -> Texts.t(locale, "cli.ready_now");
              case REACHABLE -> Texts.t(locale, "cli.reachable_in", m.readyInMonths());
            }));
    out.println();
    if (full) {
      out.print(m.explanation().render(locale));
    } else {
      out.println(Texts.t(locale, "cli.decides"));
      deciding(out, m.explanation(), locale);
    }
    if (!m.gaps().isEmpty()) {
      out.println();
      out.println(Texts.t(locale, "cli.gaps"));
      m.gaps()
          .forEach(
              g ->
                  out.println(
                      "  - " + Texts.term(locale, g.kind()) + ": " + g.detail().render(locale)));
    }
    if (!m.pathway().isEmpty()) {
      out.println();
      out.println(Texts.t(locale, "cli.pathway"));
      int i = 1;
      for (var s : m.pathway()) {
        out.println(
            "  "
                + Texts.t(
                    locale,
                    "cli.step_line",
                    i++,
                    Texts.term(locale, s.step()),
                    s.detail().render(locale),
                    s.startMonth(),
                    s.endMonth()));
      }
    }
    if (!full) {
      out.println();
      out.println(Texts.t(locale, "cli.detail_hint"));
    }
  }

  /**
   * The reasons that decide: the score's parts (fit, logistics, evidence) and, under the fit, the
   * factors that count — without the details each factor is computed from.
   */
  private static void deciding(PrintWriter out, Explanation root, Locale locale) {
    out.println("  " + root.description().render(locale));
    for (Explanation part : root.details()) {
      out.println("  - " + part.description().render(locale));
      if (part == root.details().get(0)) {
        for (Explanation factor : part.details()) {
          if (factor.value() > 0) {
            out.println("      " + factor.description().render(locale));
          }
        }
      }
    }
  }

  static void printWhatIf(
      PrintWriter out, Candidate c, List<WhatIf.Outcome> outcomes, int k, Locale locale) {
    out.println(Texts.t(locale, "cli.person") + " " + Headings.person(c, locale));
    out.println(Texts.t(locale, "cli.whatif_title", k));
    if (outcomes.isEmpty()) {
      out.println("  " + Texts.t(locale, "cli.whatif_none"));
    }
    for (WhatIf.Outcome o : outcomes) {
      out.println("  " + change(o.change(), c, locale) + ":");
      if (o.moves().isEmpty()) {
        out.println("    " + Texts.t(locale, "cli.whatif_no_move"));
      }
      for (WhatIf.Move m : o.moves()) {
        String before =
            m.rankBefore()
                .map(r -> Texts.t(locale, "cli.whatif_rank", r, m.rankAfter()))
                .orElse(Texts.t(locale, "cli.whatif_new", m.rankAfter()));
        String what =
            m.nowReady()
                ? Texts.t(
                    locale,
                    m.readinessBefore().isPresent() ? "cli.whatif_was_later" : "cli.whatif_ready")
                : Texts.t(locale, "cli.whatif_up", m.ranksUp(k));
        out.println(
            String.format(
                Locale.ROOT, "    %-24s %s, %s, %.2f", m.vacancy(), what, before, m.scoreAfter()));
      }
    }
  }

  static String change(WhatIf.Change change, Candidate c, Locale locale) {
    return switch (change) {
      case GERMAN_ONE_LEVEL -> {
        String from =
            c.language("de").map(l -> l.level().name()).orElse(Texts.t(locale, "cli.none"));
        String to =
            c.language("de")
                .map(l -> org.chancengeber.matcher.model.Cefr.values()[l.level().ordinal() + 1])
                .map(Enum::name)
                .orElse("A1");
        yield Texts.t(locale, "cli.change.german", from, to);
      }
      case POSITIVE_TRIAL -> Texts.t(locale, "cli.change.trial");
      case RECOGNISED_QUALIFICATION -> Texts.t(locale, "cli.change.recognised");
      case WORK_PERMIT -> Texts.t(locale, "cli.change.permit");
    };
  }

  /** {@code "Dach decken" (de) was not understood (candidate.skills[1].skill, ...)}. */
  static String notUnderstood(ClaimResolution r, Locale locale) {
    Understanding u = r.understanding();
    String best =
        u.best()
            .map(
                b ->
                    Texts.t(
                        locale,
                        "cli.best_guess",
                        b.label(),
                        Message.number(String.format(Locale.ROOT, "%.2f", b.score()))))
            .orElse(Texts.t(locale, "cli.nothing_similar"));
    return Texts.t(
        locale,
        "cli.not_understood",
        u.text(),
        u.lang().isEmpty() ? "" : " (" + u.lang() + ")",
        r.field(),
        best);
  }

  private static String source(Optional<Path> file, String sample) {
    return file.map(Path::toString).orElse(sample);
  }
}
