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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chancengeber.matcher.rules.RuleFixtures.TODAY;
import static org.chancengeber.matcher.rules.RuleFixtures.offer;
import static org.chancengeber.matcher.rules.RuleFixtures.person;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.DrivingLicence;
import org.chancengeber.matcher.model.OfferType;
import org.chancengeber.matcher.model.ResidenceStatus;
import org.chancengeber.matcher.model.SchoolCertificate;
import org.chancengeber.matcher.model.Vacancy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class RuleFileTest {
  private static final String DEFAULTS = defaultsText();

  @Test
  void fromJson_defaultsText_behavesLikeGermanDefaults() {
    RuleSet copy = parse(DEFAULTS);
    Candidate c = person(ResidenceStatus.DULDUNG).build();
    Vacancy job = offer(OfferType.JOB).build();
    assertThat(copy.evaluate(c, job, TODAY))
        .isEqualTo(RuleSet.germanDefaults().evaluate(c, job, TODAY));
    assertThat(copy.name()).isEqualTo("german-defaults");
  }

  @Test
  void fromJson_overriddenActions_excludeInsteadOfGap() {
    RuleSet strict =
        parse(
            DEFAULTS
                .replace("\"name\": \"german-defaults\"", "\"name\": \"strict\"")
                .replace(
                    "\"drivingLicence\": {\"action\": \"GAP\"",
                    "\"drivingLicence\": {\"action\": \"EXCLUDE\"")
                .replace("\"hours\": {\"action\": \"GAP\"}", "\"hours\": {\"action\": \"EXCLUDE\"}")
                .replace(
                    "\"schoolCertificate\": {\"action\": \"GAP\"",
                    "\"schoolCertificate\": {\"action\": \"EXCLUDE\""));
    assertThat(strict.name()).isEqualTo("strict");
    Candidate c = person(ResidenceStatus.RECOGNISED).hoursPerWeek(20).build();
    Vacancy v =
        offer(OfferType.JOB)
            .drivingLicence(DrivingLicence.B)
            .hoursPerWeek(30)
            .requiresSchoolCertificate(SchoolCertificate.HAUPTSCHULE)
            .build();
    assertThat(RuleSetTest.render(strict.evaluate(c, v, TODAY).exclusions(), Locale.ENGLISH))
        .containsExactly(
            "Can work 20 h/week; the offer asks for 30 h/week",
            "Driving licence class B required",
            "School certificate required (Hauptschulabschluss); none yet");
    assertThat(RuleSetTest.render(strict.evaluate(c, v, TODAY).exclusions(), Locale.GERMAN))
        .containsExactly(
            "Kann 20 Std./Woche arbeiten; das Angebot verlangt 30 Std./Woche",
            "Führerschein Klasse B erforderlich",
            "Schulabschluss verlangt (Hauptschulabschluss); noch keiner");
    // the offer-type filter is unaffected: these rules depend on the offer
    assertThat(strict.possibleTypes(c, TODAY)).containsExactlyInAnyOrder(OfferType.values());
  }

  @Test
  void fromJson_changedLaw_statusAndWaitingPeriod() {
    RuleSet changed =
        parse(
            DEFAULTS
                .replace("\"bannedForFirstMonths\": 3", "\"bannedForFirstMonths\": 6")
                .replace(
                    "\"DULDUNG\": {\n      \"workPermission\": \"APPROVAL_REQUIRED\"",
                    "\"DULDUNG\": {\n      \"workPermission\": \"ALLOWED\""));
    Candidate duldung = person(ResidenceStatus.DULDUNG).build();
    assertThat(changed.evaluate(duldung, offer(OfferType.JOB).build(), TODAY))
        .isSameAs(Verdict.ELIGIBLE);
    Candidate gestattung =
        person(
                RuleFixtures.residence(
                    ResidenceStatus.GESTATTUNG,
                    TODAY.minusMonths(4),
                    Optional.empty(),
                    Optional.empty(),
                    true))
            .build();
    assertThat(
            RuleSetTest.gaps(
                changed.evaluate(gestattung, offer(OfferType.JOB).build(), TODAY), Locale.ENGLISH))
        .containsExactly(
            "No work allowed until 2027-01-21 (first 6 months of the asylum procedure)");
  }

  @Test
  void fromJson_path_readsTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("rules.json");
    Files.writeString(file, DEFAULTS.replace("\"toleranceDays\": 30", "\"toleranceDays\": 90"));
    RuleSet lenient = RuleSet.fromJson(file);
    Candidate late =
        person(ResidenceStatus.RECOGNISED).availableFrom(LocalDate.of(2027, 3, 1)).build();
    assertThat(
            lenient
                .evaluate(late, offer(OfferType.JOB).start(LocalDate.of(2027, 1, 1)).build(), TODAY)
                .eligible())
        .isTrue();
  }

  @Test
  void fromJson_missingFile_uncheckedIoErrorNamingIt(@TempDir Path dir) {
    Path missing = dir.resolve("nope.json");
    assertThatThrownBy(() -> RuleSet.fromJson(missing))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot read rules file " + missing);
  }

  @Test
  void fromJson_syntaxError_namesFileAndLine() {
    assertThatThrownBy(() -> parse("{\n  \"name\": \"x\",,\n}"))
        .isInstanceOf(RuleFileException.class)
        .hasMessage(
            "my-rules.json:2: Unexpected character (',' (code 44)): was expecting double-quote to"
                + " start field name");
  }

  @Test
  void fromJson_emptyOrTrailingContent_rejected() {
    assertThatThrownBy(() -> parse("")).hasMessage("my-rules.json: empty document");
    assertThatThrownBy(() -> parse(DEFAULTS + "\n{}"))
        .hasMessage(
            "my-rules.json:"
                + (DEFAULTS.split("\n", -1).length + 1)
                + ": unexpected content after the document");
  }

  @Test
  void fromJson_badEnumValue_namesFieldAndChoices() {
    String text =
        DEFAULTS.replace(
            "\"DULDUNG\": {\n      \"workPermission\": \"APPROVAL_REQUIRED\"",
            "\"DULDUNG\": {\n      \"workPermission\": \"MAYBE\"");
    RuleFileException e = error(text);
    assertThat(e)
        .hasMessage(
            "my-rules.json:"
                + lineOf(text, "\"MAYBE\"")
                + ": statuses.DULDUNG.workPermission: 'MAYBE' is not one of ALLOWED,"
                + " APPROVAL_REQUIRED, BANNED");
    assertThat(e.file()).isEqualTo("my-rules.json");
    assertThat(e.line()).isEqualTo(lineOf(text, "\"MAYBE\""));
    assertThat(e.field()).isEqualTo("statuses.DULDUNG.workPermission");
    assertThat(e.reason()).isEqualTo("'MAYBE' is not one of ALLOWED, APPROVAL_REQUIRED, BANNED");
  }

  @Test
  void fromJson_unknownStatusKey_rejected() {
    String text = DEFAULTS.replace("\"OTHER_PERMIT\": {", "\"REFUGEE\": {");
    assertThat(error(text))
        .hasMessage(
            "my-rules.json:"
                + lineOf(text, "\"REFUGEE\"")
                + ": statuses.REFUGEE: 'REFUGEE' is not one of RECOGNISED, TEMPORARY_PROTECTION,"
                + " GESTATTUNG, DULDUNG, AUSBILDUNGSDULDUNG, BESCHAEFTIGUNGSDULDUNG, CHANCEN,"
                + " OTHER_PERMIT");
  }

  @Test
  void fromJson_unknownField_listsKnownFields() {
    String text =
        DEFAULTS.replace(
            "\"hours\": {\"action\": \"GAP\"}", "\"hours\": {\"action\": \"GAP\", \"max\": 3}");
    assertThat(error(text))
        .hasMessage(
            "my-rules.json:"
                + lineOf(text, "\"max\"")
                + ": hours.max: unknown field (known fields: action)");
  }

  @Test
  void fromJson_missingSection_namesIt() {
    String text =
        DEFAULTS.replace(",\n  \"schoolCertificate\": {\"action\": \"GAP\", \"months\": 10}", "");
    assertThat(text).isNotEqualTo(DEFAULTS);
    assertThat(error(text)).hasMessage("my-rules.json:1: schoolCertificate: missing field");
  }

  @Test
  void fromJson_missingStatusEntry_namesIt() {
    int start = DEFAULTS.indexOf(",\n    \"OTHER_PERMIT\"");
    int end = DEFAULTS.indexOf("}", start) + 1;
    String text = DEFAULTS.substring(0, start) + DEFAULTS.substring(end);
    assertThat(error(text))
        .hasMessage(
            "my-rules.json:"
                + lineOf(text, "\"statuses\"")
                + ": statuses: missing entry for residence status OTHER_PERMIT");
  }

  @Test
  void fromJson_valueOutOfRange_orOfWrongType() {
    String hours =
        DEFAULTS.replace(
            "\"minHoursPerWeek\": 20,\n      \"priorityBelowAge\"",
            "\"minHoursPerWeek\": 200,\n      \"priorityBelowAge\"");
    assertThat(error(hours))
        .hasMessage(
            "my-rules.json:"
                + lineOf(hours, "200")
                + ": offerTypes.EQ.minHoursPerWeek: 200 is not in 0..168");
    String months =
        DEFAULTS.replace(
            "\"schoolCertificate\": {\"action\": \"GAP\", \"months\": 10}",
            "\"schoolCertificate\": {\"action\": \"GAP\", \"months\": \"ten\"}");
    assertThat(error(months))
        .hasMessage(
            "my-rules.json:"
                + lineOf(months, "\"ten\"")
                + ": schoolCertificate.months: expected a whole number, found 'ten'");
    String list = DEFAULTS.replace("\"allowedTypes\": [\"JOB\"]", "\"allowedTypes\": \"JOB\"");
    assertThat(error(list))
        .hasMessage(
            "my-rules.json:"
                + lineOf(list, "\"allowedTypes\": \"JOB\"")
                + ": statuses.BESCHAEFTIGUNGSDULDUNG.allowedTypes: expected an array, found 'JOB'");
  }

  @Test
  void fromJson_contradictoryValues_rejected() {
    String text =
        DEFAULTS.replace("\"permissionOnlyUpToWeeks\": 13", "\"permissionOnlyUpToWeeks\": 4");
    assertThat(error(text))
        .hasMessage(
            "my-rules.json:"
                + lineOf(text, "\"permissionOnlyUpToWeeks\": 4")
                + ": offerTypes.PRACTICAL_TRIAL.permissionOnlyUpToWeeks: 4 must not be below"
                + " permitFreeUpToWeeks (6): a permit-free offer needs no permission either");
  }

  @Test
  void fromJson_badDate_rejected() {
    String text = DEFAULTS.replace("\"2022-12-31\"", "\"31.12.2022\"");
    assertThat(error(text))
        .hasMessage(
            "my-rules.json:"
                + lineOf(text, "31.12.2022")
                + ": statuses.DULDUNG.employmentToleration.enteredBy: '31.12.2022' is not a date"
                + " (YYYY-MM-DD)");
  }

  // ---- helpers ----

  private static RuleSet parse(String text) {
    return RuleSet.fromJson(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "my-rules.json");
  }

  private static RuleFileException error(String text) {
    try {
      parse(text);
    } catch (RuleFileException e) {
      return e;
    }
    throw new AssertionError("expected a RuleFileException");
  }

  private static int lineOf(String text, String needle) {
    int at = text.indexOf(needle);
    assertThat(at).as("'%s' in the rule text", needle).isNotNegative();
    return (int) text.substring(0, at).chars().filter(ch -> ch == '\n').count() + 1;
  }

  private static String defaultsText() {
    try (InputStream in = RuleSet.class.getResourceAsStream("german-defaults.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
