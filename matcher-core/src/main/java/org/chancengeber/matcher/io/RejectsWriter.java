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
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes rejected lines as JSON Lines, one per rejected input line: {@code {"line": 17, "id":
 * "c-17", "errors": ["candidates.jsonl:17: languages[0].level: \"B3\" is not a CEFR level
 * (A1..C2)"]}} ({@code id} only where it was known). The errors are {@link InputError#detailed()}:
 * they show the offending values, which may be personal data, so the file must be kept like the
 * input (the command line creates it owner-only). Closing it closes the writer.
 */
public final class RejectsWriter implements Closeable, Flushable {
  private final Writer out;
  private long written;

  /**
   * A writer of rejected lines to {@code out}.
   *
   * @param out where to write; not closed by this writer
   */
  public RejectsWriter(Writer out) {
    this.out = requireNonNull(out, "out");
  }

  /**
   * Writes one rejected line, with its line number, id where valid and detailed errors.
   *
   * @param rejected the rejected line
   * @throws IOException when {@code out} fails
   */
  public void write(LineResult.Rejected<?> rejected) throws IOException {
    JsonGenerator g = JsonOut.open(out);
    g.writeStartObject();
    g.writeNumberField("line", rejected.line());
    if (rejected.id().isPresent()) {
      g.writeStringField("id", rejected.id().get());
    }
    g.writeArrayFieldStart("errors");
    for (InputError e : rejected.errors()) {
      g.writeString(e.detailed());
    }
    g.writeEndArray();
    g.writeEndObject();
    JsonOut.endLine(g, out);
    written++;
  }

  /** {@return rejected lines written so far} */
  public long written() {
    return written;
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
