package org.chancengeber.matcher.model;

import java.util.List;
import java.util.Set;

/**
 * What a person would like: occupations and offer types (empty means no preference).
 *
 * @param occupations preferred occupations
 * @param offerTypes preferred offer types
 */
public record Preferences(List<ConceptRef> occupations, Set<OfferType> offerTypes) {
  public static final Preferences NONE = new Preferences(List.of(), Set.of());

  /** Creates preferences, copying the list and the set. */
  public Preferences {
    occupations = List.copyOf(occupations);
    offerTypes = Set.copyOf(offerTypes);
  }
}
