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

import java.util.List;
import java.util.Optional;

/**
 * Resolves free text in any loaded language to taxonomy concepts, best first. Thread-safe.
 *
 * <p>The score is a confidence in [0, 1] that the concept is what the text means: 1 when the text,
 * after splitting gendered forms and normalising, equals a label (or a user alias) of the concept;
 * below 0.95 otherwise, falling with the share of words that do not match (see the package
 * documentation for the formula), and never above 0.95 × the weighted share of the text's words
 * that the label accounts for. When the runner-up comes within 0.1 of the best, the confidence of
 * both is lowered by five times the shortfall (a tie takes 0.5 off): two concepts about as likely
 * are not told apart with confidence. Ties prefer an alias, a preferred label, then a label in the
 * query's language, then the smaller URI.
 *
 * <p>An application can plug in its own resolver through {@link Taxonomy#withResolver} (or {@code
 * MatchEngine.Builder.resolver}); it should keep that meaning of the score, since the engine keeps
 * a text whose best confidence is below its threshold as "not understood" ({@link #understand}).
 */
public interface ConceptResolver {

  /**
   * Ranked concepts for {@code text}.
   *
   * @param lang language of the text (e.g. {@code de}); unknown or empty means "try all"
   * @param type restrict to occupations or skills; empty means both
   * @param k at most this many results
   * @param text the free text
   * @return the concepts, best first, at most {@code k}
   */
  List<Resolution> resolve(String text, String lang, Optional<ConceptType> type, int k);

  /**
   * How a text is understood as a concept of {@code type}: the best concept and the runner-up, and
   * whether the best reaches {@code threshold} (else the text is "not understood" and compared as
   * text only).
   *
   * @param text the free text
   * @param lang language of the text
   * @param type occupation or skill
   * @param threshold the confidence a concept needs to be understood
   * @return the understanding
   */
  default Understanding understand(String text, String lang, ConceptType type, double threshold) {
    return new Understanding(
        text, lang, type, resolve(text, lang, Optional.of(type), 2), threshold);
  }

  /**
   * A concept found for a text, with a confidence in [0, 1].
   *
   * @param uri the concept's URI
   * @param type occupation or skill
   * @param label the label that matched
   * @param score the confidence in [0, 1]
   */
  record Resolution(String uri, ConceptType type, String label, double score) {}
}
