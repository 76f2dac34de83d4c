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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chancengeber.matcher.io.Spelling;

/**
 * The one reader of the configuration files: the rule file ({@link RuleSet#fromJson}), the pathway
 * durations ({@code PathwayPlanner.fromJson}) and the scoring profile ({@code
 * ScoringProfile.fromJson(InputStream, String)}). It knows the line of every field, so that each
 * problem is reported the same way: {@code file:line: field: reason} ({@link RuleFileException}),
 * and a misspelt field says which one was meant.
 */
public final class ConfigFile {
  private final String file;
  private final byte[] bytes;
  private final DataNode root;

  private ConfigFile(String file, byte[] bytes, DataNode root) {
    this.file = file;
    this.bytes = bytes;
    this.root = root;
  }

  /**
   * Reads one JSON document.
   *
   * @param in the document (UTF-8)
   * @param file the file name used in messages
   * @return the document, with the line of every field
   * @throws RuleFileException with the line of a syntax error
   * @throws UncheckedIOException when the stream cannot be read
   */
  public static ConfigFile read(InputStream in, String file) {
    byte[] bytes;
    try {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return new ConfigFile(file, bytes, DataNode.parse(new ByteArrayInputStream(bytes), file));
  }

  /** {@return the file name used in messages} */
  public String file() {
    return file;
  }

  /** {@return the document as read, for a data binder} */
  public InputStream content() {
    return new ByteArrayInputStream(bytes);
  }

  /** {@return the names of the top-level fields, in file order} */
  public List<String> fieldNames() {
    return List.copyOf(root.entries().keySet());
  }

  /**
   * The line of the field at {@code path} (dotted, {@code [i]} for array items); for a field that
   * is not in the file, the line of the nearest enclosing one.
   *
   * @param path the field's path
   * @return its line, from 1
   */
  public int line(String path) {
    return node(path).line();
  }

  /**
   * {@return a problem with the field at {@code path}, at its line}
   *
   * @param path the field's path ("" for the whole document)
   * @param reason what is wrong
   */
  public RuleFileException error(String path, String reason) {
    return new RuleFileException(file, path.isEmpty() ? 0 : line(path), path, reason);
  }

  /**
   * {@return an unknown field at {@code path}, with the known name it most likely means}
   *
   * @param path the field's path
   * @param known the names the field could have
   */
  public RuleFileException unknownField(String path, List<String> known) {
    int dot = Math.max(path.lastIndexOf('.'), path.lastIndexOf(']'));
    String name = path.substring(dot + 1);
    Optional<String> meant = Spelling.closest(name, known);
    return error(
        path,
        meant.isPresent()
            ? "unknown field; did you mean " + meant.get() + "?"
            : "unknown field (known fields: " + String.join(", ", sorted(known)) + ")");
  }

  /**
   * Checks the document's fields against a record type, recursively through the components that are
   * records themselves: the first field no component names is reported at its own line.
   *
   * @param type the record type the document binds to
   */
  public void checkFields(Class<? extends Record> type) {
    checkFields(root, type);
  }

  @SuppressWarnings("unchecked")
  private void checkFields(DataNode node, Class<? extends Record> type) {
    if (!node.isObject()) {
      return;
    }
    List<String> known = new ArrayList<>();
    for (RecordComponent c : type.getRecordComponents()) {
      known.add(c.getName());
    }
    for (Map.Entry<String, DataNode> e : node.entries().entrySet()) {
      RecordComponent component = component(type, e.getKey());
      if (component == null) {
        throw unknownField(e.getValue().path(), known);
      }
      if (component.getType().isRecord()) {
        checkFields(e.getValue(), (Class<? extends Record>) component.getType());
      }
    }
  }

  private static RecordComponent component(Class<? extends Record> type, String name) {
    for (RecordComponent c : type.getRecordComponents()) {
      if (c.getName().equals(name)) {
        return c;
      }
    }
    return null;
  }

  private DataNode node(String path) {
    DataNode n = root;
    for (String part : path.split("\\.")) {
      if (part.isEmpty() || !n.isObject()) {
        break;
      }
      int bracket = part.indexOf('[');
      String name = bracket < 0 ? part : part.substring(0, bracket);
      DataNode child = n.entries().get(name);
      if (child == null) {
        break;
      }
      n = child;
    }
    return n;
  }

  private static List<String> sorted(List<String> names) {
    List<String> s = new ArrayList<>(names);
    s.sort(null);
    return s;
  }
}
