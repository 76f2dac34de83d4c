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

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chancengeber.matcher.model.Explanation;
import org.chancengeber.matcher.model.Factor;
import org.chancengeber.matcher.model.Gap;
import org.chancengeber.matcher.model.GapKind;
import org.chancengeber.matcher.model.Match;
import org.chancengeber.matcher.model.Message;
import org.chancengeber.matcher.model.PathwayStep;
import org.chancengeber.matcher.model.Readiness;
import org.chancengeber.matcher.model.StepKind;

/**
 * A match in full, as one JSON object that reads back into an equal {@link Match}: everything of
 * {@link MatchFormat}'s line plus the explanation tree, numbers exact rather than rounded, and each
 * message as its key and arguments with the text rendered beside them (the text is for people and
 * ignored when reading):
 *
 * <pre>{@code
 * {"candidate": "c-1", "rank": 1, "vacancy": "v-1", "score": 0.8312, "readiness": "REACHABLE",
 *  "readyInMonths": 4,
 *  "factors": [{"name": "skills", "value": 0.91, "weight": 0.4,
 *               "detail": {"key": "scoring.skills", "args": ["3", "4"], "text": "..."}}],
 *  "gaps": [{"kind": "LANGUAGE", "detail": {...}}],
 *  "pathway": [{"step": "LANGUAGE_COURSE", "detail": {...}, "months": 4}],
 *  "explanation": {"value": 0.8312, "description": {...}, "details": [...]}}
 * }</pre>
 *
 * For the match lines of the command line (rounded, rendered, without the tree) use {@link
 * MatchFormat}. A {@link Match} also serialises readably with any Jackson {@code ObjectMapper}:
 * messages become their English text ({@link Message#toString()}), but that form does not read
 * back.
 */
public final class MatchJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private MatchJson() {}

  /**
   * Writes {@code m} as one line, texts in {@code locale}, with its {@code '\n'}.
   *
   * @param m the match
   * @param out where to write
   * @param locale the language of the texts beside the messages
   * @throws IOException when {@code out} fails
   */
  public static void write(Match m, Writer out, Locale locale) throws IOException {
    JsonGenerator g = JsonOut.open(out);
    g.writeStartObject();
    MatchFormat.fields(g, m, full(locale));
    g.writeFieldName("explanation");
    explanation(g, m.explanation(), locale);
    g.writeEndObject();
    JsonOut.endLine(g, out);
  }

  /** Numbers exact, messages as key, arguments and the text in {@code locale}. */
  private static MatchFormat.Style full(Locale locale) {
    return new MatchFormat.Style() {
      @Override
      public void number(JsonGenerator g, String name, double d) throws IOException {
        JsonOut.number(g, name, d);
      }

      @Override
      public void message(JsonGenerator g, String name, Message m) throws IOException {
        MatchJson.message(g, name, m, locale);
      }
    };
  }

  /**
   * {@return the line {@link #write} writes, without the {@code '\n'}}
   *
   * @param m the match
   * @param locale the language of the texts beside the messages
   */
  public static String toJson(Match m, Locale locale) {
    return JsonOut.line(w -> write(m, w, locale));
  }

  /**
   * Reads a match written by {@link #write}.
   *
   * @param json one match object
   * @return the match, equal to the one written
   * @throws IllegalArgumentException naming the field and the reason when {@code json} is not such
   *     a match
   */
  public static Match fromJson(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
    Node n = new Node(root, "");
    List<Factor> factors = new ArrayList<>();
    for (Node f : n.array("factors")) {
      factors.add(
          new Factor(f.text("name"), f.number("value"), f.number("weight"), f.message("detail")));
    }
    List<Gap> gaps = new ArrayList<>();
    for (Node gap : n.array("gaps")) {
      gaps.add(new Gap(gap.constant("kind", GapKind.class), gap.message("detail")));
    }
    List<PathwayStep> pathway = new ArrayList<>();
    for (Node s : n.array("pathway")) {
      pathway.add(
          new PathwayStep(
              s.constant("step", StepKind.class), s.message("detail"), s.integer("months")));
    }
    return new Match(
        n.text("candidate"),
        n.integer("rank"),
        n.text("vacancy"),
        n.number("score"),
        n.constant("readiness", Readiness.class),
        n.integer("readyInMonths"),
        factors,
        gaps,
        pathway,
        n.child("explanation").explanation());
  }

  private static void message(JsonGenerator g, String name, Message m, Locale locale)
      throws IOException {
    g.writeObjectFieldStart(name);
    g.writeStringField("key", m.key());
    g.writeArrayFieldStart("args");
    for (String a : m.args()) {
      g.writeString(a);
    }
    g.writeEndArray();
    g.writeStringField("text", m.render(locale));
    g.writeEndObject();
  }

  private static void explanation(JsonGenerator g, Explanation e, Locale locale)
      throws IOException {
    g.writeStartObject();
    JsonOut.number(g, "value", e.value());
    message(g, "description", e.description(), locale);
    g.writeArrayFieldStart("details");
    for (Explanation d : e.details()) {
      explanation(g, d, locale);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** A node of the JSON being read, with its path for messages. */
  private record Node(JsonNode node, String path) {
    private JsonNode get(String name) {
      JsonNode v = node.get(name);
      if (v == null || v.isNull()) {
        throw new IllegalArgumentException(at(name) + ": required field is missing");
      }
      return v;
    }

    private String at(String name) {
      return path.isEmpty() ? name : path + "." + name;
    }

    Node child(String name) {
      JsonNode v = get(name);
      if (!v.isObject()) {
        throw new IllegalArgumentException(at(name) + ": expected an object");
      }
      return new Node(v, at(name));
    }

    List<Node> array(String name) {
      JsonNode v = get(name);
      if (!v.isArray()) {
        throw new IllegalArgumentException(at(name) + ": expected an array");
      }
      List<Node> out = new ArrayList<>();
      for (int i = 0; i < v.size(); i++) {
        if (!v.get(i).isObject()) {
          throw new IllegalArgumentException(at(name) + "[" + i + "]: expected an object");
        }
        out.add(new Node(v.get(i), at(name) + "[" + i + "]"));
      }
      return out;
    }

    String text(String name) {
      JsonNode v = get(name);
      if (!v.isTextual()) {
        throw new IllegalArgumentException(at(name) + ": expected a string");
      }
      return v.textValue();
    }

    double number(String name) {
      JsonNode v = get(name);
      if (!v.isNumber()) {
        throw new IllegalArgumentException(at(name) + ": expected a number");
      }
      return v.doubleValue();
    }

    int integer(String name) {
      JsonNode v = get(name);
      if (!v.canConvertToExactIntegral() || !v.canConvertToInt()) {
        throw new IllegalArgumentException(at(name) + ": expected a whole number");
      }
      return v.intValue();
    }

    <E extends Enum<E>> E constant(String name, Class<E> type) {
      String s = text(name);
      try {
        return Enum.valueOf(type, s);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            at(name) + ": " + Values.quote(s) + " is not a " + type.getSimpleName(), e);
      }
    }

    Message message(String name) {
      Node m = child(name);
      List<String> args = new ArrayList<>();
      JsonNode a = m.get("args");
      if (!a.isArray()) {
        throw new IllegalArgumentException(m.at("args") + ": expected an array");
      }
      for (int i = 0; i < a.size(); i++) {
        if (!a.get(i).isTextual()) {
          throw new IllegalArgumentException(m.at("args") + "[" + i + "]: expected a string");
        }
        args.add(a.get(i).textValue());
      }
      return new Message(m.text("key"), args);
    }

    Explanation explanation() {
      List<Explanation> details = new ArrayList<>();
      for (Node d : array("details")) {
        details.add(d.explanation());
      }
      return new Explanation(number("value"), message("description"), details);
    }
  }
}
