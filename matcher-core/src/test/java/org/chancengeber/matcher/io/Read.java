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

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.chancengeber.matcher.model.CandidateRecord;
import org.chancengeber.matcher.model.Vacancy;

/** Test helpers: read lines of text with a fixed "today". */
final class Read {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
  static final ReadOptions OPTIONS = ReadOptions.DEFAULTS.withToday(TODAY);

  private Read() {}

  static List<LineResult<CandidateRecord>> candidates(String... lines) {
    return candidates(OPTIONS, String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
  }

  static List<LineResult<CandidateRecord>> candidates(ReadOptions options, byte[] bytes) {
    try (JsonLinesReader<CandidateRecord> r =
        CandidateFormat.reader(new ByteArrayInputStream(bytes), "candidates.jsonl", options)) {
      List<LineResult<CandidateRecord>> out = new ArrayList<>();
      r.forEachRemaining(out::add);
      return out;
    }
  }

  static List<LineResult<Vacancy>> vacancies(String... lines) {
    byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    try (JsonLinesReader<Vacancy> r =
        VacancyFormat.reader(new ByteArrayInputStream(bytes), "vacancies.jsonl", OPTIONS)) {
      List<LineResult<Vacancy>> out = new ArrayList<>();
      r.forEachRemaining(out::add);
      return out;
    }
  }

  /** The error messages of a result in printed form (empty for accepted lines). */
  static List<String> errors(LineResult<?> r) {
    return r instanceof LineResult.Rejected<?> x
        ? x.errors().stream().map(InputError::detailed).toList()
        : List.of();
  }

  /** The warnings of an accepted line in printed form. */
  static List<String> warnings(LineResult<?> r) {
    return r instanceof LineResult.Accepted<?> a
        ? a.warnings().stream().map(InputError::detailed).toList()
        : List.of();
  }

  /** The single error of a one-line candidate input with {@code json}. */
  static List<String> candidateErrors(String json) {
    List<LineResult<CandidateRecord>> r = candidates(json);
    if (r.size() != 1) {
      throw new AssertionError("expected one result, got " + r);
    }
    return errors(r.get(0));
  }

  static List<String> vacancyErrors(String json) {
    List<LineResult<Vacancy>> r = vacancies(json);
    if (r.size() != 1) {
      throw new AssertionError("expected one result, got " + r);
    }
    return errors(r.get(0));
  }
}
