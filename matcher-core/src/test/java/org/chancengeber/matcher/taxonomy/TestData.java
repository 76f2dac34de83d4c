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
