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
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Optional;
import org.chancengeber.matcher.model.ConceptRef;

/** Writing helpers shared by the formats: one generator per line, numbers in plain notation. */
final class JsonOut {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
          .build();

  private JsonOut() {}

  /** A generator for one line on {@code out}; close it, then call {@link #endLine}. */
  static JsonGenerator open(Writer out) throws IOException {
    return FACTORY.createGenerator(out);
  }

  static void endLine(JsonGenerator g, Writer out) throws IOException {
    g.close();
    out.write('\n');
  }

  /** Writes one line to a writer. */
  interface LineWriter {
    void write(Writer out) throws IOException;
  }

  /** The line {@code writer} writes, without its {@code '\n'}. */
  static String line(LineWriter writer) {
    java.io.StringWriter w = new java.io.StringWriter(512);
    try {
      writer.write(w);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
    }
    return w.getBuffer().substring(0, w.getBuffer().length() - 1);
  }

  /**
   * {@code d} so that it reads back as exactly the same double (also -0.0), without exponent.
   *
   * @throws IllegalArgumentException for NaN and infinities, which JSON cannot hold
   */
  static String exact(double d) {
    if (!Double.isFinite(d)) {
      throw new IllegalArgumentException("value (" + d + ") is not a finite number");
    }
    if (d == 0 && Double.doubleToRawLongBits(d) != 0) {
      return "-0.0";
    }
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  /**
   * {@code d} rounded half-up to 4 decimals, trailing zeros dropped, without exponent.
   *
   * @throws IllegalArgumentException for NaN and infinities, which JSON cannot hold
   */
  static String round4(double d) {
    if (!Double.isFinite(d) || Math.abs(d) >= 1e11) {
      return exact(d);
    }
    double r = Math.round(d * 10_000) / 10_000.0;
    return BigDecimal.valueOf(r).stripTrailingZeros().toPlainString();
  }

  static void number(JsonGenerator g, String name, double d) throws IOException {
    g.writeFieldName(name);
    g.writeNumber(exact(d));
  }

  static void optionalString(JsonGenerator g, String name, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }

  /** An id as a string, or text as {@code {"text": ..., "lang": ...}}. */
  static void concept(JsonGenerator g, ConceptRef ref) throws IOException {
    switch (ref) {
      case ConceptRef.Id id -> g.writeString(id.uri());
      case ConceptRef.Text text -> {
        g.writeStartObject();
        g.writeStringField("text", text.text());
        g.writeStringField("lang", text.lang());
        g.writeEndObject();
      }
    }
  }

  /**
   * A skill reference inside a skill entry: {@code "skill": id}, or the text form inline: {@code
   * "text": ..., "lang": ...}.
   */
  static void skillRef(JsonGenerator g, ConceptRef ref) throws IOException {
    switch (ref) {
      case ConceptRef.Id id -> g.writeStringField("skill", id.uri());
      case ConceptRef.Text text -> {
        g.writeStringField("text", text.text());
        g.writeStringField("lang", text.lang());
      }
    }
  }

  static void location(JsonGenerator g, org.chancengeber.matcher.model.Location l)
      throws IOException {
    g.writeObjectFieldStart("location");
    number(g, "lat", l.point().lat());
    number(g, "lon", l.point().lon());
    optionalString(g, "postcode", l.postcode());
    optionalString(g, "city", l.city());
    g.writeEndObject();
  }
}
