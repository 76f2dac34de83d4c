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
