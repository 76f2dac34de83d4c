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
package org.chancengeber.matcher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.chancengeber.matcher.model.Message;
import org.chancengeber.matcher.pathway.PathwayPlanner;
import org.chancengeber.matcher.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14 on the command line: the five languages, the config files, the fixed errors. */
final class LanguagesAndConfigTest {
  private static final Pattern ARABIC_SCRIPT = Pattern.compile("[\\u0600-\\u06FF]");

  @TempDir Path dir;

  // ---- languages ----

  @Test
  void explain_inArabic_readsInArabic_withoutEnumNames() {
    Cli r = explain("--lang", "ar");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("الشخص: c-case-a2")
        .contains("العرض: v-case-apprenticeship")
        .contains("الطريق:")
        .contains("دورة اللغة الألمانية المهنية (Berufssprachkurs) A2→B1")
        .contains("(الشرح الكامل: --detail full)");
    for (String leak : new String[] {"LANGUAGE_COURSE", "READY_NOW", "SELF_REPORTED", "months"}) {
      assertThat(r.out()).as(leak).doesNotContain(leak);
    }
  }

  @Test
  void explain_inEveryLanguage_noEnglishHeadingsLeft() {
    String english = explain().out();
    for (String lang : new String[] {"de", "ar", "fa", "uk"}) {
      Cli r = explain("--lang", lang);
      assertThat(r.exitCode()).as(lang + ": " + r.err()).isZero();
      assertThat(r.out())
          .as(lang)
          .doesNotContain("Pathway:")
          .doesNotContain("Gaps:")
          .doesNotContain("reachable in")
          .doesNotContain("LANGUAGE:");
      assertThat(r.out()).as(lang).isNotEqualTo(english);
    }
  }

  @Test
  void explain_detailFull_addsTheTree_shortIsTheDefault() {
    String brief = explain().out();
    String full = explain("--detail", "full").out();
    assertThat(full).contains("= score = fit").contains("specificity");
    assertThat(brief).contains("What decides:").doesNotContain("specificity");
    assertThat(brief.lines().count()).isLessThan(full.lines().count());
    Cli bad = explain("--detail", "long");
    assertThat(bad.exitCode()).isEqualTo(MatcherCli.USAGE);
    assertThat(bad.err())
        .isEqualTo("matcher explain: --detail: 'long' is not one of short, full\n");
  }

  @Test
  void lang_unknown_usageErrorNamesTheFive() {
    Cli r = explain("--lang", "ti");
    assertThat(r.exitCode()).isEqualTo(MatcherCli.USAGE);
    assertThat(r.err())
        .isEqualTo(
            "matcher explain: --lang: 'ti' is not supported (expected en, de, ar, fa or uk)\n");
  }

  @Test
  void csv_inArabic_holdsArabicTextInItsColumns() {
    Cli r = Cli.match("--format", "csv", "--top", "2", "--lang", "ar");
    assertThat(r.exitCode()).as(r.err()).isIn(0, 1);
    String[] lines = r.out().split("\n");
    assertThat(lines[0])
        .isEqualTo("candidate,rank,vacancy,score,readiness,readyInMonths,gaps,pathway");
    assertThat(r.out()).containsPattern(ARABIC_SCRIPT).doesNotContain(" mo)");
  }

  @Test
  void cliBundle_everyKeyInEveryLanguage() throws IOException {
    Properties en = load("");
    for (Locale l : Message.LOCALES) {
      String lang = l.getLanguage();
      Properties p = load(lang.equals("en") ? "" : "_" + lang);
      assertThat(new TreeSet<>(p.stringPropertyNames()))
          .as(lang)
          .isEqualTo(new TreeSet<>(en.stringPropertyNames()));
      for (String key : en.stringPropertyNames()) {
        String text = Texts.t(l, key, "X0", "X1", "X2", "X3", "X4");
        assertThat(text).as(key + " " + lang).doesNotContain("{").doesNotStartWith("cli.");
        if (lang.equals("ar") || lang.equals("fa")) {
          assertThat(ARABIC_SCRIPT.matcher(text).find()).as(key + " " + lang).isTrue();
        }
      }
    }
  }

  // ---- the fixed errors ----

  @Test
  void today_notIso_saysTheForm_exit2() {
    Cli r = Cli.run("match", "--today", "01.12.2026");
    assertThat(r.exitCode()).isEqualTo(MatcherCli.USAGE);
    assertThat(r.err())
        .startsWith(
            "Invalid value for option '--today': '01.12.2026' is not a date in the form"
                + " YYYY-MM-DD (e.g. 2026-12-01)\n")
        .doesNotContain("DateTimeParseException");
  }

  @Test
  void demo_topZero_usageError() {
    Cli r = Cli.run("demo", "--top", "0");
    assertThat(r.exitCode()).isEqualTo(MatcherCli.USAGE);
    assertThat(r.err()).isEqualTo("matcher demo: --top: 0 must be at least 1\n");
  }

  @Test
  void validate_misspeltField_rejectsTheLine_didYouMean_exit1() throws IOException {
    Path people = dir.resolve("people.jsonl");
    Files.writeString(
        people, person("c-1", "\"languages\"") + "\n" + person("c-2", "\"langauges\"") + "\n");
    Cli r = Cli.run("validate", "--candidates", people.toString());
    assertThat(r.exitCode()).isEqualTo(MatcherCli.SOME_REJECTED);
    assertThat(r.out())
        .contains("people.jsonl:2: langauges: unknown field; did you mean languages?\n")
        .endsWith("1 valid, 1 rejected\n");
  }

  @Test
  void validate_unknownSkillId_warnsAsMatchDoes() throws IOException {
    Path people = dir.resolve("people.jsonl");
    Files.writeString(
        people,
        "{\"id\":\"c-1\",\"location\":{\"lat\":51.3,\"lon\":9.5},"
            + "\"residence\":{\"status\":\"RECOGNISED\"},"
            + "\"skills\":[{\"skill\":\"http://data.europa.eu/esco/skill/no-such-skill\"}]}\n");
    Cli r = Cli.run("validate", "--candidates", people.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("warning: people.jsonl:1: skills[0].skill: not a skill in the taxonomy")
        .endsWith("1 valid, 0 rejected\n");
  }

  // ---- config files ----

  @Test
  void rules_misspeltField_namesFileLineFieldAndTheMeantOne_exit2() throws IOException {
    Path rules = dir.resolve("rules.json");
    Files.writeString(
        rules, resource(RuleSet.class).replace("\"permitExpiry\":", "\"permitExpiri\":"));
    Cli r = Cli.match("--rules", rules.toString());
    assertThat(r.exitCode()).isEqualTo(MatcherCli.USAGE);
    assertThat(r.err())
        .isEqualTo(
            "matcher match: --rules: "
                + rules
                + ":86: permitExpiri: unknown field; did you mean permitExpiry?\n");
  }

  @Test
  void durations_andProfile_badFields_sameStyle_exit2() throws IOException {
    Path durations = dir.resolve("durations.json");
    Files.writeString(
        durations, resource(PathwayPlanner.class).replace("\"uePerWeek\"", "\"uePerWek\""));
    Cli d = Cli.match("--durations", durations.toString());
    assertThat(d.exitCode()).isEqualTo(MatcherCli.USAGE);
    assertThat(d.err())
        .isEqualTo(
            "matcher match: --durations: "
                + durations
                + ":4: uePerWek: unknown field; did you mean uePerWeek?\n");

    Path profile = dir.resolve("profile.json");
    Files.writeString(profile, "{\n  \"minFit\": 2\n}\n");
    Cli p = Cli.match("--profile", profile.toString());
    assertThat(p.exitCode()).isEqualTo(MatcherCli.USAGE);
    assertThat(p.err()).startsWith("matcher match: --profile: " + profile + ":2: minFit: ");
  }

  @Test
  void configFiles_valid_areUsed_horizonZero_onlyReadyNow() throws IOException {
    Path rules = dir.resolve("rules.json");
    Files.writeString(rules, resource(RuleSet.class));
    Path durations = dir.resolve("durations.json");
    Files.writeString(
        durations, resource(PathwayPlanner.class).replace("\"uePerWeek\": 25", "\"uePerWeek\": 5"));
    Cli r =
        Cli.match(
            "--rules", rules.toString(), "--durations", durations.toString(), "--horizon", "0");
    assertThat(r.exitCode()).as(r.err()).isIn(0, 1);
    assertThat(r.out().lines())
        .isNotEmpty()
        .allMatch(l -> l.contains("\"readiness\":\"READY_NOW\""));
    Cli bad = Cli.match("--horizon", "-1");
    assertThat(bad.exitCode()).isEqualTo(MatcherCli.USAGE);
    assertThat(bad.err()).isEqualTo("matcher match: --horizon: -1 is not in 0..600\n");
  }

  // ---- helpers ----

  private static Cli explain(String... more) {
    String[] args = {
      "explain",
      "--candidate",
      "c-case-a2",
      "--vacancy",
      "v-case-apprenticeship",
      "--today",
      "2026-12-01"
    };
    String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return Cli.run(all);
  }

  private static String person(String id, String languagesField) {
    return "{\"id\":\""
        + id
        + "\",\"location\":{\"lat\":51.3,\"lon\":9.5},"
        + "\"residence\":{\"status\":\"RECOGNISED\"},"
        + languagesField
        + ":[{\"code\":\"de\",\"level\":\"B1\"}]}";
  }

  private static String resource(Class<?> owner) throws IOException {
    try (InputStream in = owner.getResourceAsStream("german-defaults.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Properties load(String suffix) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        Texts.class.getResourceAsStream(
            "/org/chancengeber/matcher/cli/messages" + suffix + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
