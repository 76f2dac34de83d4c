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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.chancengeber.matcher.MatchEngine;
import org.chancengeber.matcher.io.JsonLinesReader;
import org.chancengeber.matcher.io.LineResult;
import org.chancengeber.matcher.io.VacancyFormat;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.samples.Generator;

/**
 * Measures the two ways an executor can get its offer index (not a test; run it as a main, see
 * benchmarks/README.md): rebuilt from the broadcast offers (what {@link BatchMatch} does), or built
 * once on the driver into an index folder that is shipped. The job does not ship a folder yet (an
 * engine can open one since issue 12: {@code MatchEngine.commit()}); this measures what it would
 * cost (its size and a copy of it) against what it would save (one rebuild per executor).
 *
 * <p>Arguments: {@code VACANCIES.jsonl [ESCO-DIR]}.
 */
public final class IndexShipping {
  private IndexShipping() {}

  public static void main(String[] args) throws IOException {
    List<String> esco = args.length > 1 ? List.of(args[1]) : List.of();
    JobOptions options =
        JobOptions.of("unused").today(Generator.DEFAULT_REFERENCE_DATE).esco(esco).validated();
    List<Vacancy> offers = new ArrayList<>();
    try (JsonLinesReader<Vacancy> reader =
        VacancyFormat.reader(
            Path.of(args[0]), OfferIndex.readOptions(OfferIndex.taxonomy(esco), options))) {
      reader.forEachRemaining(
          r -> {
            if (r instanceof LineResult.Accepted<Vacancy> a) {
              offers.add(a.value());
            }
          });
    }
    long t = System.nanoTime();
    OfferIndex.Packer packer = new OfferIndex.Packer();
    offers.forEach(packer::add);
    OfferIndex.Payload payload = packer.finish();
    print("broadcast: pack %d offers on the driver %.1f s", offers.size(), t);
    System.out.printf(Locale.ROOT, "  payload %.1f MB%n", payload.bytes() / 1e6);
    for (int rep = 1; rep <= 2; rep++) {
      t = System.nanoTime();
      OfferIndex.build(rep, payload, options).engine().close();
      print(
          "broadcast: rebuild on an executor (unpack, read, index, compact), run %d: %.1f s",
          rep, t);
    }

    Path folder = Files.createTempDirectory("offer-index");
    t = System.nanoTime();
    try (MatchEngine engine =
        MatchEngine.builder()
            .taxonomy(OfferIndex.taxonomy(esco))
            .today(options.todayDate())
            .directory(folder)
            .build()) {
      for (int i = 0; i < offers.size(); i += 10_000) {
        engine.addVacancies(offers.subList(i, Math.min(offers.size(), i + 10_000)));
      }
      engine.expireVacancies();
      engine.compact();
      engine.commit(); // close() keeps only what was committed
    }
    print("folder: build on the driver into a folder %.1f s", 0, t);
    System.out.printf(Locale.ROOT, "  folder %.1f MB%n", size(folder) / 1e6);
    Path copy = Files.createTempDirectory("offer-index-copy");
    t = System.nanoTime();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.toList()) {
        Path target = copy.resolve(folder.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    print("folder: copy to an executor's local disk (stand-in for shipping) %.2f s", 0, t);
  }

  private static void print(String format, int n, long started) {
    double s = (System.nanoTime() - started) / 1e9;
    String line =
        format.contains("%d")
            ? String.format(Locale.ROOT, format, n, s)
            : String.format(Locale.ROOT, format, s);
    System.out.println(line);
  }

  private static long size(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
