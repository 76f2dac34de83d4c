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
package org.chancengeber.matcher.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.chancengeber.matcher.model.Message;

/** Checks shared by the rule and pathway tests. */
public final class MessageChecks {
  private MessageChecks() {}

  /** The message has an English and a German text, different, with all placeholders filled. */
  public static void assertRenders(Message m) {
    for (Locale locale : Message.LOCALES) {
      String text = m.render(locale);
      assertThat(text)
          .as("%s in %s", m.key(), locale)
          .doesNotStartWith(m.key())
          .doesNotContain("{");
    }
    assertThat(m.render(Locale.GERMAN)).as(m.key()).isNotEqualTo(m.render(Locale.ENGLISH));
  }
}
