package org.chancengeber.matcher.taxonomy;

import java.util.List;
import java.util.Optional;

/** Resolves free text in any loaded language to taxonomy concepts, best first. Thread-safe. */
public interface ConceptResolver {

  /**
   * Ranked concepts for {@code text}.
   *
   * @param lang language of the text (e.g. {@code de}); unknown or empty means "try all"
   * @param type restrict to occupations or skills; empty means both
   * @param k at most this many results
   */
  List<Resolution> resolve(String text, String lang, Optional<ConceptType> type, int k);

  /** A concept found for a text, with a confidence in [0, 1]. */
  record Resolution(String uri, ConceptType type, String label, double score) {}
}
