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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.ConceptRef;
import org.chancengeber.matcher.model.Evidence;
import org.chancengeber.matcher.model.LanguageDimension;
import org.chancengeber.matcher.model.LanguageLevel;
import org.chancengeber.matcher.model.Measure;
import org.chancengeber.matcher.model.Message;
import org.chancengeber.matcher.model.Qualification;
import org.chancengeber.matcher.model.Residence;
import org.chancengeber.matcher.model.SkillClaim;
import org.chancengeber.matcher.report.WhatIf;
import org.chancengeber.matcher.taxonomy.Labels;
import org.chancengeber.matcher.taxonomy.Taxonomy;

/**
 * A person at a glance (Krefeld's "Laufmappe"): languages per dimension, literacy, residence and
 * permit dates, courses and trials, qualifications with their recognition, skills by evidence, and
 * the single changes that open most of the person's best offers ({@link WhatIf}).
 */
final class Portfolio {
  private Portfolio() {}

  static void print(
      PrintWriter out,
      Candidate c,
      Taxonomy taxonomy,
      List<WhatIf.Outcome> next,
      int k,
      Locale locale) {
    out.println(Texts.t(locale, "cli.person") + " " + Headings.person(c, locale));
    out.println(Texts.t(locale, "cli.portfolio.title"));

    out.println("  " + Texts.t(locale, "cli.portfolio.languages"));
    for (LanguageLevel l : c.languages()) {
      StringBuilder line = new StringBuilder("    ").append(l.code()).append(' ').append(l.level());
      if (!l.dimensions().isEmpty()) {
        List<String> dims = new ArrayList<>();
        for (LanguageDimension d : LanguageDimension.values()) {
          dims.add(Texts.term(locale, d) + " " + l.level(d));
        }
        line.append(" (").append(String.join(", ", dims)).append(')');
      }
      if (l.nativeSpeaker()) {
        line.append(", ").append(Texts.t(locale, "cli.portfolio.native"));
      }
      out.println(line);
    }
    out.println("  " + Texts.t(locale, "cli.portfolio.literacy", Texts.term(locale, c.literacy())));

    Residence r = c.residence();
    List<String> residence = new ArrayList<>();
    residence.add(Texts.term(locale, r.status()));
    r.since().ifPresent(d -> residence.add(Texts.t(locale, "cli.portfolio.since", d)));
    r.validUntil().ifPresent(d -> residence.add(Texts.t(locale, "cli.portfolio.until", d)));
    r.workPermission().ifPresent(p -> residence.add(Texts.term(locale, p)));
    out.println(
        "  "
            + Texts.t(
                locale,
                "cli.portfolio.residence",
                Message.renderArg(Message.list(residence), locale)));

    out.println("  " + Texts.t(locale, "cli.portfolio.measures"));
    if (c.measures().isEmpty()) {
      out.println("    " + Texts.t(locale, "cli.portfolio.none"));
    }
    for (Measure m : c.measures()) {
      List<String> parts = new ArrayList<>();
      m.occupation().ifPresent(o -> parts.add(label(o, taxonomy, locale)));
      parts.add(
          m.completed()
              .map(d -> Texts.t(locale, "cli.portfolio.completed", d))
              .orElse(Texts.t(locale, "cli.portfolio.open")));
      m.result()
          .ifPresent(x -> parts.add(Texts.t(locale, "cli.portfolio.result", result(x, locale))));
      out.println(
          "    "
              + Texts.term(locale, m.type())
              + ": "
              + Message.renderArg(Message.list(parts), locale));
    }

    out.println("  " + Texts.t(locale, "cli.portfolio.qualifications"));
    if (c.qualifications().isEmpty()) {
      out.println("    " + Texts.t(locale, "cli.portfolio.none"));
    }
    for (Qualification q : c.qualifications()) {
      out.println(
          "    "
              + label(q.occupation(), taxonomy, locale)
              + ": "
              + Texts.term(locale, q.recognition())
              + ", "
              + Texts.t(
                  locale,
                  q.documents() ? "cli.portfolio.documents" : "cli.portfolio.no_documents"));
    }

    out.println("  " + Texts.t(locale, "cli.portfolio.skills"));
    for (Evidence e : Evidence.values()) {
      List<String> skills = new ArrayList<>();
      for (SkillClaim s : c.skills()) {
        if (s.evidence() == e) {
          skills.add(label(s.skill(), taxonomy, locale));
        }
      }
      if (!skills.isEmpty()) {
        out.println(
            "    "
                + Texts.term(locale, e)
                + ": "
                + Message.renderArg(Message.list(skills), locale));
      }
    }

    out.println();
    out.println(Texts.t(locale, "cli.portfolio.next", k));
    List<WhatIf.Outcome> ranked = new ArrayList<>(next);
    ranked.sort((a, b) -> Integer.compare(b.moves().size(), a.moves().size()));
    if (ranked.isEmpty()) {
      out.println("  " + Texts.t(locale, "cli.whatif_none"));
    }
    for (WhatIf.Outcome o : ranked) {
      long ready = o.moves().stream().filter(WhatIf.Move::nowReady).count();
      out.println(
          "  "
              + Texts.t(
                  locale,
                  "cli.portfolio.next_line",
                  ExplainCommand.change(o.change(), c, locale),
                  o.moves().size(),
                  ready));
    }
  }

  /** A measure's result: a CEFR level as it is, the usual outcomes in the output language. */
  private static String result(String r, Locale locale) {
    return switch (r) {
      case "POSITIVE", "PASSED" -> Texts.t(locale, "cli.portfolio.passed");
      case "NEGATIVE", "FAILED" -> Texts.t(locale, "cli.portfolio.failed");
      default -> r;
    };
  }

  /** A concept by its label in the output language (fallback de, en), a text as written. */
  private static String label(ConceptRef ref, Taxonomy taxonomy, Locale locale) {
    return switch (ref) {
      case ConceptRef.Text t -> t.text();
      case ConceptRef.Id id -> {
        Map<String, String> preferred =
            taxonomy
                .skill(id.uri())
                .map(s -> s.labels())
                .or(() -> taxonomy.occupation(id.uri()).map(o -> o.labels()))
                .map(Labels::preferred)
                .orElse(Map.of());
        yield Message.renderArg(Message.concept(preferred, id.uri()), locale);
      }
    };
  }
}
