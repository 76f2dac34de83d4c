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
package org.chancengeber.matcher.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonValue;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A sentence for people, kept as a key and arguments so that it renders in every output language.
 *
 * <p>A key's first segment names the package whose bundle holds it: {@code pathway.language_course}
 * is looked up in {@code org/chancengeber/matcher/pathway/messages.properties} (English) and {@code
 * messages_de.properties}, {@code messages_ar.properties}, {@code messages_fa.properties}, {@code
 * messages_uk.properties}, so each package owns its texts. Patterns use {@link MessageFormat}
 * placeholders {@code {0}}, {@code {1}}, ...
 *
 * <p>Arguments are strings so that a message renders identically on every machine. Plain strings
 * render as they are; typed arguments made by {@link #date}, {@link #term}, {@link #concept},
 * {@link #number} and {@link #list} render in the output language: dates as {@code 1. Dezember
 * 2026} in German (ISO in English), enum constants by their name in the {@code model} bundle
 * ({@code term.ResidenceStatus.DULDUNG}), concepts by their preferred label in the output language
 * with the fallback order of {@link #labelFallback}, decimals with the language's decimal
 * separator. A typed argument is never shown raw.
 *
 * @param key the bundle key; its first segment names the package
 * @param args the arguments, preformatted (plain or typed)
 */
public record Message(String key, List<String> args) {
  /** The languages explanations are rendered in. */
  public static final List<Locale> LOCALES =
      List.of(
          Locale.ENGLISH,
          Locale.GERMAN,
          Locale.forLanguageTag("ar"),
          Locale.forLanguageTag("fa"),
          Locale.forLanguageTag("uk"));

  private static final char TYPED = '\u0001';
  private static final char SEP = '\u0002';
  private static final char KV = '\u0005';
  private static final char ITEM = '\u0003';
  private static final Map<String, DateTimeFormatter> DATES = new ConcurrentHashMap<>();

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
      Object a = args[i];
      strings[i] =
          switch (a) {
            case LocalDate d -> date(d);
            case Cefr c -> c.name(); // the same code in every language
            case DrivingLicence l -> l.name();
            case Enum<?> e -> term(e);
            case null -> "null";
            default -> String.valueOf(a);
          };
    }
    return new Message(key, List.of(strings));
  }

  /**
   * The output language {@code code} names, where its texts exist: one of {@link #LOCALES}, or a
   * language a user added as bundles ({@code org/chancengeber/matcher/model/messages_xx.properties}
   * and the same for each package) on the class path.
   *
   * @param code a language code ({@code de}, {@code ar}, ...)
   * @return the language, or empty when no texts exist for it
   */
  public static java.util.Optional<Locale> language(String code) {
    String lang = code.strip().toLowerCase(Locale.ROOT);
    for (Locale l : LOCALES) {
      if (l.getLanguage().equals(lang)) {
        return java.util.Optional.of(l);
      }
    }
    if (!lang.matches("[a-z]{2,3}")) {
      return java.util.Optional.empty();
    }
    Locale l = Locale.forLanguageTag(lang);
    try {
      // no ResourceBundle.Control: it cannot be used in a named module (see #bundle)
      ResourceBundle b = ResourceBundle.getBundle("org.chancengeber.matcher.model.messages", l);
      return b.getLocale().getLanguage().equals(lang)
          ? java.util.Optional.of(l)
          : java.util.Optional.empty();
    } catch (MissingResourceException e) {
      return java.util.Optional.empty();
    }
  }

  // ---- typed arguments ----

  /**
   * A date, rendered in the output language's long form.
   *
   * @param d the date
   * @return the typed argument
   */
  public static String date(LocalDate d) {
    return TYPED + "d" + d;
  }

  /**
   * An enum constant, rendered by {@code term.<SimpleClassName>.<NAME>} of the {@code model}
   * bundle.
   *
   * @param e the constant
   * @return the typed argument
   */
  public static String term(Enum<?> e) {
    return TYPED + "e" + e.getDeclaringClass().getSimpleName() + "." + e.name();
  }

  /**
   * A concept, rendered by its preferred label in the output language.
   *
   * @param preferred preferred labels by language code
   * @param fallback the text shown when no label fits
   * @return the typed argument
   */
  public static String concept(Map<String, String> preferred, String fallback) {
    StringBuilder sb = new StringBuilder().append(TYPED).append('c').append(fallback);
    preferred.forEach(
        (lang, label) -> {
          if (!label.isEmpty()) {
            sb.append(SEP).append(lang).append(KV).append(label);
          }
        });
    return sb.toString();
  }

  /**
   * A decimal given in ROOT format ({@code 0.75}), rendered with the language's separator.
   *
   * @param rootDecimal the decimal as {@code 0.75}
   * @return the typed argument
   */
  public static String number(String rootDecimal) {
    return TYPED + "n" + rootDecimal;
  }

  /**
   * A list of arguments (each plain or typed), joined with the language's list separator.
   *
   * @param items the arguments
   * @return the typed argument
   */
  public static String list(Collection<String> items) {
    StringBuilder sb = new StringBuilder().append(TYPED).append('l');
    boolean first = true;
    for (String s : items) {
      if (!first) {
        sb.append(ITEM);
      }
      sb.append(s);
      first = false;
    }
    return sb.toString();
  }

  /**
   * The order in which label languages are tried for output in {@code lang}: the language itself,
   * then German (the language of the offers and the case workers), then English, then any.
   *
   * @param lang the output language's code
   * @return the label languages to try, in order
   */
  public static List<String> labelFallback(String lang) {
    List<String> order = new ArrayList<>(3);
    order.add(lang);
    if (!lang.equals("de")) {
      order.add("de");
    }
    if (!lang.equals("en")) {
      order.add("en");
    }
    return order;
  }

  // ---- rendering ----

  /**
   * {@return the message in {@code locale} (English where no translation exists)}
   *
   * @param locale the language
   */
  public String render(Locale locale) {
    String pattern = pattern(key, locale);
    if (pattern == null) {
      List<String> shown = new ArrayList<>(args.size());
      for (String a : args) {
        shown.add(renderArg(a, locale));
      }
      return key + (args.isEmpty() ? "" : " " + String.join(", ", shown));
    }
    Object[] shown = new Object[args.size()];
    for (int i = 0; i < shown.length; i++) {
      shown[i] = renderArg(args.get(i), locale);
    }
    return new MessageFormat(pattern.replace("'", "''"), Locale.ROOT).format(shown);
  }

  /**
   * {@return a typed or plain argument as shown in {@code locale}}
   *
   * @param a the argument
   * @param locale the output language
   */
  public static String renderArg(String a, Locale locale) {
    if (a.isEmpty() || a.charAt(0) != TYPED) {
      return a;
    }
    char type = a.length() > 1 ? a.charAt(1) : ' ';
    String body = a.substring(Math.min(2, a.length()));
    return switch (type) {
      case 'd' -> renderDate(LocalDate.parse(body), locale);
      case 'e' -> {
        String text = pattern("model.term." + body, locale);
        yield text == null ? body.substring(body.indexOf('.') + 1) : text;
      }
      case 'c' -> renderConcept(body, locale);
      case 'n' -> decimalComma(locale) ? body.replace('.', ',') : body;
      case 'l' -> {
        List<String> parts = new ArrayList<>();
        int from = 0;
        if (!body.isEmpty()) {
          for (int i = 0; i <= body.length(); i++) {
            if (i == body.length() || body.charAt(i) == ITEM) {
              parts.add(renderArg(body.substring(from, i), locale));
              from = i + 1;
            }
          }
        }
        yield String.join(listSeparator(locale), parts);
      }
      default -> body;
    };
  }

  private static String renderConcept(String body, Locale locale) {
    String[] parts = body.split(String.valueOf(SEP), -1);
    for (String lang : labelFallback(locale.getLanguage())) {
      for (int i = 1; i < parts.length; i++) {
        int kv = parts[i].indexOf(KV);
        if (kv > 0 && parts[i].substring(0, kv).equals(lang)) {
          return parts[i].substring(kv + 1);
        }
      }
    }
    return parts[0];
  }

  private static String renderDate(LocalDate d, Locale locale) {
    String lang = locale.getLanguage();
    if (lang.equals("en") || lang.isEmpty()) {
      return d.toString();
    }
    DateTimeFormatter f =
        DATES.computeIfAbsent(
            lang,
            l ->
                DateTimeFormatter.ofPattern(
                    l.equals("de") ? "d. MMMM yyyy" : "d MMMM yyyy", Locale.forLanguageTag(l)));
    return f.format(d);
  }

  private static boolean decimalComma(Locale locale) {
    String lang = locale.getLanguage();
    return lang.equals("de") || lang.equals("uk");
  }

  private static String listSeparator(Locale locale) {
    String lang = locale.getLanguage();
    return lang.equals("ar") || lang.equals("fa") ? "، " : ", ";
  }

  /** The pattern of {@code key} in {@code locale}, or null when no bundle has it. */
  private static String pattern(String key, Locale locale) {
    int dot = key.indexOf('.');
    String bundle =
        "org.chancengeber.matcher." + (dot > 0 ? key.substring(0, dot) : key) + ".messages";
    try {
      return bundle(bundle, locale).getString(key);
    } catch (MissingResourceException e) {
      return null;
    }
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
