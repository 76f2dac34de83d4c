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
package org.chancengeber.matcher.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every message key of the library renders in all five output languages (issue 14): no key missing,
 * no placeholder lost, no fallback to English, and the text is in the language's script.
 */
final class MessageBundlesTest {
  private static final List<String> PACKAGES =
      List.of("model", "rules", "pathway", "scoring", "placement", "report");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");
  private static final Pattern ARABIC_SCRIPT = Pattern.compile("[\\u0600-\\u06FF]");
  private static final Pattern CYRILLIC = Pattern.compile("[\\u0400-\\u04FF]");

  /** Terms of German law, the same words in English and German output. */
  private static final Set<String> SAME_IN_GERMAN =
      Set.of(
          "model.term.ResidenceStatus.RECOGNISED",
          "model.term.ResidenceStatus.TEMPORARY_PROTECTION",
          "model.term.ResidenceStatus.GESTATTUNG",
          "model.term.ResidenceStatus.DULDUNG",
          "model.term.ResidenceStatus.AUSBILDUNGSDULDUNG",
          "model.term.ResidenceStatus.BESCHAEFTIGUNGSDULDUNG",
          "model.term.ResidenceStatus.CHANCEN",
          "model.term.SchoolCertificate.HAUPTSCHULE",
          "model.term.SchoolCertificate.MITTLERE_REIFE",
          "model.term.SchoolCertificate.ABITUR",
          "rules.step.licence",
          "report.optimal");

  @Test
  void everyKey_rendersInEveryLanguage_withItsPlaceholders() {
    int keys = 0;
    for (String pkg : PACKAGES) {
      Properties en = load(pkg, "");
      assertThat(en).as(pkg).isNotEmpty();
      for (Locale locale : Message.LOCALES) {
        String lang = locale.getLanguage();
        String suffix = lang.equals("en") ? "" : "_" + lang;
        Properties texts = load(pkg, suffix);
        assertThat(new TreeSet<>(texts.stringPropertyNames()))
            .as("keys of %s in %s", pkg, lang)
            .isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        for (String key : en.stringPropertyNames()) {
          String pattern = texts.getProperty(key);
          assertThat(placeholders(pattern))
              .as("%s in %s", key, lang)
              .isEqualTo(placeholders(en.getProperty(key)));
          String text = render(key, placeholders(pattern).size(), locale);
          String english = render(key, placeholders(pattern).size(), Locale.ENGLISH);
          assertThat(text).as("%s in %s", key, lang).isNotBlank().doesNotContain("{");
          switch (lang) {
            case "ar", "fa" ->
                assertThat(ARABIC_SCRIPT.matcher(text).find())
                    .as("%s in %s: %s", key, lang, text)
                    .isTrue();
            case "uk" ->
                assertThat(CYRILLIC.matcher(text).find()).as("%s in uk: %s", key, text).isTrue();
            case "de" -> {
              if (!SAME_IN_GERMAN.contains(key)) {
                assertThat(text).as("%s in de", key).isNotEqualTo(english);
              }
            }
            default -> {}
          }
          keys++;
        }
      }
    }
    assertThat(keys).isGreaterThan(5 * 300);
  }

  @Test
  void bundles_areFoundForEachLanguage_notTheEnglishFallback() {
    for (String pkg : PACKAGES) {
      for (Locale locale : Message.LOCALES) {
        // no ResourceBundle.Control: the tests run in the named module, where it is not supported;
        // English is the base bundle (asked for as ROOT, so the JVM's default locale plays no part)
        boolean english = locale.getLanguage().equals("en");
        ResourceBundle b =
            ResourceBundle.getBundle(
                "org.chancengeber.matcher." + pkg + ".messages", english ? Locale.ROOT : locale);
        String expected = english ? "" : locale.getLanguage();
        assertThat(b.getLocale().getLanguage()).as(pkg + " " + locale).isEqualTo(expected);
      }
    }
  }

  @Test
  void typedArguments_renderInTheOutputLanguage() {
    Message m =
        Message.of("rules.gap.permit_expired", LocalDate.of(2026, 12, 1), ResidenceStatus.DULDUNG);
    assertThat(m.render(Locale.ENGLISH)).isEqualTo("Duldung expired on 2026-12-01");
    assertThat(m.render(Locale.GERMAN)).isEqualTo("Duldung am 1. Dezember 2026 abgelaufen");
    assertThat(m.render(Locale.forLanguageTag("uk")))
        .isEqualTo(
            "Duldung (тимчасове зупинення депортації, не дозвіл на проживання): строк дії"
                + " закінчився 1 грудня 2026");
    assertThat(m.render(Locale.forLanguageTag("ar"))).contains("ديسمبر").contains("Duldung");

    String cook = Message.concept(Map.of("en", "cook", "de", "Koch/Köchin", "ar", "طباخ"), "cook");
    String list = Message.list(List.of(cook, "Dach decken"));
    assertThat(Message.renderArg(list, Locale.GERMAN)).isEqualTo("Koch/Köchin, Dach decken");
    assertThat(Message.renderArg(list, Locale.forLanguageTag("ar"))).isEqualTo("طباخ، Dach decken");
    // no Persian label: German before English (the fallback order)
    assertThat(Message.renderArg(cook, Locale.forLanguageTag("fa"))).isEqualTo("Koch/Köchin");
    assertThat(Message.renderArg(Message.number("0.75"), Locale.GERMAN)).isEqualTo("0,75");
    assertThat(Message.renderArg(Message.term(Evidence.SELF_REPORTED), Locale.GERMAN))
        .isEqualTo("selbst angegeben");
  }

  @Test
  void language_knowsTheFiveAndRefusesOthers() {
    assertThat(Message.language("AR")).contains(Locale.forLanguageTag("ar"));
    assertThat(Message.language("uk")).contains(Locale.forLanguageTag("uk"));
    assertThat(Message.language("ti")).isEmpty();
    assertThat(Message.language("../x")).isEmpty();
  }

  private static String render(String key, int args, Locale locale) {
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < args; i++) {
      values.add("X" + i);
    }
    return Message.of(key, values.toArray()).render(locale);
  }

  private static Set<String> placeholders(String pattern) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(pattern);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static Properties load(String pkg, String suffix) {
    String name = "/org/chancengeber/matcher/" + pkg + "/messages" + suffix + ".properties";
    try (InputStream in = MessageBundlesTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
