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
import org.chancengeber.matcher.placement.Choice;
import org.chancengeber.matcher.placement.Placement;
import org.chancengeber.matcher.placement.Unplaced;

/**
 * The placement JSON Lines format of {@code matcher assign} (PRODUCT.md; schema {@code
 * docs/schema/placement.schema.json}), one line per person:
 *
 * <pre>{@code
 * {"candidate": "c-1001", "vacancy": "v-2001", "score": 0.83, "readiness": "REACHABLE",
 *  "readyInMonths": 4, "rankInOwnList": 2, "reason": null, "detail": null}
 * {"candidate": "c-1002", "vacancy": null, "score": null, "readiness": null,
 *  "readyInMonths": null, "rankInOwnList": null, "reason": "PLACES_TAKEN",
 *  "detail": "the places of the eligible offers went to others"}
 * }</pre>
 *
 * {@code reason} is a code ({@link Unplaced}), {@code detail} its text in the given locale; both
 * are null for a placed person. The score is rounded half-up to 4 decimals.
 */
public final class PlacementFormat {
  private PlacementFormat() {}

  /**
   * Writes {@code p} as one line, with its {@code '\n'}.
   *
   * @param p the placement
   * @param out where to write
   * @param locale the language of the reason's detail
   * @throws IOException when {@code out} fails
   */
  public static void write(Placement p, Writer out, Locale locale) throws IOException {
    JsonGenerator g = JsonOut.open(out);
    g.writeStartObject();
    g.writeStringField("candidate", p.candidate());
    if (p.choice().isPresent()) {
      Choice c = p.choice().get();
      g.writeStringField("vacancy", c.vacancy());
      g.writeFieldName("score");
      g.writeNumber(JsonOut.round4(c.score()));
      g.writeStringField("readiness", c.readiness().name());
      g.writeNumberField("readyInMonths", c.readyInMonths());
      g.writeNumberField("rankInOwnList", c.rank());
      g.writeNullField("reason");
      g.writeNullField("detail");
    } else {
      Unplaced why = p.reason().orElseThrow();
      for (String f : new String[] {"vacancy", "score", "readiness", "readyInMonths"}) {
        g.writeNullField(f);
      }
      g.writeNullField("rankInOwnList");
      g.writeStringField("reason", why.name());
      g.writeStringField("detail", why.message().render(locale));
    }
    g.writeEndObject();
    JsonOut.endLine(g, out);
  }

  /**
   * {@return the line {@link #write} writes, without the {@code '\n'}}
   *
   * @param p the placement
   * @param locale the language of the reason's detail
   */
  public static String toJson(Placement p, Locale locale) {
    return JsonOut.line(w -> write(p, w, locale));
  }
}
