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
package org.chancengeber.matcher.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.chancengeber.matcher.io.CandidateFormat;
import org.chancengeber.matcher.io.JsonLinesReader;
import org.chancengeber.matcher.io.LineResult;
import org.chancengeber.matcher.io.ReadCounts;
import org.chancengeber.matcher.io.ReadOptions;
import org.chancengeber.matcher.io.RejectsWriter;
import org.chancengeber.matcher.io.VacancyFormat;
import org.chancengeber.matcher.model.CandidateRecord;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.samples.SampleData;

/**
 * Reads and validates the inputs on the driver, with the readers {@code matcher match} uses, so
 * that line numbers, duplicate ids and reasons are those of the command line; rejected lines go to
 * the rejects file. Reading is sequential and streams (constant memory): it is a small part of the
 * work next to ranking, which runs on the executors.
 *
 * <p>A file whose name ends in {@code .parquet} (a file or a folder of part files) holds the
 * records' fields as columns, as {@code spark.read().json(f).write().parquet(p)} makes them; each
 * row is read as the JSON line it stands for, and its "line" is its row number in reading order.
 */
final class DriverInputs {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final SparkSession spark;
  private final ReadOptions options;
  private final RejectsWriter rejects;
  private final PrintWriter err;

  DriverInputs(SparkSession spark, ReadOptions options, RejectsWriter rejects, PrintWriter err) {
    this.spark = spark;
    this.options = options;
    this.rejects = rejects;
    this.err = err;
  }

  ReadCounts vacancies(Optional<String> file, Consumer<Vacancy> sink) {
    String name = file.map(f -> new Path(f).getName()).orElse(SampleData.VACANCIES_NAME);
    InputStream in = file.map(this::open).orElseGet(SampleData::openVacancies);
    try (JsonLinesReader<Vacancy> reader = VacancyFormat.reader(in, name, options)) {
      return drain(reader, sink);
    }
  }

  ReadCounts candidates(Optional<String> file, Consumer<CandidateRecord> sink) {
    String name = file.map(f -> new Path(f).getName()).orElse(SampleData.CANDIDATES_NAME);
    InputStream in = file.map(this::open).orElseGet(SampleData::openCandidates);
    try (JsonLinesReader<CandidateRecord> reader = CandidateFormat.reader(in, name, options)) {
      return drain(reader, sink);
    }
  }

  private <T> ReadCounts drain(JsonLinesReader<T> reader, Consumer<T> sink) {
    while (reader.hasNext()) {
      switch (reader.next()) {
        case LineResult.Accepted<T> a -> {
          a.warnings().forEach(w -> err.println("warning: " + w));
          sink.accept(a.value());
        }
        case LineResult.Rejected<T> r -> {
          try {
            rejects.write(r);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
    }
    return reader.counts();
  }

  private InputStream open(String file) {
    Path path = new Path(file);
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    try {
      FileSystem fs = path.getFileSystem(conf);
      if (!fs.exists(path)) {
        throw new JobException(BatchMatch.NOTHING_PROCESSED, file + ": no such file");
      }
      if (path.getName().endsWith(".parquet")) {
        Iterator<String> rows = spark.read().parquet(file).toJSON().toLocalIterator();
        return lines(
            new Iterator<>() {
              @Override
              public boolean hasNext() {
                return rows.hasNext();
              }

              @Override
              public String next() {
                return withObjectsUnquoted(rows.next());
              }
            });
      }
      if (fs.getFileStatus(path).isDirectory()) {
        throw new JobException(BatchMatch.NOTHING_PROCESSED, file + ": is a directory, not a file");
      }
      return fs.open(path, 1 << 16);
    } catch (IOException e) {
      throw new JobException(BatchMatch.NOTHING_PROCESSED, file + ": cannot be opened: " + e);
    }
  }

  /**
   * A Parquet column holds one type: where a concept is an id in some rows and a {@code {"text",
   * "lang"}} object in others, Spark's schema makes it a string column holding the object's JSON
   * text. Such a string (one that begins with a brace and is a JSON object) stands for the object.
   */
  static String withObjectsUnquoted(String row) {
    if (!row.contains("\"{")) {
      return row;
    }
    try {
      JsonNode node = JSON.readTree(row);
      return JSON.writeValueAsString(unquote(node));
    } catch (JsonProcessingException e) {
      return row; // not JSON after all: the reader rejects it with its line number
    }
  }

  private static JsonNode unquote(JsonNode node) {
    if (node.isTextual() && node.textValue().startsWith("{")) {
      try {
        JsonNode inner = JSON.readTree(node.textValue());
        return inner.isObject() ? inner : node;
      } catch (JsonProcessingException e) {
        return node;
      }
    }
    if (node instanceof ObjectNode o) {
      o.properties().forEach(e -> e.setValue(unquote(e.getValue())));
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        a.set(i, unquote(a.get(i)));
      }
    }
    return node;
  }

  /** The strings as one stream of lines, pulled one at a time. */
  static InputStream lines(Iterator<String> rows) {
    return new SequenceInputStream(
        new Enumeration<InputStream>() {
          @Override
          public boolean hasMoreElements() {
            return rows.hasNext();
          }

          @Override
          public InputStream nextElement() {
            return new java.io.ByteArrayInputStream(
                (rows.next() + "\n").getBytes(StandardCharsets.UTF_8));
          }
        });
  }
}
