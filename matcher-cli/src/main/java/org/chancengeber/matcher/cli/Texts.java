package org.chancengeber.matcher.cli;

import java.util.Locale;
import org.chancengeber.matcher.model.Message;

/**
 * The command line's own texts (headings, labels) from its bundle {@code
 * org/chancengeber/matcher/cli/messages*.properties}, and the model's terms, in the output
 * language.
 */
final class Texts {
  private Texts() {}

  /** The text of {@code key} ("cli." ...) with its arguments, in {@code locale}. */
  static String t(Locale locale, String key, Object... args) {
    return Message.of(key, args).render(locale);
  }

  /** An enum constant by its name in {@code locale} (never the constant's name). */
  static String term(Locale locale, Enum<?> e) {
    return Message.renderArg(Message.term(e), locale);
  }

  /** The output language of {@code --lang}, or a usage error naming the languages there are. */
  static Locale locale(String lang) {
    return Message.language(lang)
        .orElseThrow(
            () ->
                new CliException(
                    MatcherCli.USAGE,
                    "--lang: '" + lang + "' is not supported (expected en, de, ar, fa or uk)"));
  }
}
