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

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.chancengeber.matcher.model.Exclusion;
import org.chancengeber.matcher.model.Message;
import org.junit.jupiter.api.Test;

final class ExclusionFormatTest {
  @Test
  void write_oneLineWithRenderedReasons() throws Exception {
    Exclusion e =
        new Exclusion(
            "c-1",
            "v-\"2\"",
            List.of(Message.of("iotest.language", "A2", "B1"), Message.of("no.such.key", "x")));
    StringWriter w = new StringWriter();

    ExclusionFormat.write(e, w, Locale.ENGLISH);

    assertThat(w.toString())
        .isEqualTo(
            "{\"candidate\":\"c-1\",\"vacancy\":\"v-\\\"2\\\"\",\"reasons\":"
                + "[\"German A2, offer needs B1\",\"no.such.key x\"],"
                + "\"codes\":[\"OTHER\",\"OTHER\"]}\n");
  }
}
