package org.chancengeber.matcher.taxonomy;

import java.nio.file.Path;
import java.util.List;

/**
 * Loads the official ESCO CSV download (folders or zips as distributed, any mix of languages).
 * (Skeleton: being built under issue 4.)
 */
public final class EscoImporter {
  private EscoImporter() {}

  /** Loads and merges every ESCO CSV file found in the given folders and zips. */
  public static Taxonomy load(Path... foldersOrZips) {
    throw new UnsupportedOperationException("EscoImporter is being built (issue 4)");
  }

  /** Loads ESCO CSV files from the class path: {@code folder/fileName} for each name. */
  public static Taxonomy loadClasspath(ClassLoader loader, String folder, List<String> fileNames) {
    throw new UnsupportedOperationException("EscoImporter is being built (issue 4)");
  }
}
