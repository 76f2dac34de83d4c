package org.chancengeber.matcher.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonValue;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A sentence for people, kept as a key and arguments so that it renders in English and German.
 *
 * <p>A key's first segment names the package whose bundle holds it: {@code pathway.language_course}
 * is looked up in {@code org/chancengeber/matcher/pathway/messages.properties} (English) and {@code
 * messages_de.properties} (German), so each package owns its texts. Patterns use {@link
 * MessageFormat} placeholders {@code {0}}, {@code {1}}, ...; arguments are preformatted strings so
 * that a message renders identically on every machine.
 *
 * @param key the bundle key; its first segment names the package
 * @param args the arguments, preformatted
 */
public record Message(String key, List<String> args) {
  /** The languages explanations are rendered in. */
  public static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.GERMAN);

  /** Creates a message, checking the key and copying the arguments. */
  public Message {
    requireNonNull(key, "key");
    args = List.copyOf(args);
  }

  /**
   * {@return a message with the arguments as strings ({@link String#valueOf(Object)})}
   *
   * @param key the bundle key
   * @param args the arguments
   */
  public static Message of(String key, Object... args) {
    String[] strings = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      strings[i] = String.valueOf(args[i]);
    }
    return new Message(key, List.of(strings));
  }

  /**
   * {@return the message in {@code locale} (English where no translation exists)}
   *
   * @param locale the language
   */
  public String render(Locale locale) {
    int dot = key.indexOf('.');
    String bundle =
        "org.chancengeber.matcher." + (dot > 0 ? key.substring(0, dot) : key) + ".messages";
    String pattern;
    try {
      pattern = bundle(bundle, locale).getString(key);
    } catch (MissingResourceException e) {
      return key + (args.isEmpty() ? "" : " " + String.join(", ", args));
    }
    return new MessageFormat(pattern.replace("'", "''"), Locale.ROOT).format(args.toArray());
  }

  /**
   * The bundle for {@code locale}, without falling back to the JVM's default locale (English is the
   * base bundle). A {@link ResourceBundle.Control} cannot be used in a named module, so the
   * fallback is undone by hand: a bundle of another language than the one asked for is the default
   * locale's.
   */
  private static ResourceBundle bundle(String name, Locale locale) {
    ResourceBundle b = ResourceBundle.getBundle(name, locale);
    return b.getLocale().getLanguage().equals(locale.getLanguage())
        ? b
        : ResourceBundle.getBundle(name, Locale.ROOT);
  }

  /**
   * The message in English. Also its JSON form with any Jackson {@code ObjectMapper} ({@link
   * JsonValue}), so that a serialised {@link Match} reads as text rather than keys and arguments;
   * {@code org.chancengeber.matcher.io.MatchJson} keeps the key and arguments.
   */
  @JsonValue
  @Override
  public String toString() {
    return render(Locale.ENGLISH);
  }
}
