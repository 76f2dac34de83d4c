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

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses one line of JSON into a Jackson tree with the {@link ReadLimits}: nesting depth, string
 * and number length through Jackson's {@link StreamReadConstraints}, list size here. Every failure
 * becomes a {@link LineException} with a message for people; nothing else escapes.
 */
final class LineParser {
  private static final Pattern START_MARKER =
      Pattern.compile("\\(start marker at \\[Source: [^\\]]*column: (\\d+)\\]\\)");

  /** A token of the line quoted by Jackson: {@code Unrecognized token 'Ahmed': was ...}. */
  private static final Pattern QUOTED_INPUT = Pattern.compile("token '[^']*'(?=:)");

  private static final Pattern SOURCE_IN_MESSAGE =
      Pattern.compile("\\s*at \\[Source: [^\\]]*\\]|\\[Source: [^\\]]*\\]");

  private final ReadLimits limits;
  private final JsonFactory factory;
  private final JsonNodeFactory nodes = JsonNodeFactory.instance;
  private String idHint;

  LineParser(ReadLimits limits) {
    this.limits = limits;
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(limits.maxDepth())
                    .maxStringLength(limits.maxStringLength())
                    .maxNameLength(limits.maxStringLength())
                    .maxNumberLength(limits.maxNumberLength())
                    .build())
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .build();
  }

  /** A problem that rejects the whole line. */
  static final class LineException extends Exception {
    private static final long serialVersionUID = 1L;
    final String field;

    /** The message with the offending input, for the rejects file (the message has none). */
    final String detail;

    LineException(String field, String message) {
      this(field, message, message);
    }

    LineException(String field, String message, String detail) {
      super(message, null, false, false);
      this.field = field;
      this.detail = detail;
    }
  }

  /**
   * The top-level {@code "id"} string seen while parsing the last line, even when the line then
   * failed; empty when there was none.
   */
  Optional<String> idHint() {
    return Optional.ofNullable(idHint);
  }

  /** Parses {@code text[0, length)}, which must hold exactly one JSON object. */
  ObjectNode parse(char[] text, int length) throws LineException {
    return parse(() -> factory.createParser(text, 0, length));
  }

  /**
   * Parses {@code utf8[0, length)}: valid UTF-8 without NUL bytes (so that Jackson's encoding
   * detection cannot mistake it for UTF-16 or UTF-32), which must hold exactly one JSON object.
   */
  ObjectNode parseUtf8(byte[] utf8, int length) throws LineException {
    return parse(() -> factory.createParser(utf8, 0, length));
  }

  private interface Opener {
    JsonParser open() throws IOException;
  }

  private ObjectNode parse(Opener opener) throws LineException {
    idHint = null;
    JsonParser p = null;
    try {
      p = opener.open();
      JsonToken first = p.nextToken();
      if (first != JsonToken.START_OBJECT) {
        throw new LineException(
            "",
            "expected a JSON object, got " + kind(first),
            "expected a JSON object, got " + describe(p, first));
      }
      ObjectNode root = object(p, 0);
      if (p.nextToken() != null) {
        throw new LineException(
            "",
            "unexpected content after the JSON object at column "
                + p.currentTokenLocation().getColumnNr());
      }
      return root;
    } catch (StreamConstraintsException e) {
      throw limitBreached(e, p == null ? "" : path(p.getParsingContext()));
    } catch (JsonProcessingException e) {
      String detail = clean(e);
      throw new LineException("", "not valid JSON: " + redact(detail), "not valid JSON: " + detail);
    } catch (IOException | RuntimeException e) {
      // parsing an array in memory does no I/O: whatever else fails is still the line's fault
      throw new LineException(
          "",
          "not valid JSON: " + e.getClass().getSimpleName(),
          "not valid JSON: " + e.getMessage());
    } finally {
      if (p != null) {
        try {
          p.close();
        } catch (IOException e) {
          // closing a parser over a char array cannot fail in a way that matters here
        }
      }
    }
  }

  private ObjectNode object(JsonParser p, int depth) throws IOException, LineException {
    ObjectNode o = nodes.objectNode();
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      JsonNode v = value(p, p.nextToken(), depth + 1);
      if (o.replace(name, v) != null) {
        throw new LineException(path(p.getParsingContext()), "field appears more than once");
      }
      if (depth == 0 && v.isTextual() && name.equals("id")) {
        idHint = v.textValue();
      }
    }
    if (p.currentToken() != JsonToken.END_OBJECT) {
      throw new LineException("", "not valid JSON: unexpected end of line in an object");
    }
    return o;
  }

  private ArrayNode array(JsonParser p, int depth) throws IOException, LineException {
    ArrayNode a = nodes.arrayNode();
    int count = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t == null) {
        throw new LineException("", "not valid JSON: unexpected end of line in an array");
      }
      if (++count > limits.maxListSize()) {
        JsonStreamContext ctx = p.getParsingContext();
        if (!ctx.inArray()) {
          ctx = ctx.getParent(); // the element's own object or array was opened already
        }
        throw new LineException(
            path(ctx.getParent()),
            ReadLimits.breach("list length", "maxListSize", limits.maxListSize()));
      }
      a.add(value(p, t, depth + 1));
    }
    return a;
  }

  private JsonNode value(JsonParser p, JsonToken t, int depth) throws IOException, LineException {
    if (t == null) {
      throw new LineException("", "not valid JSON: unexpected end of line");
    }
    return switch (t) {
      case START_OBJECT -> object(p, depth);
      case START_ARRAY -> array(p, depth);
      case VALUE_STRING -> TextNode.valueOf(p.getText());
      case VALUE_NUMBER_INT ->
          switch (p.getNumberType()) {
            case INT -> IntNode.valueOf(p.getIntValue());
            case LONG -> LongNode.valueOf(p.getLongValue());
            default -> BigIntegerNode.valueOf(p.getBigIntegerValue());
          };
      case VALUE_NUMBER_FLOAT -> DoubleNode.valueOf(p.getDoubleValue());
      case VALUE_TRUE -> BooleanNode.TRUE;
      case VALUE_FALSE -> BooleanNode.FALSE;
      case VALUE_NULL -> NullNode.instance;
      default -> throw new LineException("", "not valid JSON: unexpected " + t);
    };
  }

  /** The kind of token {@code t}, without its text. */
  private static String kind(JsonToken t) {
    if (t == null) {
      return "nothing";
    }
    return switch (t) {
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> t.asString() == null ? t.name() : t.asString();
    };
  }

  /**
   * Jackson's message without the input it quotes: {@code Unrecognized token 'Ahmed': was expecting
   * ...} becomes {@code Unrecognized token: was expecting ...}.
   */
  static String redact(String jacksonMessage) {
    return QUOTED_INPUT.matcher(jacksonMessage).replaceAll("token");
  }

  private static String describe(JsonParser p, JsonToken t) throws IOException {
    if (t == null) {
      return "nothing";
    }
    return switch (t) {
      case START_ARRAY -> "an array";
      case VALUE_STRING -> Values.quote(p.getText());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Values.truncate(p.getText());
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case VALUE_NULL -> "null";
      default -> t.asString() == null ? t.name() : t.asString();
    };
  }

  private LineException limitBreached(StreamConstraintsException e, String field) {
    String m = String.valueOf(e.getOriginalMessage());
    if (m.contains("getMaxNestingDepth")) {
      return new LineException(
          "", ReadLimits.breach("nesting depth", "maxDepth", limits.maxDepth()));
    } else if (m.contains("getMaxNameLength")) {
      return new LineException(
          field,
          ReadLimits.breach("field name length", "maxStringLength", limits.maxStringLength()));
    } else if (m.contains("getMaxStringLength")) {
      return new LineException(
          field, ReadLimits.breach("string length", "maxStringLength", limits.maxStringLength()));
    } else if (m.contains("getMaxNumberLength")) {
      return new LineException(
          field, ReadLimits.breach("number length", "maxNumberLength", limits.maxNumberLength()));
    }
    return new LineException(field, "exceeds a read limit: " + clean(e));
  }

  private static String clean(JsonProcessingException e) {
    String m = String.valueOf(e.getOriginalMessage());
    m = START_MARKER.matcher(m).replaceAll("(opened at column $1)");
    m = SOURCE_IN_MESSAGE.matcher(m).replaceAll("");
    m = m.replace('\n', ' ').replace('\r', ' ');
    m = Values.truncate(m, 200);
    if (e instanceof JsonParseException && e.getLocation() != null) {
      return "column " + e.getLocation().getColumnNr() + ": " + m;
    }
    return m;
  }

  /** The field path of a parsing context, e.g. {@code languages[0].level}. */
  static String path(JsonStreamContext ctx) {
    StringBuilder sb = new StringBuilder();
    append(ctx, sb);
    return sb.length() > 200 ? sb.substring(0, 200) + "…" : sb.toString();
  }

  private static void append(JsonStreamContext ctx, StringBuilder sb) {
    if (ctx == null || ctx.inRoot()) {
      return;
    }
    append(ctx.getParent(), sb);
    if (ctx.inArray()) {
      sb.append('[').append(Math.max(0, ctx.getCurrentIndex())).append(']');
    } else if (ctx.getCurrentName() != null) {
      if (sb.length() > 0) {
        sb.append('.');
      }
      sb.append(ctx.getCurrentName());
    }
  }
}
