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
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.chancengeber.matcher.io.CandidateFormat;
import org.chancengeber.matcher.io.InputError;
import org.chancengeber.matcher.io.JsonLinesReader;
import org.chancengeber.matcher.io.LineResult;
import org.chancengeber.matcher.io.ReadOptions;
import org.chancengeber.matcher.io.VacancyFormat;
import org.chancengeber.matcher.model.CandidateRecord;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.taxonomy.Taxonomy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every embedded sample line, and what the generator writes, is valid by the JSON Schemas in {@code
 * docs/schema} and accepted by the reader without a single warning (the sample taxonomy knows every
 * concept id).
 */
final class SampleFormatTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Taxonomy taxonomy;
  private static ReadOptions options;

  @BeforeAll
  static void load() {
    taxonomy = SampleData.taxonomy();
    options =
        ReadOptions.DEFAULTS.withTaxonomy(taxonomy).withToday(Generator.DEFAULT_REFERENCE_DATE);
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

  static void assertSchemaValid(JsonSchema schema, Supplier<InputStream> lines, String name)
      throws IOException {
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(lines.get(), StandardCharsets.UTF_8))) {
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        Set<String> problems =
            schema.validate(JSON.readTree(line)).stream()
                .map(ValidationMessage::getMessage)
                .collect(Collectors.toSet());
        assertThat(problems).as("%s:%d", name, n).isEmpty();
      }
      assertThat(n).as(name).isPositive();
    }
  }

  static <T> List<LineResult<T>> readAll(JsonLinesReader<T> reader) {
    try (reader) {
      return reader.stream().toList();
    }
  }

  static void assertAllAcceptedWithoutWarnings(List<? extends LineResult<?>> results) {
    assertThat(results).isNotEmpty();
    for (LineResult<?> r : results) {
      List<String> problems =
          switch (r) {
            case LineResult.Accepted<?> a ->
                a.warnings().stream().map(InputError::toString).toList();
            case LineResult.Rejected<?> x -> x.errors().stream().map(InputError::toString).toList();
          };
      assertThat(problems).isEmpty();
      assertThat(r).isInstanceOf(LineResult.Accepted.class);
    }
  }

  @Test
  void embeddedCandidates_validBySchemaAndReader() throws IOException {
    assertSchemaValid(
        schema("candidate.schema.json"), SampleData::openCandidates, SampleData.CANDIDATES_NAME);
    assertAllAcceptedWithoutWarnings(
        readAll(
            CandidateFormat.reader(
                SampleData.openCandidates(), SampleData.CANDIDATES_NAME, options)));
  }

  @Test
  void embeddedVacancies_validBySchemaAndReader() throws IOException {
    assertSchemaValid(
        schema("vacancy.schema.json"), SampleData::openVacancies, SampleData.VACANCIES_NAME);
    assertAllAcceptedWithoutWarnings(
        readAll(
            VacancyFormat.reader(SampleData.openVacancies(), SampleData.VACANCIES_NAME, options)));
  }

  @Test
  void generatedPeople_writtenValidByTheSchema_readBackEqual() throws IOException {
    Generator g = new Generator(taxonomy, 42);
    List<CandidateRecord> people = g.candidates(200).toList();
    StringWriter w = new StringWriter();
    for (CandidateRecord c : people) {
      CandidateFormat.write(c, w);
    }
    byte[] bytes = w.toString().getBytes(StandardCharsets.UTF_8);
    assertSchemaValid(
        schema("candidate.schema.json"), () -> new ByteArrayInputStream(bytes), "generated");
    List<LineResult<CandidateRecord>> read =
        readAll(CandidateFormat.reader(new ByteArrayInputStream(bytes), "generated", options));
    assertAllAcceptedWithoutWarnings(read);
    assertThat(read.stream().map(r -> ((LineResult.Accepted<CandidateRecord>) r).value()).toList())
        .isEqualTo(people);
  }

  @Test
  void generatedOffers_writtenValidByTheSchema_readBackEqual() throws IOException {
    Generator g = new Generator(taxonomy, 7);
    List<Vacancy> offers = g.vacancies(150).toList();
    StringWriter w = new StringWriter();
    for (Vacancy v : offers) {
      VacancyFormat.write(v, w);
    }
    byte[] bytes = w.toString().getBytes(StandardCharsets.UTF_8);
    assertSchemaValid(
        schema("vacancy.schema.json"), () -> new ByteArrayInputStream(bytes), "generated");
    List<LineResult<Vacancy>> read =
        readAll(VacancyFormat.reader(new ByteArrayInputStream(bytes), "generated", options));
    assertAllAcceptedWithoutWarnings(read);
    assertThat(read.stream().map(r -> ((LineResult.Accepted<Vacancy>) r).value()).toList())
        .isEqualTo(offers);
  }
}
