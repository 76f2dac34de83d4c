package org.chancengeber.matcher.cli;

import java.util.Locale;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.LanguageLevel;
import org.chancengeber.matcher.model.Vacancy;

/** One-line descriptions of a person or an offer, for headings of readable output. */
final class Headings {
  private Headings() {}

  static String person(Candidate c, Locale locale) {
    boolean de = locale.getLanguage().equals("de");
    String german =
        c.language("de")
            .map(LanguageLevel::level)
            .map(l -> (de ? "Deutsch " : "German ") + l)
            .orElse(de ? "kein Deutsch" : "no German");
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
        c.residence().status().name(),
        c.skills().size() + (de ? " Fähigkeiten" : " skills"));
  }

  static String offer(Vacancy v, Locale locale) {
    boolean de = locale.getLanguage().equals("de");
    String german =
        v.language("de")
            .map(l -> (de ? "Deutsch ab " : "German ") + l.min() + (de ? "" : "+"))
            .orElse(de ? "ohne Deutschanforderung" : "no German minimum");
    return String.join(
        " · ",
        v.id(),
        v.type().name(),
        v.title(),
        v.employer().name() + ", " + v.location().city().orElse(""),
        german);
  }
}
