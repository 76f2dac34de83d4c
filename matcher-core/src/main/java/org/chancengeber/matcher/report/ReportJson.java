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
package org.chancengeber.matcher.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.chancengeber.matcher.placement.Assignment;

/**
 * {@code report.json} (PRODUCT.md; schema {@code docs/schema/report.schema.json}): the numbers of a
 * {@link CohortReport}, indented, shares and scores rounded half-up to 4 decimals. The same report
 * always gives the same bytes.
 */
public final class ReportJson {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private ReportJson() {}

  /**
   * Writes the report as one JSON object ({@code report.json}).
   *
   * @param r the report
   * @param out where to write
   * @throws IOException when {@code out} fails
   */
  public static void write(CohortReport r, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out).useDefaultPrettyPrinter()) {
      g.writeStartObject();
      g.writeStringField("today", r.today().toString());
      g.writeNumberField("horizonMonths", r.horizonMonths());
      g.writeNumberField("top", r.top());
      g.writeNumberField("people", r.people());
      g.writeNumberField("offers", r.offers());
      g.writeNumberField("places", r.places());
      g.writeNumberField("readyNow", r.readyNow());
      g.writeNumberField("reachable", r.reachable());
      g.writeNumberField("noOffer", r.noOffer());
      g.writeArrayFieldStart("monthsToReady");
      for (CohortReport.Bucket b : r.monthsToReady()) {
        g.writeStartObject();
        g.writeStringField("months", b.months());
        g.writeNumberField("people", b.people());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("hurdles");
      for (CohortReport.Hurdle h : r.hurdles()) {
        g.writeStartObject();
        g.writeStringField("kind", h.kind().name());
        g.writeNumberField("people", h.people());
        g.writeNumberField("blocked", h.blocked());
        g.writeNumberField("delayed", h.delayed());
        g.writeNumberField("offersBlocked", h.offersBlocked());
        g.writeArrayFieldStart("cities");
        for (CohortReport.CityCount c : h.cities()) {
          g.writeStartObject();
          g.writeStringField("city", c.city());
          g.writeNumberField("people", c.people());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("exclusions");
      for (CohortReport.CodeCount c : r.exclusions()) {
        g.writeStartObject();
        g.writeStringField("code", c.code().name());
        g.writeNumberField("pairs", c.pairs());
        g.writeNumberField("people", c.people());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("interventions");
      for (CohortReport.Intervention i : r.interventions()) {
        g.writeStartObject();
        g.writeStringField("kind", i.kind().name());
        g.writeStringField("target", i.target());
        g.writeNumberField("people", i.people());
        g.writeNumberField("offersReachable", i.offersReachable());
        g.writeNumberField("offersReadyNow", i.offersReadyNow());
        g.writeEndObject();
      }
      g.writeEndArray();
      if (r.placements().isPresent()) {
        CohortReport.Placements p = r.placements().get();
        g.writeObjectFieldStart("placements");
        g.writeStringField("method", p.method());
        summary(g, "optimal", p.optimal());
        summary(g, "greedy", p.greedy());
        g.writeEndObject();
      } else {
        g.writeNullField("placements");
      }
      g.writeObjectFieldStart("groups");
      for (Map.Entry<String, List<CohortReport.Group>> e : r.groups().entrySet()) {
        g.writeArrayFieldStart(e.getKey());
        for (CohortReport.Group x : e.getValue()) {
          g.writeStartObject();
          g.writeStringField("value", x.value());
          g.writeNumberField("people", x.people());
          g.writeNumberField("readyNow", x.readyNow());
          number(g, "readyNowShare", x.readyNowShare());
          number(g, "meanBestScore", x.meanBestScore());
          g.writeNumberField("placed", x.placed());
          number(g, "placementRate", x.placementRate());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    out.write('\n');
  }

  private static void summary(JsonGenerator g, String name, Assignment.Summary s)
      throws IOException {
    g.writeObjectFieldStart(name);
    g.writeNumberField("placed", s.placed());
    g.writeNumberField("placesFilled", s.placed());
    g.writeNumberField("places", s.places());
    g.writeNumberField("readyNow", s.readyNow());
    g.writeNumberField("firstChoice", s.firstChoice());
    g.writeNumberField("offersUsed", s.offersUsed());
    number(g, "totalScore", s.totalScore());
    number(g, "worstScore", s.worstScore());
    g.writeObjectFieldStart("unplaced");
    for (Map.Entry<?, Integer> e : new TreeMap<>(s.unplaced()).entrySet()) {
      g.writeNumberField(e.getKey().toString(), e.getValue());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  static String round4(double d) {
    return BigDecimal.valueOf(d)
        .setScale(4, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }

  private static void number(JsonGenerator g, String name, double d) throws IOException {
    g.writeFieldName(name);
    g.writeNumber(round4(d));
  }
}
