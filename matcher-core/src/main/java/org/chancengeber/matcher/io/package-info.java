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
/**
 * JSON Lines reading and writing of people, offers and matches, with validation that loses no line
 * and explains every error.
 *
 * <h2>Reading</h2>
 *
 * <pre>{@code
 * try (JsonLinesReader<CandidateRecord> r = CandidateFormat.reader(path, ReadOptions.DEFAULTS)) {
 *   while (r.hasNext()) {
 *     switch (r.next()) {
 *       case LineResult.Accepted<CandidateRecord> a -> use(a.value().candidate());
 *       case LineResult.Rejected<CandidateRecord> x -> x.errors().forEach(System.err::println);
 *     }
 *   }
 *   ReadCounts counts = r.counts(); // read == accepted + rejected
 * }
 * }</pre>
 *
 * <p>Each non-blank line becomes one {@link org.chancengeber.matcher.io.LineResult}: accepted, with
 * warnings (unknown fields; concept ids unknown to the taxonomy given in {@link
 * org.chancengeber.matcher.io.ReadOptions}), or rejected with every error found, each an {@link
 * org.chancengeber.matcher.io.InputError} that prints as {@code file:line: field: message}, e.g.
 * {@code candidates.jsonl:17: languages[0].level: not a CEFR level (A1..C2)}. Only a stream that
 * cannot be read at all throws ({@link org.chancengeber.matcher.io.InputFileException}).
 *
 * <p><b>Personal data in messages.</b> The printed form ({@code toString()}, for stderr and the
 * terminal) never echoes an input value: no birth year, date, coordinate, free text, id or audit
 * value (a value of the wrong type is named by its kind: {@code expected a whole number, got a
 * string}; a token Jackson quotes from a broken line is left out). {@link
 * org.chancengeber.matcher.io.InputError#detailed()} adds the offending value ({@code "B3" is not a
 * CEFR level (A1..C2)}) and is what {@link org.chancengeber.matcher.io.RejectsWriter} writes: the
 * rejects file carries personal data like the input and must be kept like it.
 *
 * <p><b>The audit block</b> (protected attributes for fairness reports; it never reaches the
 * engine: {@link org.chancengeber.matcher.model.Candidate} has no path to it) never rejects a
 * person, since it must not affect matching at all: a block that is not an object, or a value that
 * is not a string, is dropped with a warning; keys other than {@code gender} and {@code
 * nationality} are kept with a warning (a typo, or data that may not belong there).
 *
 * <p>Input is UTF-8 with or without byte order mark; LF, CRLF and CR-only line ends all end a line
 * (and count it: a CR-only file has the same line numbers as its LF version); a line that is not
 * valid UTF-8 is rejected on its own. Memory stays flat for any file size: lines are split and
 * decoded by the reader itself within {@link org.chancengeber.matcher.io.ReadLimits}, which holds
 * every limit against hostile input (line length, nesting depth, list size, string and number
 * length) with documented defaults; a breached limit rejects the line and names the limit to raise.
 * Ids are checked to be unique within a file in a compact set: the one part of a reader that grows
 * with the file, by about 40 bytes per distinct id (a 1,000,000-line file reads in a 64 MB heap,
 * with about 40 MB live at the end). Valid UTF-8 lines go to Jackson's byte parser directly; the
 * reader's own UTF-8 check is as strict as a {@code CharsetDecoder} set to {@code REPORT}.
 *
 * <h2>The rules</h2>
 *
 * <ul>
 *   <li>Ids match {@code [A-Za-z0-9._:-]{1,64}} and are unique within a file: a later line with an
 *       id seen on an accepted line is rejected, the first is kept.
 *   <li>Enum values are written exactly as in PRODUCT.md (upper case); CEFR levels {@code A1..C2};
 *       language codes {@code [a-z]{2,3}}; country codes {@code [A-Z]{2}}; dates {@code YYYY-MM-DD}
 *       and real (no 30 February).
 *   <li>Ranges: {@code lat} -90..90, {@code lon} -180..180 (NaN and infinities rejected), {@code
 *       maxTravelKm} 0..1000, {@code years} 0..60, {@code hoursPerWeek} 1..60, {@code places}
 *       1..2147483647, {@code durationMonths} 1..120, {@code isced} 0..8, {@code birthYear} such
 *       that the person is 14 to 80 years old in the current year of {@link
 *       org.chancengeber.matcher.io.ReadOptions#clock()}.
 *   <li>Contradictions: {@code residence.validUntil} before {@code residence.since}; a language
 *       listed twice; a skill given both as {@code skill} and as {@code text}.
 *   <li>Wherever a concept id is expected, {@code {"text": "kochen", "lang": "de"}} may stand
 *       instead ({@link org.chancengeber.matcher.model.ConceptRef.Text}); in skill entries {@code
 *       text} and {@code lang} may also stand inline in place of {@code skill}. JSON {@code null}
 *       counts as an absent field.
 * </ul>
 *
 * <h2>Defaults for omitted optional fields</h2>
 *
 * <table>
 *   <caption>Candidate</caption>
 *   <tr><th>field</th><th>default</th></tr>
 *   <tr><td>maxTravelKm</td><td>25</td></tr>
 *   <tr><td>availableFrom, hoursPerWeek, birthYear</td><td>unknown (empty)</td></tr>
 *   <tr><td>languages, drivingLicences, skills, experience, qualifications, measures</td>
 *       <td>empty</td></tr>
 *   <tr><td>languages[].native</td><td>false</td></tr>
 *   <tr><td>literacy</td><td>LATIN</td></tr>
 *   <tr><td>education</td><td>isced unknown, germanSchoolCertificate NONE</td></tr>
 *   <tr><td>residence.since, validUntil</td><td>unknown</td></tr>
 *   <tr><td>residence.workPermission</td><td>unknown: derived from the status by the rules</td></tr>
 *   <tr><td>residence.identityClarified</td><td>true</td></tr>
 *   <tr><td>skills[].evidence</td><td>SELF_REPORTED</td></tr>
 *   <tr><td>skills[].years</td><td>unknown</td></tr>
 *   <tr><td>qualifications[].recognition, documents</td><td>NONE, false</td></tr>
 *   <tr><td>preferences</td><td>no preference</td></tr>
 *   <tr><td>audit</td><td>empty</td></tr>
 * </table>
 *
 * <table>
 *   <caption>Vacancy</caption>
 *   <tr><th>field</th><th>default</th></tr>
 *   <tr><td>title, description</td><td>""</td></tr>
 *   <tr><td>employer.mentoring, languageSupport, experienceWithRefugees</td><td>false</td></tr>
 *   <tr><td>occupation, level, drivingLicence, start, durationMonths, hoursPerWeek</td>
 *       <td>none (empty)</td></tr>
 *   <tr><td>skills[].essential, languages[].essential</td><td>true</td></tr>
 *   <tr><td>requiresSchoolCertificate</td><td>NONE</td></tr>
 *   <tr><td>acceptsWithoutCertificates</td><td>true</td></tr>
 *   <tr><td>places</td><td>1</td></tr>
 * </table>
 *
 * <p>Required: candidate {@code id}, {@code location} ({@code lat}, {@code lon}), {@code
 * residence.status}; in lists, {@code languages[].code} and {@code level}, the skill ({@code
 * skill}, or {@code text} with {@code lang}), {@code experience[].occupation} and {@code years},
 * {@code qualifications[].occupation}, {@code measures[].type}. Vacancy {@code id}, {@code
 * employer} ({@code id}, {@code name}), {@code type}, {@code location}; {@code languages[].code}
 * and {@code min}.
 *
 * <h2>Writing</h2>
 *
 * <p>{@link org.chancengeber.matcher.io.CandidateFormat#write}, {@link
 * org.chancengeber.matcher.io.VacancyFormat#write} and {@link
 * org.chancengeber.matcher.io.MatchFormat#write(org.chancengeber.matcher.model.Match,
 * java.io.Writer, java.util.Locale)} write one line each, deterministically (sets in enum order,
 * numbers without exponent; match numbers rounded to 4 decimals). Reading what was written gives
 * equal candidates and vacancies. JSON Schemas (draft 2020-12) of the three formats are in {@code
 * docs/schema/}.
 */
package org.chancengeber.matcher.io;
