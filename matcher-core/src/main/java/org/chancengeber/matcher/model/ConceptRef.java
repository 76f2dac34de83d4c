package org.chancengeber.matcher.model;

import static java.util.Objects.requireNonNull;

/**
 * A reference to a taxonomy concept (occupation or skill): either its id (an ESCO URI) or free text
 * in a language, resolved through the taxonomy when the profile or offer is indexed.
 */
public sealed interface ConceptRef {

  static ConceptRef id(String uri) {
    return new Id(uri);
  }

  static ConceptRef text(String text, String lang) {
    return new Text(text, lang);
  }

  /** A concept named by its id, e.g. {@code http://data.europa.eu/esco/skill/<uuid>}. */
  record Id(String uri) implements ConceptRef {
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

  /** A concept named in words, e.g. {@code "kochen"} in {@code de}. */
  record Text(String text, String lang) implements ConceptRef {
    public Text {
      requireNonNull(text, "text");
      requireNonNull(lang, "lang");
      if (text.isBlank()) {
        throw new IllegalArgumentException("concept text must not be blank");
      }
    }

    @Override
    public String toString() {
      return '"' + text + "\"@" + lang;
    }
  }
}
