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
import org.chancengeber.matcher.model.Exclusion;
import org.chancengeber.matcher.model.Message;
import org.chancengeber.matcher.report.ExclusionCode;

/**
 * Offers left out for a person, one JSON line each, with the rules' reasons rendered in a locale:
 *
 * <pre>{@code
 * {"candidate": "c-1001", "vacancy": "v-2001",
 *  "reasons": ["Age 22 is below the minimum age of 25 for this offer type"],
 *  "codes": ["AGE"]}
 * }</pre>
 *
 * {@code codes} holds the {@link ExclusionCode} of each reason, in the same order.
 */
public final class ExclusionFormat {
  private ExclusionFormat() {}

  /**
   * Writes {@code e} as one line with reasons in {@code locale}, with its {@code '\n'}.
   *
   * @param e the exclusion
   * @param out where to write
   * @param locale the language of the reasons
   * @throws IOException when {@code out} fails
   */
  public static void write(Exclusion e, Writer out, Locale locale) throws IOException {
    JsonGenerator g = JsonOut.open(out);
    g.writeStartObject();
    g.writeStringField("candidate", e.candidate());
    g.writeStringField("vacancy", e.vacancy());
    g.writeArrayFieldStart("reasons");
    for (Message m : e.reasons()) {
      g.writeString(m.render(locale));
    }
    g.writeEndArray();
    g.writeArrayFieldStart("codes");
    for (Message m : e.reasons()) {
      g.writeString(ExclusionCode.of(m).name());
    }
    g.writeEndArray();
    g.writeEndObject();
    JsonOut.endLine(g, out);
  }
}
