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
package org.chancengeber.matcher.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.chancengeber.matcher.io.CandidateFormat;
import org.chancengeber.matcher.io.VacancyFormat;
import org.chancengeber.matcher.taxonomy.Taxonomy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every embedded sample line, and what the generator's records look like when written, is valid by
 * the JSON Schemas in {@code docs/schema}. (That the io readers accept them all without a warning
 * is {@link SampleReadersTest}.)
 */
final class SampleSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Taxonomy taxonomy;

  @BeforeAll
  static void load() {
    taxonomy = SampleData.taxonomy();
  }

  static Path schemaDir() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path dir = p.resolve("docs").resolve("schema");
      if (Files.isDirectory(dir)) {
        return dir;
      }
    }
    throw new IllegalStateException("docs/schema not found above " + Path.of("").toAbsolutePath());
  }

  static JsonSchema schema(String name) {
    try (InputStream in = Files.newInputStream(schemaDir().resolve(name))) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(in, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Validates each non-blank line; returns how many there were. */
  static int assertSchemaValid(JsonSchema schema, Supplier<InputStream> lines, String name)
      throws IOException {
    int count = 0;
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(lines.get(), StandardCharsets.UTF_8))) {
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        count++;
        Set<String> problems =
            schema.validate(JSON.readTree(line)).stream()
                .map(ValidationMessage::getMessage)
                .collect(Collectors.toSet());
        assertThat(problems).as("%s:%d", name, n).isEmpty();
      }
    }
    return count;
  }

  @Test
  void embeddedCandidates_validByTheSchema() throws IOException {
    assertThat(
            assertSchemaValid(
                schema("candidate.schema.json"),
                SampleData::openCandidates,
                SampleData.CANDIDATES_NAME))
        .isGreaterThanOrEqualTo(300);
  }

  @Test
  void embeddedVacancies_validByTheSchema() throws IOException {
    assertThat(
            assertSchemaValid(
                schema("vacancy.schema.json"),
                SampleData::openVacancies,
                SampleData.VACANCIES_NAME))
        .isGreaterThanOrEqualTo(150);
  }

  @Test
  void generatedRecords_writtenValidByTheSchemas() throws IOException {
    Generator g = new Generator(taxonomy, 42);
    StringBuilder people = new StringBuilder();
    g.candidates(200).forEach(c -> people.append(CandidateFormat.toJson(c)).append('\n'));
    StringBuilder offers = new StringBuilder();
    g.vacancies(150).forEach(v -> offers.append(VacancyFormat.toJson(v)).append('\n'));
    assertThat(
            assertSchemaValid(
                schema("candidate.schema.json"), () -> stream(people), "generated candidates"))
        .isEqualTo(200);
    assertThat(
            assertSchemaValid(
                schema("vacancy.schema.json"), () -> stream(offers), "generated vacancies"))
        .isEqualTo(150);
  }

  private static InputStream stream(CharSequence text) {
    return new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8));
  }
}
