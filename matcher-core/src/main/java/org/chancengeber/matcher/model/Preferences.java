package org.chancengeber.matcher.model;

import java.util.List;
import java.util.Set;

/** What a person would like: occupations and offer types (empty means no preference). */
public record Preferences(List<ConceptRef> occupations, Set<OfferType> offerTypes) {
  public static final Preferences NONE = new Preferences(List.of(), Set.of());

  public Preferences {
    occupations = List.copyOf(occupations);
    offerTypes = Set.copyOf(offerTypes);
  }
}
