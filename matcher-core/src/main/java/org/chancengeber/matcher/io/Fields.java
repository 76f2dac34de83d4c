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
package org.chancengeber.matcher.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.chancengeber.matcher.check.Checks;
import org.chancengeber.matcher.model.Cefr;
import org.chancengeber.matcher.model.ConceptRef;
import org.chancengeber.matcher.taxonomy.ConceptType;

/**
 * Reads the fields of one JSON object, checking type, form and range, and reporting every problem
 * to {@link Problems} with the field's path. Getters return empty (and report) when a value is
 * absent where required, or invalid; JSON {@code null} counts as absent. Unknown fields are
 * reported as warnings when the cursor is created.
 */
final class Fields {
  /** Ids: {@code [A-Za-z0-9._:-]{1,64}}. */
  static final Predicate<String> ID = Checks::isId;

  static final String ID_EXPECTED = Checks.ID_EXPECTED;

  /** Language codes: {@code [a-z]{2,3}}. */
  static final Predicate<String> LANG = Checks::isLanguageCode;

  static final String LANG_EXPECTED = Checks.LANG_EXPECTED;

  /** Country codes: {@code [A-Z]{2}}. */
  static final Predicate<String> COUNTRY = Checks::isCountryCode;

  static final String COUNTRY_EXPECTED = Checks.COUNTRY_EXPECTED;
  private static final Set<String> CONCEPT_TEXT_FIELDS = Set.of("text", "lang");

  private final ObjectNode node;
  private final FieldPath path;
  private final Problems problems;

  Fields(ObjectNode node, FieldPath path, Problems problems, Set<String> known) {
    this.node = node;
    this.path = path;
    this.problems = problems;
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (!known.contains(e.getKey())) {
        Optional<String> meant = Spelling.closest(e.getKey(), known);
        if (meant.isPresent() && !node.has(meant.get())) {
          // a misspelt field whose right name is missing: the value would be lost silently
          problems.error(at(e.getKey()), "unknown field; did you mean " + meant.get() + "?");
        } else {
          problems.warn(at(e.getKey()), "unknown field, ignored");
        }
      }
    }
  }

  /** The path of field {@code name} of this object, as text (for messages). */
  String at(String name) {
    return path.child(name).toString();
  }

  Problems problems() {
    return problems;
  }

  /** The value of {@code name}, or null when absent or JSON null. */
  JsonNode get(String name) {
    JsonNode v = node.get(name);
    return v == null || v.isNull() ? null : v;
  }

  boolean has(String name) {
    return get(name) != null;
  }

  private JsonNode get(String name, boolean required) {
    JsonNode v = get(name);
    if (v == null && required) {
      problems.error(at(name), "required field is missing");
    }
    return v;
  }

  private void expected(String name, String what, JsonNode got) {
    problems.expected(at(name), what, got);
  }

  Optional<String> string(String name, boolean required) {
    JsonNode v = get(name, required);
    if (v == null) {
      return Optional.empty();
    }
    if (!v.isTextual()) {
      expected(name, "a string", v);
      return Optional.empty();
    }
    return Optional.of(v.textValue());
  }

  /** A string that is not blank. */
  Optional<String> text(String name, boolean required) {
    Optional<String> s = string(name, required);
    if (s.isPresent() && s.get().isBlank()) {
      problems.invalid(at(name), Values.quote(s.get()), "blank, expected some text");
      return Optional.empty();
    }
    return s;
  }

  /** A string matching {@code pattern}; otherwise {@code "<value>" is <expectation>}. */
  Optional<String> matching(
      String name, boolean required, Predicate<String> form, String expectation) {
    Optional<String> s = string(name, required);
    if (s.isPresent() && !form.test(s.get())) {
      problems.invalid(at(name), Values.quote(s.get()), expectation);
      return Optional.empty();
    }
    return s;
  }

  /** A finite number in {@code [min, max]}. */
  OptionalDouble number(String name, boolean required, double min, double max) {
    JsonNode v = get(name, required);
    if (v == null) {
      return OptionalDouble.empty();
    }
    if (!v.isNumber()) {
      expected(name, "a number", v);
      return OptionalDouble.empty();
    }
    double d = v.doubleValue();
    if (!Double.isFinite(d) && !v.isIntegralNumber()) {
      problems.invalid(at(name), Values.show(v), Checks.NOT_FINITE);
      return OptionalDouble.empty();
    }
    if (!(d >= min && d <= max)) {
      problems.invalid(at(name), Values.show(v), "out of range (" + range(min, max) + ")");
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(d);
  }

  /** A whole number in {@code [min, max]}. */
  OptionalInt integer(String name, boolean required, int min, int max) {
    return integer(name, required, min, max, range(min, max));
  }

  /** A whole number in {@code [min, max]}, the range described as {@code rangeText}. */
  OptionalInt integer(String name, boolean required, int min, int max, String rangeText) {
    JsonNode v = get(name, required);
    if (v == null) {
      return OptionalInt.empty();
    }
    if (!v.isNumber()) {
      expected(name, "a whole number", v);
      return OptionalInt.empty();
    }
    double d = v.doubleValue();
    if (!Double.isFinite(d) && !v.isIntegralNumber()) {
      problems.invalid(at(name), Values.show(v), Checks.NOT_FINITE);
      return OptionalInt.empty();
    }
    if (Double.isFinite(d) && d != Math.rint(d)) {
      expected(name, "a whole number", v);
      return OptionalInt.empty();
    }
    if (!(d >= min && d <= max)) {
      problems.invalid(at(name), Values.show(v), "out of range (" + rangeText + ")");
      return OptionalInt.empty();
    }
    return OptionalInt.of((int) d);
  }

  /** {@code true} or {@code false}; {@code otherwise} when absent or invalid. */
  boolean bool(String name, boolean otherwise) {
    JsonNode v = get(name);
    if (v == null) {
      return otherwise;
    }
    if (!v.isBoolean()) {
      expected(name, "true or false", v);
      return otherwise;
    }
    return v.booleanValue();
  }

  /** One of the constants of {@code type}, by exact name. */
  <E extends Enum<E>> Optional<E> enumValue(String name, boolean required, Class<E> type) {
    Optional<String> s = string(name, required);
    return s.isEmpty() ? Optional.empty() : enumOf(path.child(name), s.get(), type, problems);
  }

  static <E extends Enum<E>> Optional<E> enumOf(
      FieldPath field, String text, Class<E> type, Problems problems) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(text)) {
        return Optional.of(e);
      }
    }
    problems.invalid(field.toString(), Values.quote(text), "not one of " + names(type));
    return Optional.empty();
  }

  static String names(Class<? extends Enum<?>> type) {
    StringBuilder sb = new StringBuilder();
    for (Enum<?> e : type.getEnumConstants()) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(e.name());
    }
    return sb.toString();
  }

  /** A CEFR level {@code A1..C2}. */
  Optional<Cefr> cefr(String name, boolean required) {
    Optional<String> s = string(name, required);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    for (Cefr c : Cefr.values()) {
      if (c.name().equals(s.get())) {
        return Optional.of(c);
      }
    }
    problems.invalid(at(name), Values.quote(s.get()), "not a CEFR level (A1..C2)");
    return Optional.empty();
  }

  /** A real calendar date written {@code YYYY-MM-DD}. */
  Optional<LocalDate> date(String name, boolean required) {
    Optional<String> s = string(name, required);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    Optional<LocalDate> date = parseDate(s.get());
    if (date.isPresent()) {
      return date;
    }
    problems.invalid(at(name), Values.quote(s.get()), "not a real date (YYYY-MM-DD)");
    return Optional.empty();
  }

  /** A nested object, its unknown fields reported. */
  Optional<Fields> object(String name, boolean required, Set<String> known) {
    JsonNode v = get(name, required);
    if (v == null) {
      return Optional.empty();
    }
    if (!v.isObject()) {
      expected(name, "an object", v);
      return Optional.empty();
    }
    return Optional.of(new Fields((ObjectNode) v, path.child(name), problems, known));
  }

  /**
   * The entries of an array, each mapped by {@code element} (given the entry and its path); entries
   * it cannot map (empty result) are left out, having reported their problems. Absent means empty.
   */
  <T> List<T> list(String name, BiFunction<JsonNode, FieldPath, Optional<T>> element) {
    JsonNode v = get(name);
    if (v == null) {
      return List.of();
    }
    if (!v.isArray()) {
      expected(name, "an array", v);
      return List.of();
    }
    List<T> out = new ArrayList<>(v.size());
    FieldPath base = path.child(name);
    for (int i = 0; i < v.size(); i++) {
      element.apply(v.get(i), base.element(i)).ifPresent(out::add);
    }
    return out;
  }

  /** Like {@link #list} for arrays of objects: a non-object entry is an error. */
  <T> List<T> objects(
      String name, Set<String> known, java.util.function.Function<Fields, Optional<T>> element) {
    return list(
        name,
        (entry, entryPath) -> {
          if (!entry.isObject()) {
            problems.expected(entryPath.toString(), "an object", entry);
            return Optional.empty();
          }
          return element.apply(new Fields((ObjectNode) entry, entryPath, problems, known));
        });
  }

  /**
   * A concept reference: an id string, or {@code {"text": ..., "lang": ...}}. Ids unknown to the
   * configured taxonomy are reported as warnings.
   */
  Optional<ConceptRef> concept(String name, boolean required, ConceptType type) {
    JsonNode v = get(name, required);
    return v == null ? Optional.empty() : conceptOf(v, path.child(name), type, problems);
  }

  static Optional<ConceptRef> conceptOf(
      JsonNode v, FieldPath field, ConceptType type, Problems problems) {
    if (v.isTextual()) {
      String uri = v.textValue();
      if (uri.isBlank() || !uri.strip().equals(uri)) {
        problems.invalid(
            field.toString(),
            Values.quote(uri),
            "not a concept id (no blanks or surrounding spaces)");
        return Optional.empty();
      }
      problems.checkConcept(field, uri, type);
      return Optional.of(ConceptRef.id(uri));
    }
    if (v.isObject()) {
      Fields f = new Fields((ObjectNode) v, field, problems, CONCEPT_TEXT_FIELDS);
      return f.conceptText();
    }
    problems.expected(field.toString(), "a concept id or {\"text\": ..., \"lang\": ...}", v);
    return Optional.empty();
  }

  /** This object's {@code text} and {@code lang} as a {@link ConceptRef.Text}. */
  Optional<ConceptRef> conceptText() {
    Optional<String> text = text("text", true);
    Optional<String> lang = matching("lang", true, LANG, LANG_EXPECTED);
    return text.isPresent() && lang.isPresent()
        ? Optional.of(ConceptRef.text(text.get(), lang.get()))
        : Optional.empty();
  }

  /** The object's fields (for free-form maps such as {@code audit}). */
  Set<Map.Entry<String, JsonNode>> entries() {
    return node.properties();
  }

  /** {@code YYYY-MM-DD} as a real date, else empty. */
  static Optional<LocalDate> parseDate(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return Optional.empty();
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 7);
    int day = digits(s, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  static String range(double min, double max) {
    return Checks.range(min, max);
  }
}
