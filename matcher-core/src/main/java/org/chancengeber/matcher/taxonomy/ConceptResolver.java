package org.chancengeber.matcher.taxonomy;

import java.util.List;
import java.util.Optional;

/**
 * Resolves free text in any loaded language to taxonomy concepts, best first. Thread-safe.
 *
 * <p>The score is a confidence in [0, 1]: 1 when the text, after splitting gendered forms and
 * normalising, equals a label of the concept; below 0.95 otherwise, falling with the share of words
 * that do not match (see the package documentation for the formula). Ties prefer a preferred label,
 * then a label in the query's language, then the smaller URI.
 */
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
