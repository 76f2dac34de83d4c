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
package org.chancengeber.matcher.scoring;

import java.util.List;
import org.chancengeber.matcher.model.Explanation;
import org.chancengeber.matcher.model.Message;

/** A factor's value explained: a one-line summary and the details below it. */
record Explained(Message summary, List<Explanation> details) {
  Explained {
    details = List.copyOf(details);
  }

  static Explanation node(double value, String key, Object... args) {
    return new Explanation(value, Message.of(key, args), List.of());
  }

  static Explanation node(double value, Message m, List<Explanation> details) {
    return new Explanation(value, m, details);
  }

  /** A summary that is also the only detail. */
  static Explained line(Explanation line) {
    return new Explained(line.description(), List.of(line));
  }
}
