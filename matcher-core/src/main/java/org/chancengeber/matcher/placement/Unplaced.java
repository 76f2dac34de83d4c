package org.chancengeber.matcher.placement;

import org.chancengeber.matcher.model.Message;

/** Why a person has no place. */
public enum Unplaced {
  /**
   * No eligible offer at all (not even within the horizon): the same people {@code match} lists
   * without matches.
   */
  NO_OFFER,
  /** Only offers reachable later, and the placement takes people ready now only. */
  NOT_READY_NOW,
  /** Eligible offers, but their places went to others (the placement's objective is better so). */
  PLACES_TAKEN;

  /** {@return the reason in plain language} */
  public Message message() {
    return Message.of("placement.unplaced." + name().toLowerCase(java.util.Locale.ROOT));
  }
}
