package org.chancengeber.matcher.taxonomy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** First version: exact, case-insensitive label match. */
final class LabelResolver implements ConceptResolver {
  private final Taxonomy taxonomy;

  LabelResolver(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  @Override
  public List<Resolution> resolve(String text, String lang, Optional<ConceptType> type, int k) {
    String needle = text.trim().toLowerCase(Locale.ROOT);
    List<Resolution> out = new ArrayList<>();
    if (type.isEmpty() || type.get() == ConceptType.OCCUPATION) {
      for (Occupation o : taxonomy.occupations()) {
        if (matches(o.labels(), needle)) {
          out.add(new Resolution(o.uri(), ConceptType.OCCUPATION, o.labels().best(lang), 1));
        }
      }
    }
    if (type.isEmpty() || type.get() == ConceptType.SKILL) {
      for (Skill s : taxonomy.skills()) {
        if (matches(s.labels(), needle)) {
          out.add(new Resolution(s.uri(), ConceptType.SKILL, s.labels().best(lang), 1));
        }
      }
    }
    return out.subList(0, Math.min(k, out.size()));
  }

  private static boolean matches(Labels labels, String needle) {
    for (String l : labels.preferred().values()) {
      if (l.toLowerCase(Locale.ROOT).equals(needle)) {
        return true;
      }
    }
    for (List<String> ls : labels.alternatives().values()) {
      for (String l : ls) {
        if (l.toLowerCase(Locale.ROOT).equals(needle)) {
          return true;
        }
      }
    }
    return false;
  }
}
