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
import org.chancengeber.matcher.check.Checks;

/** Renders input values for messages: short, quoted like JSON, control characters escaped. */
final class Values {
  private static final int SHOWN = 60;

  private Values() {}

  /** A value as it appears in a message: {@code "B3"}, {@code 95.5}, {@code an object}. */
  static String show(JsonNode node) {
    if (node.isTextual()) {
      return quote(node.textValue());
    } else if (node.isObject()) {
      return "an object";
    } else if (node.isArray()) {
      return "an array";
    } else if (node.isDouble() && Double.isNaN(node.doubleValue())) {
      return "NaN";
    }
    return truncate(node.asText());
  }

  /** What kind of value {@code node} is, without showing it: {@code a string}, {@code a number}. */
  static String kind(JsonNode node) {
    if (node.isTextual()) {
      return "a string";
    } else if (node.isObject()) {
      return "an object";
    } else if (node.isArray()) {
      return "an array";
    } else if (node.isNumber()) {
      return "a number";
    } else if (node.isBoolean()) {
      return "a boolean";
    }
    return "null";
  }

  /** {@code text} in double quotes, escaped like JSON, cut after 60 characters. */
  static String quote(String text) {
    return Checks.quote(text);
  }

  static String truncate(String text) {
    return truncate(text, SHOWN);
  }

  static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "…";
  }
}
