package org.chancengeber.matcher.samples;

import java.io.InputStream;
import org.chancengeber.matcher.taxonomy.Taxonomy;

/**
 * The embedded sample data: taxonomy, people and offers of the seeds' five cities. (Skeleton: being
 * built under issue 6.)
 */
public final class SampleData {
  /** Name used in messages for the embedded people file. */
  public static final String CANDIDATES_NAME = "candidates.jsonl";

  /** Name used in messages for the embedded offers file. */
  public static final String VACANCIES_NAME = "vacancies.jsonl";

  private SampleData() {}

  /** The hand-written sample taxonomy (ESCO URIs, labels in several languages). */
  public static Taxonomy taxonomy() {
    throw new UnsupportedOperationException("sample taxonomy is being built (issue 4/6)");
  }

  /** The embedded people, JSON Lines. */
  public static InputStream openCandidates() {
    throw new UnsupportedOperationException("sample people are being built (issue 6)");
  }

  /** The embedded offers, JSON Lines. */
  public static InputStream openVacancies() {
    throw new UnsupportedOperationException("sample offers are being built (issue 6)");
  }
}
