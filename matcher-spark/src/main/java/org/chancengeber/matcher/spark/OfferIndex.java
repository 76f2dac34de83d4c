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

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.chancengeber.matcher.MatchEngine;
import org.chancengeber.matcher.io.JsonLinesReader;
import org.chancengeber.matcher.io.LineResult;
import org.chancengeber.matcher.io.ReadOptions;
import org.chancengeber.matcher.io.VacancyFormat;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.samples.SampleData;
import org.chancengeber.matcher.taxonomy.EscoImporter;
import org.chancengeber.matcher.taxonomy.Taxonomy;

/**
 * The offer index of an executor: the driver packs the offers it accepted into a {@link Payload}
 * (gzipped JSON Lines, broadcast once), and the first task on each executor JVM builds a {@link
 * MatchEngine} from it that every later task of the job on that JVM shares. One engine is kept per
 * JVM: the next job's payload replaces it.
 */
final class OfferIndex {
  /** Offers per compressed chunk: each chunk stays far below the 2 GiB limit of an array. */
  static final int CHUNK = 100_000;

  /** The same batch size as the command line uses to add offers, so the index is built alike. */
  private static final int ADD_BATCH = 10_000;

  private static Built current;
  private static Taxonomy taxonomy;
  private static List<String> taxonomySource;

  private OfferIndex() {}

  /** The accepted offers, in input order, as gzipped JSON Lines chunks. */
  record Payload(List<byte[]> chunks, long offers) implements Serializable {
    long bytes() {
      return chunks.stream().mapToLong(c -> c.length).sum();
    }
  }

  /** Packs offers into a {@link Payload}, one line each as {@link VacancyFormat#write} writes. */
  static final class Packer {
    private final List<byte[]> chunks = new ArrayList<>();
    private ByteArrayOutputStream bytes;
    private Writer writer;
    private long inChunk;
    private long offers;

    void add(Vacancy v) {
      try {
        if (writer == null) {
          bytes = new ByteArrayOutputStream(1 << 20);
          writer = new OutputStreamWriter(new FastGzip(bytes), StandardCharsets.UTF_8);
        }
        VacancyFormat.write(v, writer);
        offers++;
        if (++inChunk == CHUNK) {
          closeChunk();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e); // in memory: does not happen
      }
    }

    Payload finish() {
      try {
        closeChunk();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new Payload(List.copyOf(chunks), offers);
    }

    private void closeChunk() throws IOException {
      if (writer != null) {
        writer.close();
        chunks.add(bytes.toByteArray());
        writer = null;
        inChunk = 0;
      }
    }
  }

  /** Gzip at the fastest level: the payload is packed once and sent once, speed counts more. */
  private static final class FastGzip extends GZIPOutputStream {
    FastGzip(ByteArrayOutputStream out) throws IOException {
      super(out, 1 << 16);
      def.setLevel(Deflater.BEST_SPEED);
    }
  }

  /** An engine built from the payload of broadcast {@code id}, and the offers it expired. */
  record Built(long id, MatchEngine engine, int expired) {}

  /**
   * The engine for the payload of broadcast {@code id}, built on first use in this JVM (other tasks
   * wait for it); {@code stats} counts the builds, their time and the offers they expired.
   */
  static synchronized MatchEngine engine(
      long id, Payload payload, JobOptions options, JobStats stats) {
    if (current != null && current.id() == id) {
      return current.engine();
    }
    if (current != null) {
      current.engine().close();
      current = null;
    }
    long started = System.nanoTime();
    Built built = build(id, payload, options);
    stats.built(System.nanoTime() - started, built.expired());
    current = built;
    return built.engine();
  }

  /**
   * A new engine with the payload's offers, added as the command line adds them, the expired ones
   * removed, compacted.
   */
  static Built build(long id, Payload payload, JobOptions options) {
    Taxonomy t = taxonomy(options.esco());
    MatchEngine engine = MatchEngine.builder().taxonomy(t).today(options.todayDate()).build();
    ReadOptions read = readOptions(t, options);
    List<Vacancy> batch = new ArrayList<>(ADD_BATCH);
    for (byte[] chunk : payload.chunks()) {
      try (JsonLinesReader<Vacancy> reader =
          VacancyFormat.reader(
              gunzip(chunk), SampleData.VACANCIES_NAME + " (broadcast to executors)", read)) {
        while (reader.hasNext()) {
          if (reader.next() instanceof LineResult.Accepted<Vacancy> a) {
            batch.add(a.value());
            if (batch.size() == ADD_BATCH) {
              engine.addVacancies(batch);
              batch = new ArrayList<>(ADD_BATCH);
            }
          }
        }
      }
    }
    if (!batch.isEmpty()) {
      engine.addVacancies(batch);
    }
    int expired = engine.expireVacancies();
    engine.compact();
    return new Built(id, engine, expired);
  }

  /** The taxonomy from {@code esco} (the embedded sample one when empty), loaded once per JVM. */
  static synchronized Taxonomy taxonomy(List<String> esco) {
    if (taxonomy == null || !taxonomySource.equals(esco)) {
      taxonomy =
          esco.isEmpty()
              ? SampleData.taxonomy()
              : EscoImporter.load(esco.stream().map(Path::of).toArray(Path[]::new));
      taxonomySource = List.copyOf(esco);
    }
    return taxonomy;
  }

  /** How inputs are read, on the driver and on the executors alike (as the command line reads). */
  static ReadOptions readOptions(Taxonomy t, JobOptions options) {
    return ReadOptions.DEFAULTS.withTaxonomy(t).withToday(options.todayDate());
  }

  private static GZIPInputStream gunzip(byte[] chunk) {
    try {
      return new GZIPInputStream(new ByteArrayInputStream(chunk), 1 << 16);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
