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

/**
 * The concepts close to one concept, with their similarity in (0, 1] and how they relate; the
 * concept itself comes first with similarity 1. Immutable.
 */
record Neighbours(int[] ids, float[] similarities, Relation[] relations) {
  int size() {
    return ids.length;
  }

  /** Similarity to {@code id}, 0 when it is not a neighbour. */
  float similarity(int id) {
    for (int i = 0; i < ids.length; i++) {
      if (ids[i] == id) {
        return similarities[i];
      }
    }
    return 0;
  }

  /** Position of {@code id}, or -1. */
  int indexOf(int id) {
    for (int i = 0; i < ids.length; i++) {
      if (ids[i] == id) {
        return i;
      }
    }
    return -1;
  }
}
