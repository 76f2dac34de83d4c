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
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.chancengeber.matcher.model.Factor;
import org.chancengeber.matcher.model.Gap;
import org.chancengeber.matcher.model.Match;
import org.chancengeber.matcher.model.Message;
import org.chancengeber.matcher.model.PathwayStep;

/**
 * The match JSON Lines format (PRODUCT.md, "Match"; schema {@code docs/schema/match.schema.json}):
 *
 * <pre>{@code
 * {"candidate": "c-1001", "rank": 1, "vacancy": "v-2001", "score": 0.83,
 *  "readiness": "REACHABLE", "readyInMonths": 4,
 *  "factors": [{"name": "skills", "value": 0.91, "weight": 0.45, "detail": "..."}],
 *  "gaps": [{"kind": "LANGUAGE", "detail": "..."}],
 *  "pathway": [{"step": "LANGUAGE_COURSE", "detail": "...", "months": 4}]}
 * }</pre>
 *
 * Details are rendered in the given locale; score, values and weights are rounded half-up to 4
 * decimals. Equal matches give byte-identical lines. The explanation tree is not part of the line;
 * {@link MatchJson} writes and reads a match in full.
 */
public final class MatchFormat {
  private MatchFormat() {}

  /**
   * Writes {@code m} as one line in English, with its {@code '\n'}.
   *
   * @param m the match
   * @param out where to write
   * @throws IOException when {@code out} fails
   */
  public static void write(Match m, Writer out) throws IOException {
    write(m, out, Locale.ENGLISH);
  }

  /**
   * Writes {@code m} as one line with details in {@code locale}, with its {@code '\n'}.
   *
   * @param m the match
   * @param out where to write
   * @param locale the language of details and steps
   * @throws IOException when {@code out} fails
   */
  public static void write(Match m, Writer out, Locale locale) throws IOException {
    JsonGenerator g = JsonOut.open(out);
    g.writeStartObject();
    fields(g, m, rendered(locale));
    g.writeEndObject();
    JsonOut.endLine(g, out);
  }

  /** How {@link #fields} writes a number and a message. */
  interface Style {
    void number(JsonGenerator g, String name, double d) throws IOException;

    void message(JsonGenerator g, String name, Message m) throws IOException;
  }

  /** The line's style: numbers rounded to 4 decimals, messages rendered in {@code locale}. */
  private static Style rendered(Locale locale) {
    return new Style() {
      @Override
      public void number(JsonGenerator g, String name, double d) throws IOException {
        g.writeFieldName(name);
        g.writeNumber(JsonOut.round4(d));
      }

      @Override
      public void message(JsonGenerator g, String name, Message m) throws IOException {
        g.writeStringField(name, m.render(locale));
      }
    };
  }

  /** The fields of a match line, without the explanation tree, in {@code style}. */
  static void fields(JsonGenerator g, Match m, Style style) throws IOException {
    g.writeStringField("candidate", m.candidate());
    g.writeNumberField("rank", m.rank());
    g.writeStringField("vacancy", m.vacancy());
    style.number(g, "score", m.score());
    g.writeStringField("readiness", m.readiness().name());
    g.writeNumberField("readyInMonths", m.readyInMonths());
    g.writeArrayFieldStart("factors");
    for (Factor f : m.factors()) {
      g.writeStartObject();
      g.writeStringField("name", f.name());
      style.number(g, "value", f.value());
      style.number(g, "weight", f.weight());
      style.message(g, "detail", f.detail());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("gaps");
    for (Gap gap : m.gaps()) {
      g.writeStartObject();
      g.writeStringField("kind", gap.kind().name());
      style.message(g, "detail", gap.detail());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("pathway");
    for (PathwayStep s : m.pathway()) {
      g.writeStartObject();
      g.writeStringField("step", s.step().name());
      style.message(g, "detail", s.detail());
      g.writeNumberField("months", s.months());
      g.writeNumberField("startMonth", s.startMonth());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /**
   * {@return the line {@link #write(Match, Writer, Locale)} writes, without the {@code '\n'}}
   *
   * @param m the match
   * @param locale the language of details and steps
   */
  public static String toJson(Match m, Locale locale) {
    return JsonOut.line(w -> write(m, w, locale));
  }
}
