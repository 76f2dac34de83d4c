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
package org.chancengeber.matcher.rules;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A JSON value that remembers where it came from (file, line, field path), so that every error
 * about a rule file can say exactly what is wrong and where. Read once at load time; the rule set
 * keeps none of these nodes.
 */
final class DataNode {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private final String file;
  private final String path;
  private final int line;
  private final JsonToken token;
  private final String text;
  private final Map<String, DataNode> fields;
  private final List<DataNode> items;

  private DataNode(
      String file,
      String path,
      int line,
      JsonToken token,
      String text,
      Map<String, DataNode> fields,
      List<DataNode> items) {
    this.file = file;
    this.path = path;
    this.line = line;
    this.token = token;
    this.text = text;
    this.fields = fields;
    this.items = items;
  }

  /** Reads one JSON document; syntax errors become {@link RuleFileException}s with their line. */
  static DataNode parse(InputStream in, String file) {
    try (JsonParser p = FACTORY.createParser(in)) {
      if (p.nextToken() == null) {
        throw new RuleFileException(file, 0, "", "empty document");
      }
      DataNode root = read(p, file, "");
      JsonToken extra = p.nextToken();
      if (extra != null) {
        throw new RuleFileException(
            file, p.currentLocation().getLineNr(), "", "unexpected content after the document");
      }
      return root;
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new RuleFileException(file, Math.max(0, line), "", e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static DataNode read(JsonParser p, String file, String path) throws IOException {
    JsonToken t = p.currentToken();
    int line = p.currentTokenLocation().getLineNr();
    switch (t) {
      case START_OBJECT -> {
        Map<String, DataNode> fields = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          fields.put(name, read(p, file, path.isEmpty() ? name : path + "." + name));
        }
        return new DataNode(file, path, line, t, null, fields, List.of());
      }
      case START_ARRAY -> {
        List<DataNode> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          items.add(read(p, file, path + "[" + items.size() + "]"));
        }
        return new DataNode(file, path, line, t, null, Map.of(), items);
      }
      default -> {
        return new DataNode(file, path, line, t, p.getText(), Map.of(), List.of());
      }
    }
  }

  RuleFileException error(String reason) {
    return new RuleFileException(file, line, path, reason);
  }

  String path() {
    return path;
  }

  int line() {
    return line;
  }

  boolean isObject() {
    return token == JsonToken.START_OBJECT;
  }

  boolean isNull() {
    return token == JsonToken.VALUE_NULL;
  }

  /** This object's fields, after checking that none is outside {@code allowed}. */
  Map<String, DataNode> fields(Set<String> allowed) {
    requireKind(JsonToken.START_OBJECT, "an object");
    for (Map.Entry<String, DataNode> e : fields.entrySet()) {
      if (!allowed.contains(e.getKey())) {
        java.util.Optional<String> meant =
            org.chancengeber.matcher.io.Spelling.closest(e.getKey(), allowed);
        throw e.getValue()
            .error(
                meant.isPresent()
                    ? "unknown field; did you mean " + meant.get() + "?"
                    : "unknown field (known fields: "
                        + allowed.stream().sorted().collect(Collectors.joining(", "))
                        + ")");
      }
    }
    return fields;
  }

  /** All fields of this object, whatever their names (for maps keyed by enum constants). */
  Map<String, DataNode> entries() {
    requireKind(JsonToken.START_OBJECT, "an object");
    return fields;
  }

  /** A field that must be present. */
  DataNode required(String name) {
    requireKind(JsonToken.START_OBJECT, "an object");
    DataNode n = fields.get(name);
    if (n == null) {
      throw new RuleFileException(
          file, line, path.isEmpty() ? name : path + "." + name, "missing field");
    }
    return n;
  }

  /** A field that may be absent or null. */
  Optional<DataNode> optional(String name) {
    requireKind(JsonToken.START_OBJECT, "an object");
    DataNode n = fields.get(name);
    return n == null || n.isNull() ? Optional.empty() : Optional.of(n);
  }

  List<DataNode> items() {
    requireKind(JsonToken.START_ARRAY, "an array");
    return items;
  }

  int asInt(int min, int max) {
    if (token != JsonToken.VALUE_NUMBER_INT) {
      throw error("expected a whole number, found " + describe());
    }
    long v;
    try {
      v = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw error("expected a whole number in " + min + ".." + max + ", found " + text);
    }
    if (v < min || v > max) {
      throw error(text + " is not in " + min + ".." + max);
    }
    return (int) v;
  }

  boolean asBoolean() {
    if (token == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (token == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw error("expected true or false, found " + describe());
  }

  String asText() {
    if (token != JsonToken.VALUE_STRING) {
      throw error("expected a string, found " + describe());
    }
    return text;
  }

  LocalDate asDate() {
    String s = asText();
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw error("'" + s + "' is not a date (YYYY-MM-DD)");
    }
  }

  <E extends Enum<E>> E asEnum(Class<E> type) {
    return parseEnum(type, asText(), this);
  }

  /** Parses {@code name} as a constant of {@code type}, blaming {@code where} when it is not. */
  static <E extends Enum<E>> E parseEnum(Class<E> type, String name, DataNode where) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    throw where.error(
        "'"
            + name
            + "' is not one of "
            + Arrays.stream(type.getEnumConstants())
                .map(Enum::name)
                .collect(Collectors.joining(", ")));
  }

  private void requireKind(JsonToken kind, String what) {
    if (token != kind) {
      throw error("expected " + what + ", found " + describe());
    }
  }

  private String describe() {
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "'" + text + "'";
      case VALUE_NULL -> "null";
      default -> text;
    };
  }
}
