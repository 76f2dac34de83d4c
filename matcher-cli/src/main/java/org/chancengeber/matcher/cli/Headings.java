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

import java.util.Locale;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.LanguageLevel;
import org.chancengeber.matcher.model.Vacancy;

/** One-line descriptions of a person or an offer, for headings of readable output. */
final class Headings {
  private Headings() {}

  static String person(Candidate c, Locale locale) {
    String german =
        c.language("de")
            .map(LanguageLevel::level)
            .map(l -> Texts.t(locale, "cli.german_level", l))
            .orElse(Texts.t(locale, "cli.no_german"));
    return String.join(
        " · ",
        c.id(),
        c.location()
            .city()
            .orElse(
                String.format(
                    Locale.ROOT,
                    "%.3f,%.3f",
                    c.location().point().lat(),
                    c.location().point().lon())),
        german,
        Texts.term(locale, c.residence().status()),
        Texts.t(locale, "cli.skills_count", c.skills().size()));
  }

  static String offer(Vacancy v, Locale locale) {
    String german =
        v.language("de")
            .map(l -> Texts.t(locale, "cli.offer_german", l.min()))
            .orElse(Texts.t(locale, "cli.offer_no_german"));
    return String.join(
        " · ",
        v.id(),
        Texts.term(locale, v.type()),
        v.title(),
        v.employer().name() + ", " + v.location().city().orElse(""),
        german);
  }
}
