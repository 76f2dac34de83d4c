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
