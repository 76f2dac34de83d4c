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

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Where one person is placed: an offer, or why not. Exactly one of the two is present.
 *
 * @param candidate the person's id
 * @param choice the offer the person is placed in
 * @param reason why the person is not placed
 */
public record Placement(String candidate, Optional<Choice> choice, Optional<Unplaced> reason) {
  /** Creates a placement, checking that exactly one of choice and reason is present. */
  public Placement {
    requireNonNull(candidate, "candidate");
    requireNonNull(choice, "choice");
    requireNonNull(reason, "reason");
    if (choice.isPresent() == reason.isPresent()) {
      throw new IllegalArgumentException("a placement has either a choice or a reason");
    }
  }

  static Placement placed(Choice c) {
    return new Placement(c.candidate(), Optional.of(c), Optional.empty());
  }

  static Placement unplaced(String candidate, Unplaced why) {
    return new Placement(candidate, Optional.empty(), Optional.of(why));
  }

  /** {@return whether the person is placed} */
  public boolean placed() {
    return choice.isPresent();
  }
}
