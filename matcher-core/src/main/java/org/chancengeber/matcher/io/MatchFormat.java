package org.chancengeber.matcher.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.chancengeber.matcher.model.Factor;
import org.chancengeber.matcher.model.Gap;
import org.chancengeber.matcher.model.Match;
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
 * decimals. Equal matches give byte-identical lines. The explanation tree is not part of the line.
 */
public final class MatchFormat {
  private MatchFormat() {}

  /** Writes {@code m} as one line in English, with its {@code '\n'}. */
  public static void write(Match m, Writer out) throws IOException {
    write(m, out, Locale.ENGLISH);
  }

  /** Writes {@code m} as one line with details in {@code locale}, with its {@code '\n'}. */
  public static void write(Match m, Writer out, Locale locale) throws IOException {
    JsonGenerator g = JsonOut.open(out);
    g.writeStartObject();
    g.writeStringField("candidate", m.candidate());
    g.writeNumberField("rank", m.rank());
    g.writeStringField("vacancy", m.vacancy());
    g.writeFieldName("score");
    g.writeNumber(JsonOut.round4(m.score()));
    g.writeStringField("readiness", m.readiness().name());
    g.writeNumberField("readyInMonths", m.readyInMonths());
    g.writeArrayFieldStart("factors");
    for (Factor f : m.factors()) {
      g.writeStartObject();
      g.writeStringField("name", f.name());
      g.writeFieldName("value");
      g.writeNumber(JsonOut.round4(f.value()));
      g.writeFieldName("weight");
      g.writeNumber(JsonOut.round4(f.weight()));
      g.writeStringField("detail", f.detail().render(locale));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("gaps");
    for (Gap gap : m.gaps()) {
      g.writeStartObject();
      g.writeStringField("kind", gap.kind().name());
      g.writeStringField("detail", gap.detail().render(locale));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("pathway");
    for (PathwayStep s : m.pathway()) {
      g.writeStartObject();
      g.writeStringField("step", s.step().name());
      g.writeStringField("detail", s.detail().render(locale));
      g.writeNumberField("months", s.months());
      g.writeNumberField("startMonth", s.startMonth());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    JsonOut.endLine(g, out);
  }

  /** The line {@link #write(Match, Writer, Locale)} writes, without the {@code '\n'}. */
  public static String toJson(Match m, Locale locale) {
    return JsonOut.line(w -> write(m, w, locale));
  }
}
