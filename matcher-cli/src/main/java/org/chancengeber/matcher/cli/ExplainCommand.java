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

  @Option(names = "--vacancy", paramLabel = "ID", description = "Offer id (unless --what-if).")
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

  @Mixin FileOptions files;
  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Locale locale = common.locale();
    if (whatIf == (vacancyId != null)) {
      throw new CliException(MatcherCli.USAGE, "give either --vacancy ID or --what-if");
    }
    if (top < 1) {
      throw new CliException(MatcherCli.USAGE, "--top: " + top + " must be at least 1");
    }
    Taxonomy taxonomy = common.taxonomy();
    Optional<Path> index = files.indexDir();
    // with --index, a side without its file comes from the index
    boolean personFromIndex = index.isPresent() && files.candidatesFile().isEmpty();
    boolean offersFromIndex = index.isPresent() && files.vacanciesFile().isEmpty();
    try (RejectLog rejects = RejectLog.open(Optional.empty(), err);
        MatchEngine engine = Engines.open(taxonomy, common.today(), index, err)) {
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
        if (!whatIf) {
          engine.vacancy(vacancyId).ifPresent(offer::set);
        }
      } else {
        inputs.vacancies(
            files.vacanciesFile(),
            v -> {
              if (whatIf) {
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
      if (whatIf) {
        if (offersFromIndex) {
          printWhatIf(out, person.get(), WhatIf.of(engine, person.get(), top), top, locale);
          return MatcherCli.OK;
        }
        try (MatchEngine heap =
            MatchEngine.builder().taxonomy(taxonomy).today(common.today()).build()) {
          heap.addVacancies(all);
          heap.expireVacancies();
          heap.refresh();
          printWhatIf(out, person.get(), WhatIf.of(heap, person.get(), top), top, locale);
        }
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
      print(safe, a, person.get(), offer.get(), locale);
      safe.flush();
    }
    return MatcherCli.OK;
  }

  static void print(PrintWriter out, Assessment a, Candidate c, Vacancy v, Locale locale) {
    boolean de = locale.getLanguage().equals("de");
    out.println((de ? "Person:  " : "Person: ") + Headings.person(c, locale));
    out.println((de ? "Angebot: " : "Offer:  ") + Headings.offer(v, locale));
    for (ClaimResolution r : a.notUnderstood()) {
      out.println(notUnderstood(r, de));
    }
    if (a.match().isEmpty()) {
      out.println(de ? "Nicht möglich:" : "Not eligible:");
      for (Message m : a.exclusions()) {
        out.println("  - " + m.render(locale));
      }
      return;
    }
    Match m = a.match().get();
    out.println(
        String.format(
            Locale.ROOT,
            "%s: %.2f, %s",
            de ? "Punktzahl" : "Score",
            m.score(),
            switch (m.readiness()) {
              case READY_NOW -> de ? "sofort möglich" : "ready now";
              case REACHABLE ->
                  (de ? "erreichbar in " : "reachable in ")
                      + m.readyInMonths()
                      + (de ? " Monaten" : " months");
            }));
    out.println();
    out.print(m.explanation().render(locale));
    if (!m.gaps().isEmpty()) {
      out.println();
      out.println(de ? "Lücken:" : "Gaps:");
      m.gaps().forEach(g -> out.println("  - " + g.kind() + ": " + g.detail().render(locale)));
    }
    if (!m.pathway().isEmpty()) {
      out.println();
      out.println(de ? "Weg:" : "Pathway:");
      int i = 1;
      for (var s : m.pathway()) {
        out.println(
            "  "
                + i++
                + ". "
                + s.step()
                + ": "
                + s.detail().render(locale)
                + " ("
                + s.months()
                + (de ? " Mon." : " months")
                + ")");
      }
    }
  }

  static void printWhatIf(
      PrintWriter out, Candidate c, List<WhatIf.Outcome> outcomes, int k, Locale locale) {
    boolean de = locale.getLanguage().equals("de");
    out.println((de ? "Person:  " : "Person: ") + Headings.person(c, locale));
    out.println(
        de
            ? "Was wäre, wenn (jede Änderung für sich, die besten " + k + " Angebote):"
            : "What if (each change alone, the best " + k + " offers):");
    if (outcomes.isEmpty()) {
      out.println(de ? "  keine der Änderungen trifft zu" : "  none of the changes applies");
    }
    for (WhatIf.Outcome o : outcomes) {
      out.println("  " + change(o.change(), c, de) + ":");
      if (o.moves().isEmpty()) {
        out.println(de ? "    kein Angebot rückt vor" : "    no offer moves");
      }
      for (WhatIf.Move m : o.moves()) {
        String before =
            m.rankBefore()
                .map(r -> (de ? "Rang " : "rank ") + r + " → " + m.rankAfter())
                .orElse((de ? "neu auf Rang " : "new at rank ") + m.rankAfter());
        String what =
            m.nowReady()
                ? (de ? "sofort möglich" : "ready now")
                    + m.readinessBefore()
                        .map(r -> de ? " (vorher später erreichbar)" : " (was reachable later)")
                        .orElse("")
                : (de ? m.ranksUp(k) + " höher" : "up " + m.ranksUp(k));
        out.println(
            String.format(
                Locale.ROOT, "    %-24s %s, %s, %.2f", m.vacancy(), what, before, m.scoreAfter()));
      }
    }
  }

  private static String change(WhatIf.Change change, Candidate c, boolean de) {
    return switch (change) {
      case GERMAN_ONE_LEVEL -> {
        String from = c.language("de").map(l -> l.level().name()).orElse(de ? "keins" : "none");
        String to =
            c.language("de")
                .map(l -> org.chancengeber.matcher.model.Cefr.values()[l.level().ordinal() + 1])
                .map(Enum::name)
                .orElse("A1");
        yield (de ? "Deutsch eine Stufe höher (" : "German one level higher (")
            + from
            + " → "
            + to
            + ")";
      }
      case POSITIVE_TRIAL ->
          de
              ? "ein erfolgreiches Praktikum belegt die selbst angegebenen Fähigkeiten"
              : "a positive practical trial proves the self-reported skills";
      case RECOGNISED_QUALIFICATION ->
          de
              ? "der ausländische Abschluss ist anerkannt"
              : "the foreign qualification is recognised";
      case WORK_PERMIT -> de ? "eine Arbeitserlaubnis" : "a work permit";
    };
  }

  /** {@code "Dach decken" (de) was not understood (candidate.skills[1].skill, ...)}. */
  static String notUnderstood(ClaimResolution r, boolean de) {
    Understanding u = r.understanding();
    String best =
        u.best()
            .map(
                b ->
                    String.format(
                        Locale.ROOT,
                        de
                            ? "am ehesten \u201e%s\u201c, Sicherheit %.2f"
                            : "best \"%s\", confidence %.2f",
                        b.label(),
                        b.score()))
            .orElse(de ? "nichts Ähnliches" : "nothing similar");
    return de
        ? String.format(
            Locale.ROOT,
            "\u201e%s\u201c%s wurde nicht verstanden (%s; %s): nur als Text verglichen",
            u.text(),
            u.lang().isEmpty() ? "" : " (" + u.lang() + ")",
            r.field(),
            best)
        : String.format(
            Locale.ROOT,
            "\"%s\"%s was not understood (%s; %s): compared as text only",
            u.text(),
            u.lang().isEmpty() ? "" : " (" + u.lang() + ")",
            r.field(),
            best);
  }

  private static String source(Optional<Path> file, String sample) {
    return file.map(Path::toString).orElse(sample);
  }
}
