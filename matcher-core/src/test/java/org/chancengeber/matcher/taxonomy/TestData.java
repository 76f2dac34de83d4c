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
package org.chancengeber.matcher.taxonomy;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared reference data (see the project's data README) for tests. */
final class TestData {
  private TestData() {}

  /** The shared data folder's sub-path; skips the calling test when it is absent. */
  static Path shared(String relative) {
    String root = System.getProperty("chancengeber.shared.data", "../../shared/data");
    Path p = Path.of(root).resolve(relative);
    assumeTrue(
        Files.exists(p), "shared reference data absent (" + p.toAbsolutePath() + "): test skipped");
    return p;
  }
}
