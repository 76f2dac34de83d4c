package org.chancengeber.matcher.model;

import static java.util.Objects.requireNonNull;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A sentence for people, kept as a key and arguments so that it renders in English and German. Keys
 * live in {@code org/chancengeber/matcher/messages*.properties}; arguments are preformatted strings
 * so that the same message renders identically on every machine.
 */
public record Message(String key, List<String> args) {
  private static final String BUNDLE = "org.chancengeber.matcher.messages";

  /** The languages explanations are rendered in. */
  public static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.GERMAN);

  public Message {
    requireNonNull(key, "key");
    args = List.copyOf(args);
  }

  public static Message of(String key, Object... args) {
    String[] strings = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      strings[i] = String.valueOf(args[i]);
    }
    return new Message(key, List.of(strings));
  }

  /** The message in {@code locale} (English where no translation exists). */
  public String render(Locale locale) {
    String pattern;
    try {
      pattern =
          ResourceBundle.getBundle(
                  BUNDLE,
                  locale,
                  ResourceBundle.Control.getNoFallbackControl(
                      ResourceBundle.Control.FORMAT_PROPERTIES))
              .getString(key);
    } catch (MissingResourceException e) {
      pattern = key + (args.isEmpty() ? "" : " " + String.join(", ", args));
      return pattern;
    }
    return new MessageFormat(pattern.replace("'", "''"), Locale.ROOT).format(args.toArray());
  }

  /** The message in English. */
  @Override
  public String toString() {
    return render(Locale.ENGLISH);
  }
}
