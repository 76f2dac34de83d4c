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
package org.chancengeber.matcher.model;

import static java.util.Objects.requireNonNull;

import org.chancengeber.matcher.check.Checks;

/**
 * A reference to a taxonomy concept (occupation or skill): either its id (an ESCO URI) or free text
 * in a language, resolved through the taxonomy when the profile or offer is indexed.
 */
public sealed interface ConceptRef {

  /**
   * {@return a concept named by its id}
   *
   * @param uri the concept's URI
   */
  static ConceptRef id(String uri) {
    return new Id(uri);
  }

  /**
   * {@return a concept named in words, resolved through the taxonomy}
   *
   * @param text the words
   * @param lang the language of the words, e.g. {@code de}
   */
  static ConceptRef text(String text, String lang) {
    return new Text(text, lang);
  }

  /**
   * A concept named by its id, e.g. {@code http://data.europa.eu/esco/skill/<uuid>}.
   *
   * @param uri the concept's URI
   */
  record Id(String uri) implements ConceptRef {
    /** Creates an id reference, checking that the URI is not null or blank. */
    public Id {
      requireNonNull(uri, "uri");
      if (uri.isBlank()) {
        throw new IllegalArgumentException("concept id must not be blank");
      }
    }

    @Override
    public String toString() {
      return uri;
    }
  }

  /**
   * A concept named in words, e.g. {@code "kochen"} in {@code de}.
   *
   * @param text the words
   * @param lang the language of the words (ISO 639-1)
   */
  record Text(String text, String lang) implements ConceptRef {
    /** Creates a text reference, checking that neither is null and the text is not blank. */
    public Text {
      Checks.text("text", requireNonNull(text, "text"));
      Checks.languageCode("lang", requireNonNull(lang, "lang"));
    }

    @Override
    public String toString() {
      return '"' + text + "\"@" + lang;
    }
  }
}
