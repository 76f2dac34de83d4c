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
package org.chancengeber.matcher.check;

/**
 * The value checks that the model's records (and so the Java builders) and the JSON Lines readers
 * share, so that both accept and reject the same values with the same words. A record throws {@link
 * IllegalArgumentException} with {@code <field>: <value> is <reason>}; the reader reports the same
 * {@code <value> is <reason>} as the line's detailed error at the field's full path ({@code
 * candidates.jsonl:3: languages[0].code: "Arabisch" is not a language code ...}), and {@code
 * <reason>} alone where no input value may be shown.
 *
 * <p>Not exported: the wording is documented with the formats, this class is internal.
 */
public final class Checks {
  /** Why a value is not an id. */
  public static final String ID_EXPECTED = "not a valid id (1 to 64 of A-Z a-z 0-9 . _ : -)";

  /** Why a value is not a language code. */
  public static final String LANG_EXPECTED =
      "not a language code (ISO 639, 2 or 3 lower-case letters, e.g. \"de\")";

  /** Why a value is not a country code. */
  public static final String COUNTRY_EXPECTED =
      "not a country code (ISO 3166 alpha-2, 2 upper-case letters, e.g. \"SY\")";

  /** Why a number is not usable. */
  public static final String NOT_FINITE = "not a finite number";

  private static final int SHOWN = 60;

  private Checks() {}

  /** {@return whether {@code s} is an id: {@code [A-Za-z0-9._:-]{1,64}}} */
  public static boolean isId(String s) {
    int n = s.length();
    if (n < 1 || n > 64) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '_'
              || c == ':'
              || c == '-';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** {@return whether {@code s} is a language code: {@code [a-z]{2,3}}} */
  public static boolean isLanguageCode(String s) {
    return letters(s, 2, 3, 'a', 'z');
  }

  /** {@return whether {@code s} is a country code: {@code [A-Z]{2}}} */
  public static boolean isCountryCode(String s) {
    return letters(s, 2, 2, 'A', 'Z');
  }

  private static boolean letters(String s, int min, int max, char from, char to) {
    if (s.length() < min || s.length() > max) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < from || s.charAt(i) > to) {
        return false;
      }
    }
    return true;
  }

  /** {@return {@code min..max} with whole numbers shown without a fraction: {@code 0..1000}} */
  public static String range(double min, double max) {
    return number(min) + ".." + number(max);
  }

  /** {@return {@code d} as the reader shows it: {@code 200}, {@code 95.5}, {@code NaN}} */
  public static String number(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }

  /**
   * {@return {@code text} in double quotes, escaped like JSON, cut after 60 characters with the
   * length said}
   */
  public static String quote(String text) {
    StringBuilder sb = new StringBuilder(Math.min(text.length(), SHOWN) + 4).append('"');
    int n = Math.min(text.length(), SHOWN);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < n
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            sb.append(c).append(text.charAt(++i)); // a whole pair
          } else if (c < 0x20 || c == 0x7F || Character.isSurrogate(c)) {
            sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
    if (text.length() > SHOWN) {
      sb.append("… (").append(text.length()).append(" characters)");
    }
    return sb.toString();
  }

  /**
   * Checks an id.
   *
   * @param field the field's name, for the message
   * @param id the value
   * @return {@code id}
   * @throws IllegalArgumentException {@code id: "" is not a valid id (...)}
   */
  public static String id(String field, String id) {
    if (!isId(id)) {
      throw invalid(field, quote(id), ID_EXPECTED);
    }
    return id;
  }

  /**
   * Checks a language code.
   *
   * @param field the field's name, for the message
   * @param code the value
   * @return {@code code}
   * @throws IllegalArgumentException {@code code: "Arabisch" is not a language code (...)}
   */
  public static String languageCode(String field, String code) {
    if (!isLanguageCode(code)) {
      throw invalid(field, quote(code), LANG_EXPECTED);
    }
    return code;
  }

  /**
   * Checks a country code.
   *
   * @param field the field's name, for the message
   * @param code the value
   * @return {@code code}
   * @throws IllegalArgumentException {@code country: "Syria" is not a country code (...)}
   */
  public static String countryCode(String field, String code) {
    if (!isCountryCode(code)) {
      throw invalid(field, quote(code), COUNTRY_EXPECTED);
    }
    return code;
  }

  /**
   * Checks that a number is finite and in {@code [min, max]}.
   *
   * @param field the field's name, for the message
   * @param value the value
   * @param min the least allowed
   * @param max the most allowed
   * @return {@code value}
   * @throws IllegalArgumentException {@code lon: 200 is out of range (-180..180)}
   */
  public static double inRange(String field, double value, double min, double max) {
    if (Double.isNaN(value)) {
      throw invalid(field, "NaN", NOT_FINITE);
    }
    if (!(value >= min && value <= max)) {
      throw invalid(field, number(value), "out of range (" + range(min, max) + ")");
    }
    return value;
  }

  /**
   * Checks that a text is not blank.
   *
   * @param field the field's name, for the message
   * @param text the value
   * @return {@code text}
   * @throws IllegalArgumentException {@code text: " " is blank, expected some text}
   */
  public static String text(String field, String text) {
    if (text.isBlank()) {
      throw invalid(field, quote(text), "blank, expected some text");
    }
    return text;
  }

  private static IllegalArgumentException invalid(String field, String shown, String reason) {
    return new IllegalArgumentException(field + ": " + shown + " is " + reason);
  }
}
