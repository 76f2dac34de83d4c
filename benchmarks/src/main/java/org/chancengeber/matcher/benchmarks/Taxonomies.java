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
package org.chancengeber.matcher.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chancengeber.matcher.samples.SampleData;
import org.chancengeber.matcher.taxonomy.EscoImporter;
import org.chancengeber.matcher.taxonomy.Taxonomy;

/**
 * Finds and loads the taxonomies the benchmarks run on: the embedded sample taxonomy, or the full
 * ESCO download (read from the shared data folder, never shipped with the project).
 *
 * <p>Where ESCO is looked for, first match wins: the given paths (comma-separated), the system
 * property {@code chancengeber.esco} (same form), {@code <chancengeber.shared.data>/esco/v1.1.1},
 * and {@code ../shared/data/esco/v1.1.1} from the working directory.
 */
final class Taxonomies {
  /** Name of the embedded sample taxonomy as a {@code taxonomy} parameter value. */
  static final String SAMPLE = "sample";

  /** Name of the full ESCO taxonomy as a {@code taxonomy} parameter value. */
  static final String ESCO = "esco";

  private static final String DEFAULT_ESCO = "esco/v1.1.1";
  private static final Map<String, Taxonomy> LOADED = new HashMap<>();

  private Taxonomies() {}

  /**
   * The ESCO folders or zips to load, when they exist.
   *
   * @param given comma-separated paths; blank for the defaults of the class comment
   */
  static Optional<List<Path>> escoPaths(String given) {
    String spec =
        !given.isBlank()
            ? given
            : Optional.ofNullable(System.getProperty("chancengeber.esco"))
                .or(
                    () ->
                        Optional.ofNullable(System.getProperty("chancengeber.shared.data"))
                            .map(d -> Path.of(d, DEFAULT_ESCO).toString()))
                .orElse(Path.of("..", "shared", "data", DEFAULT_ESCO).toString());
    List<Path> paths =
        Arrays.stream(spec.split(","))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .map(Path::of)
            .toList();
    return !paths.isEmpty() && paths.stream().allMatch(Files::exists)
        ? Optional.of(paths)
        : Optional.empty();
  }

  /** Loads ESCO from {@code paths} (uncached: for measuring the load). */
  static Taxonomy loadEsco(List<Path> paths) {
    return EscoImporter.load(paths.toArray(Path[]::new));
  }

  /**
   * The taxonomy named {@code name} ({@value #SAMPLE} or {@value #ESCO}), loaded once per JVM. When
   * ESCO is asked for but not found, says so on stderr and falls back to the sample taxonomy, so
   * that the benchmarks run anywhere.
   */
  static synchronized Taxonomy named(String name, String escoPaths) {
    return switch (name) {
      case SAMPLE -> LOADED.computeIfAbsent(SAMPLE, k -> SampleData.taxonomy());
      case ESCO -> {
        Optional<List<Path>> paths = escoPaths(escoPaths);
        if (paths.isEmpty()) {
          System.err.println(
              "ESCO data not found (set -p esco=DIR or -Dchancengeber.esco=DIR):"
                  + " using the sample taxonomy instead");
          yield named(SAMPLE, "");
        }
        yield LOADED.computeIfAbsent(ESCO + paths.get(), k -> loadEsco(paths.get()));
      }
      default ->
          throw new IllegalArgumentException(
              "taxonomy (" + name + ") must be " + SAMPLE + " or " + ESCO);
    };
  }
}
