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
