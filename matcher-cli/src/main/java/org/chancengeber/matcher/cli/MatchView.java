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
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chancengeber.matcher.io.MatchFormat;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Factor;
import org.chancengeber.matcher.model.Match;
import org.chancengeber.matcher.model.Message;
import org.chancengeber.matcher.model.PathwayStep;
import org.chancengeber.matcher.model.Readiness;
import org.chancengeber.matcher.model.Vacancy;

/** The ways ranked matches are shown: JSON Lines, CSV, or a table for people. */
enum MatchView {
  JSONL {
    @Override
    Printer printer(Writer out, Locale locale, Lookup lookup) {
      return new Printer(out, locale, lookup) {
        @Override
        void print(String heading, List<Match> matches) throws IOException {
          for (Match m : matches) {
            MatchFormat.write(m, out, locale);
          }
        }
      };
    }
  },
  CSV {
    @Override
    Printer printer(Writer out, Locale locale, Lookup lookup) {
      return new Printer(out, locale, lookup) {
        @Override
        void start() throws IOException {
          out.write("candidate,rank,vacancy,score,readiness,readyInMonths,gaps,pathway\n");
        }

        @Override
        void print(String heading, List<Match> matches) throws IOException {
          for (Match m : matches) {
            out.write(
                String.join(
                    ",",
                    csv(m.candidate()),
                    Integer.toString(m.rank()),
                    csv(m.vacancy()),
                    String.format(Locale.ROOT, "%.4f", m.score()),
                    m.readiness().name(),
                    Integer.toString(m.readyInMonths()),
                    csv(
                        m.gaps().stream()
                            .map(
                                g ->
                                    Texts.term(locale, g.kind()) + ": " + g.detail().render(locale))
                            .collect(Collectors.joining("; "))),
                    csv(
                        m.pathway().stream()
                            .map(s -> Texts.term(locale, s.step()) + ": " + stepText(s, locale))
                            .collect(Collectors.joining("; ")))));
            out.write('\n');
          }
        }
      };
    }
  },
  TABLE {
    @Override
    Printer printer(Writer out, Locale locale, Lookup lookup) {
      // readable output for a terminal: no control character from the data reaches it
      return new TablePrinter(new TerminalSafe(out), locale, lookup);
    }
  };

  /** The view named {@code name} (case-insensitive). */
  static MatchView named(String name) {
    for (MatchView v : values()) {
      if (v.name().equalsIgnoreCase(name)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown format '" + name + "' (expected jsonl, csv or table)");
  }

  abstract Printer printer(Writer out, Locale locale, Lookup lookup);

  /** Finds the people and offers that matches name, for views that show more than ids. */
  record Lookup(
      Function<String, Optional<Candidate>> candidates,
      Function<String, Optional<Vacancy>> vacancies,
      boolean peopleForOffer) {}

  /** Prints lists of matches, one list per person (or per offer). */
  abstract static class Printer {
    final Writer out;
    final Locale locale;
    final Lookup lookup;

    Printer(Writer out, Locale locale, Lookup lookup) {
      this.out = out;
      this.locale = locale;
      this.lookup = lookup;
    }

    void start() throws IOException {}

    /** Prints one ranked list; {@code heading} names whom it is for. */
    abstract void print(String heading, List<Match> matches) throws IOException;

    final void printUnchecked(String heading, List<Match> matches) {
      try {
        print(heading, matches);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    final void startUnchecked() {
      try {
        start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** A step's text with the months it runs in: "... (month 0 to 4)". */
  static String stepText(PathwayStep s, Locale locale) {
    return Texts.t(
        locale, "cli.step_months", s.detail().render(locale), s.startMonth(), s.endMonth());
  }

  static String csv(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  /** A readable block per person or offer, with gaps, pathway and the factors behind each score. */
  static final class TablePrinter extends Printer {
    TablePrinter(Writer out, Locale locale, Lookup lookup) {
      super(out, locale, lookup);
    }

    @Override
    void print(String heading, List<Match> matches) throws IOException {
      out.write(heading);
      out.write('\n');
      if (matches.isEmpty()) {
        out.write("  " + Texts.t(locale, "cli.no_matches") + "\n");
      }
      for (Match m : matches) {
        out.write(
            String.format(
                Locale.ROOT,
                "  %2d. %.2f  %-24s %s%n",
                m.rank(),
                m.score(),
                readiness(m),
                describeOther(m)));
        for (var g : m.gaps()) {
          out.write(
              "        " + Texts.t(locale, "cli.gap") + ": " + g.detail().render(locale) + "\n");
        }
        for (var s : m.pathway()) {
          out.write("        " + Texts.t(locale, "cli.step") + ": " + stepText(s, locale) + "\n");
        }
        out.write("        " + Texts.t(locale, "cli.why") + ": " + factors(m.factors()) + "\n");
      }
      out.write('\n');
    }

    private String describeOther(Match m) {
      Optional<Vacancy> v = lookup.vacancies().apply(m.vacancy());
      Optional<Candidate> c = lookup.candidates().apply(m.candidate());
      if (v.isPresent() && c.isPresent() && lookup.peopleForOffer()) {
        Candidate p = c.get();
        double km = p.location().distanceKm(v.get().location());
        String german =
            p.language("de")
                .map(l -> Texts.t(locale, "cli.german_level", l.level()))
                .orElse(Texts.t(locale, "cli.no_german"));
        return String.format(
            Locale.ROOT,
            "%s  %s | %s | %s, %.0f km",
            m.candidate(),
            Texts.term(locale, p.residence().status()),
            german,
            p.location().city().orElse(""),
            km);
      }
      if (v.isPresent() && c.isPresent()) {
        Vacancy vac = v.get();
        String where = vac.location().city().orElse("");
        double km = c.get().location().distanceKm(vac.location());
        return String.format(
            Locale.ROOT,
            "%s  %s | %s | %s, %.0f km",
            m.vacancy(),
            vac.title(),
            vac.employer().name(),
            where,
            km);
      }
      return m.vacancy();
    }

    private String readiness(Match m) {
      if (m.readiness() == Readiness.READY_NOW) {
        return Texts.t(locale, "cli.table_ready");
      }
      return Texts.t(locale, "cli.table_reachable", m.readyInMonths());
    }

    /** Each factor as the explanation names it ("skills 0.70 × weight 0.30"), localised. */
    private String factors(List<Factor> factors) {
      return factors.stream()
          .map(
              f ->
                  Message.of(
                          "scoring.factor." + f.name(),
                          Message.number(String.format(Locale.ROOT, "%.2f", f.value())),
                          Message.number(String.format(Locale.ROOT, "%.2f", f.weight())))
                      .render(locale))
          .collect(Collectors.joining(", "));
    }
  }
}
