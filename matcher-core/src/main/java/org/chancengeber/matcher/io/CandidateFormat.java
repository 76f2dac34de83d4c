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
import java.io.Writer;
import java.nio.file.Path;
import java.util.Map;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.CandidateRecord;
import org.chancengeber.matcher.model.DrivingLicence;
import org.chancengeber.matcher.model.Experience;
import org.chancengeber.matcher.model.LanguageDimension;
import org.chancengeber.matcher.model.LanguageLevel;
import org.chancengeber.matcher.model.Measure;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.model.Qualification;
import org.chancengeber.matcher.model.Residence;
import org.chancengeber.matcher.model.SkillClaim;

/**
 * The candidate JSON Lines format (PRODUCT.md, "Candidate"; schema {@code
 * docs/schema/candidate.schema.json}): read with validation, write one line per person.
 */
public final class CandidateFormat {
  private CandidateFormat() {}

  /**
   * Reads {@code file}; its file name is the source named in messages.
   *
   * @param file the JSON Lines file
   * @param options limits, taxonomy and date to read with
   * @return a reader of the file's lines; close it when done
   */
  public static JsonLinesReader<CandidateRecord> reader(Path file, ReadOptions options) {
    return new JsonLinesReader<>(
        InputFiles.open(file), InputFiles.name(file), options, new CandidateMapper());
  }

  /**
   * Reads {@code in}, naming it {@code sourceName} in messages.
   *
   * @param in the JSON Lines stream (UTF-8), closed with the reader
   * @param sourceName the name used in messages
   * @param options limits, taxonomy and date to read with
   * @return a reader of the stream's lines; close it when done
   */
  public static JsonLinesReader<CandidateRecord> reader(
      InputStream in, String sourceName, ReadOptions options) {
    return new JsonLinesReader<>(
        requireNonNull(in, "in"),
        requireNonNull(sourceName, "sourceName"),
        requireNonNull(options, "options"),
        new CandidateMapper());
  }

  /**
   * Writes {@code record} (profile and audit block) as one line, with its {@code '\n'}.
   *
   * @param record the person
   * @param out where to write
   * @throws IOException when {@code out} fails
   */
  public static void write(CandidateRecord record, Writer out) throws IOException {
    JsonGenerator g = JsonOut.open(out);
    Candidate c = record.candidate();
    g.writeStartObject();
    g.writeStringField("id", c.id());
    JsonOut.location(g, c.location());
    JsonOut.number(g, "maxTravelKm", c.maxTravelKm());
    if (c.availableFrom().isPresent()) {
      g.writeStringField("availableFrom", c.availableFrom().get().toString());
    }
    if (c.hoursPerWeek().isPresent()) {
      g.writeNumberField("hoursPerWeek", c.hoursPerWeek().getAsInt());
    }
    if (c.birthYear().isPresent()) {
      g.writeNumberField("birthYear", c.birthYear().getAsInt());
    }
    if (!c.languages().isEmpty()) {
      g.writeArrayFieldStart("languages");
      for (LanguageLevel l : c.languages()) {
        g.writeStartObject();
        g.writeStringField("code", l.code());
        g.writeStringField("level", l.level().name());
        for (LanguageDimension d : LanguageDimension.values()) {
          if (l.dimensions().containsKey(d)) {
            g.writeStringField(
                d.name().toLowerCase(java.util.Locale.ROOT), l.dimensions().get(d).name());
          }
        }
        if (l.nativeSpeaker()) {
          g.writeBooleanField("native", true);
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeStringField("literacy", c.literacy().name());
    g.writeObjectFieldStart("education");
    if (c.education().isced().isPresent()) {
      g.writeNumberField("isced", c.education().isced().getAsInt());
    }
    g.writeStringField("germanSchoolCertificate", c.education().germanSchoolCertificate().name());
    g.writeEndObject();
    residence(g, c.residence());
    if (!c.drivingLicences().isEmpty()) {
      g.writeArrayFieldStart("drivingLicences");
      for (DrivingLicence d : DrivingLicence.values()) {
        if (c.drivingLicences().contains(d)) {
          g.writeString(d.name());
        }
      }
      g.writeEndArray();
    }
    if (!c.skills().isEmpty()) {
      g.writeArrayFieldStart("skills");
      for (SkillClaim s : c.skills()) {
        g.writeStartObject();
        JsonOut.skillRef(g, s.skill());
        g.writeStringField("evidence", s.evidence().name());
        if (s.years().isPresent()) {
          JsonOut.number(g, "years", s.years().getAsDouble());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!c.experience().isEmpty()) {
      g.writeArrayFieldStart("experience");
      for (Experience e : c.experience()) {
        g.writeStartObject();
        g.writeFieldName("occupation");
        JsonOut.concept(g, e.occupation());
        JsonOut.number(g, "years", e.years());
        JsonOut.optionalString(g, "country", e.country());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!c.qualifications().isEmpty()) {
      g.writeArrayFieldStart("qualifications");
      for (Qualification q : c.qualifications()) {
        g.writeStartObject();
        g.writeFieldName("occupation");
        JsonOut.concept(g, q.occupation());
        g.writeStringField("recognition", q.recognition().name());
        g.writeBooleanField("documents", q.documents());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!c.measures().isEmpty()) {
      g.writeArrayFieldStart("measures");
      for (Measure m : c.measures()) {
        g.writeStartObject();
        g.writeStringField("type", m.type().name());
        if (m.occupation().isPresent()) {
          g.writeFieldName("occupation");
          JsonOut.concept(g, m.occupation().get());
        }
        if (m.completed().isPresent()) {
          g.writeStringField("completed", m.completed().get().toString());
        }
        JsonOut.optionalString(g, "result", m.result());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!c.preferences().occupations().isEmpty() || !c.preferences().offerTypes().isEmpty()) {
      g.writeObjectFieldStart("preferences");
      if (!c.preferences().occupations().isEmpty()) {
        g.writeArrayFieldStart("occupations");
        for (var o : c.preferences().occupations()) {
          JsonOut.concept(g, o);
        }
        g.writeEndArray();
      }
      if (!c.preferences().offerTypes().isEmpty()) {
        g.writeArrayFieldStart("offerTypes");
        for (OfferType t : OfferType.values()) {
          if (c.preferences().offerTypes().contains(t)) {
            g.writeString(t.name());
          }
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    if (!record.audit().values().isEmpty()) {
      g.writeObjectFieldStart("audit");
      for (Map.Entry<String, String> e : record.audit().values().entrySet()) {
        g.writeStringField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
    JsonOut.endLine(g, out);
  }

  /**
   * {@return the line {@link #write} writes, without the {@code '\n'}}
   *
   * @param record the person
   */
  public static String toJson(CandidateRecord record) {
    StringWriter w = new StringWriter(512);
    try {
      write(record, w);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
    }
    return w.getBuffer().substring(0, w.getBuffer().length() - 1);
  }

  private static void residence(JsonGenerator g, Residence r) throws IOException {
    g.writeObjectFieldStart("residence");
    g.writeStringField("status", r.status().name());
    if (r.since().isPresent()) {
      g.writeStringField("since", r.since().get().toString());
    }
    if (r.validUntil().isPresent()) {
      g.writeStringField("validUntil", r.validUntil().get().toString());
    }
    if (r.workPermission().isPresent()) {
      g.writeStringField("workPermission", r.workPermission().get().name());
    }
    g.writeBooleanField("identityClarified", r.identityClarified());
    g.writeEndObject();
  }
}
