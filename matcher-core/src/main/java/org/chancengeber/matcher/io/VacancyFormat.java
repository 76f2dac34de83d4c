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

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import org.chancengeber.matcher.model.Employer;
import org.chancengeber.matcher.model.LanguageRequirement;
import org.chancengeber.matcher.model.RequiredSkill;
import org.chancengeber.matcher.model.Vacancy;

/**
 * The vacancy (offer) JSON Lines format (PRODUCT.md, "Vacancy"; schema {@code
 * docs/schema/vacancy.schema.json}): read with validation, write one line per offer.
 */
public final class VacancyFormat {
  private VacancyFormat() {}

  /**
   * Reads {@code file}; its file name is the source named in messages.
   *
   * @param file the JSON Lines file
   * @param options limits, taxonomy and date to read with
   * @return a reader of the file's lines; close it when done
   */
  public static JsonLinesReader<Vacancy> reader(Path file, ReadOptions options) {
    return new JsonLinesReader<>(
        InputFiles.open(file), InputFiles.name(file), options, new VacancyMapper());
  }

  /**
   * Reads {@code in}, naming it {@code sourceName} in messages.
   *
   * @param in the JSON Lines stream (UTF-8), closed with the reader
   * @param sourceName the name used in messages
   * @param options limits, taxonomy and date to read with
   * @return a reader of the stream's lines; close it when done
   */
  public static JsonLinesReader<Vacancy> reader(
      InputStream in, String sourceName, ReadOptions options) {
    return new JsonLinesReader<>(
        requireNonNull(in, "in"),
        requireNonNull(sourceName, "sourceName"),
        requireNonNull(options, "options"),
        new VacancyMapper());
  }

  /**
   * Writes {@code v} as one line, with its {@code '\n'}.
   *
   * @param v the offer
   * @param out where to write
   * @throws IOException when {@code out} fails
   */
  public static void write(Vacancy v, Writer out) throws IOException {
    JsonGenerator g = JsonOut.open(out);
    g.writeStartObject();
    g.writeStringField("id", v.id());
    Employer e = v.employer();
    g.writeObjectFieldStart("employer");
    g.writeStringField("id", e.id());
    g.writeStringField("name", e.name());
    g.writeBooleanField("mentoring", e.mentoring());
    g.writeBooleanField("languageSupport", e.languageSupport());
    g.writeBooleanField("experienceWithRefugees", e.experienceWithRefugees());
    g.writeEndObject();
    g.writeStringField("type", v.type().name());
    g.writeStringField("title", v.title());
    if (v.occupation().isPresent()) {
      g.writeFieldName("occupation");
      JsonOut.concept(g, v.occupation().get());
    }
    if (v.level().isPresent()) {
      g.writeStringField("level", v.level().get().name());
    }
    if (!v.skills().isEmpty()) {
      g.writeArrayFieldStart("skills");
      for (RequiredSkill s : v.skills()) {
        g.writeStartObject();
        JsonOut.skillRef(g, s.skill());
        g.writeBooleanField("essential", s.essential());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!v.languages().isEmpty()) {
      g.writeArrayFieldStart("languages");
      for (LanguageRequirement l : v.languages()) {
        g.writeStartObject();
        g.writeStringField("code", l.code());
        g.writeStringField("min", l.min().name());
        g.writeBooleanField("essential", l.essential());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeStringField("requiresSchoolCertificate", v.requiresSchoolCertificate().name());
    if (v.drivingLicence().isPresent()) {
      g.writeStringField("drivingLicence", v.drivingLicence().get().name());
    }
    g.writeBooleanField("acceptsWithoutCertificates", v.acceptsWithoutCertificates());
    JsonOut.location(g, v.location());
    g.writeNumberField("places", v.places());
    if (v.start().isPresent()) {
      g.writeStringField("start", v.start().get().toString());
    }
    if (v.durationMonths().isPresent()) {
      g.writeNumberField("durationMonths", v.durationMonths().getAsInt());
    }
    if (v.hoursPerWeek().isPresent()) {
      g.writeNumberField("hoursPerWeek", v.hoursPerWeek().getAsInt());
    }
    if (!v.description().isEmpty()) {
      g.writeStringField("description", v.description());
    }
    g.writeEndObject();
    JsonOut.endLine(g, out);
  }

  /**
   * {@return the line {@link #write} writes, without the {@code '\n'}}
   *
   * @param v the offer
   */
  public static String toJson(Vacancy v) {
    StringWriter w = new StringWriter(512);
    try {
      write(v, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return w.getBuffer().substring(0, w.getBuffer().length() - 1);
  }
}
