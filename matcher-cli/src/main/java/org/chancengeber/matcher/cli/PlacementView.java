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
import java.io.Writer;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.chancengeber.matcher.io.PlacementFormat;
import org.chancengeber.matcher.model.Readiness;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.placement.Choice;
import org.chancengeber.matcher.placement.Placement;

/** The ways {@code assign} shows placements: JSON Lines, CSV, or a table. */
enum PlacementView {
  JSONL {
    @Override
    void start(Writer out, Locale locale) {}

    @Override
    void print(Writer out, Placement p, Locale locale, Function<String, Optional<Vacancy>> offers)
        throws IOException {
      PlacementFormat.write(p, out, locale);
    }
  },
  CSV {
    @Override
    void start(Writer out, Locale locale) throws IOException {
      out.write("candidate,vacancy,score,readiness,readyInMonths,rankInOwnList,reason,detail\n");
    }

    @Override
    void print(Writer out, Placement p, Locale locale, Function<String, Optional<Vacancy>> offers)
        throws IOException {
      Optional<Choice> c = p.choice();
      out.write(
          String.join(
              ",",
              MatchView.csv(p.candidate()),
              c.map(x -> MatchView.csv(x.vacancy())).orElse(""),
              c.map(x -> String.format(Locale.ROOT, "%.4f", x.score())).orElse(""),
              c.map(x -> x.readiness().name()).orElse(""),
              c.map(x -> Integer.toString(x.readyInMonths())).orElse(""),
              c.map(x -> Integer.toString(x.rank())).orElse(""),
              p.reason().map(Enum::name).orElse(""),
              MatchView.csv(p.reason().map(r -> r.message().render(locale)).orElse(""))));
      out.write('\n');
    }
  },
  TABLE {
    @Override
    void start(Writer out, Locale locale) {}

    @Override
    void print(Writer out, Placement p, Locale locale, Function<String, Optional<Vacancy>> offers)
        throws IOException {
      if (p.choice().isEmpty()) {
        out.write(
            String.format(
                Locale.ROOT,
                "%-16s %s: %s%n",
                p.candidate(),
                Texts.t(locale, "cli.not_placed"),
                p.reason().orElseThrow().message().render(locale)));
        return;
      }
      Choice c = p.choice().get();
      String what =
          offers
              .apply(c.vacancy())
              .map(
                  v ->
                      c.vacancy()
                          + "  "
                          + v.title()
                          + " | "
                          + v.employer().name()
                          + " | "
                          + v.location().city().orElse(""))
              .orElse(c.vacancy());
      String readiness =
          c.readiness() == Readiness.READY_NOW
              ? Texts.t(locale, "cli.table_ready")
              : Texts.t(locale, "cli.table_reachable", c.readyInMonths());
      out.write(
          String.format(
              Locale.ROOT,
              "%-16s → %s  %.2f  %s  (%s)%n",
              p.candidate(),
              what,
              c.score(),
              readiness,
              Texts.t(locale, "cli.own_rank", c.rank())));
    }
  };

  abstract void start(Writer out, Locale locale) throws IOException;

  abstract void print(
      Writer out, Placement p, Locale locale, Function<String, Optional<Vacancy>> offers)
      throws IOException;

  static PlacementView named(String name) {
    for (PlacementView v : values()) {
      if (v.name().equalsIgnoreCase(name)) {
        return v;
      }
    }
    throw new CliException(
        MatcherCli.USAGE, "--format: unknown format '" + name + "' (expected jsonl, csv or table)");
  }
}
