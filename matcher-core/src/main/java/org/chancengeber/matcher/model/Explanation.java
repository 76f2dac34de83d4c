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

import java.util.List;
import java.util.Locale;

/**
 * An immutable tree that says how a value came about, like Lucene's {@code Explanation}: a value, a
 * description, and the details it was computed from.
 *
 * @param value the value
 * @param description what the value is
 * @param details the values it was computed from
 */
public record Explanation(double value, Message description, List<Explanation> details) {
  /** Creates a node, checking that no component is null and copying the details. */
  public Explanation {
    requireNonNull(description, "description");
    details = List.copyOf(details);
  }

  /**
   * {@return a node with its details}
   *
   * @param value the value
   * @param description what the value is
   * @param details the values it was computed from
   */
  public static Explanation of(double value, Message description, Explanation... details) {
    return new Explanation(value, description, List.of(details));
  }

  /**
   * {@return the tree as indented lines in {@code locale}: {@code 0.83 = score, sum of:}}
   *
   * @param locale the language to render in
   */
  public String render(Locale locale) {
    StringBuilder sb = new StringBuilder();
    render(locale, 0, sb);
    return sb.toString();
  }

  private void render(Locale locale, int depth, StringBuilder sb) {
    sb.append("  ".repeat(depth))
        .append(String.format(Locale.ROOT, "%.3f", value))
        .append(" = ")
        .append(description.render(locale))
        .append('\n');
    for (Explanation d : details) {
      d.render(locale, depth + 1, sb);
    }
  }

  @Override
  public String toString() {
    return render(Locale.ENGLISH);
  }
}
