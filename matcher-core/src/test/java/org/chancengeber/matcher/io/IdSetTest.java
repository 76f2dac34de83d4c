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
package org.chancengeber.matcher.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

final class IdSetTest {
  @Test
  void putIfAbsent_behavesLikeAMapOfFirstLines() {
    Random random = new Random(3);
    IdSet ids = new IdSet();
    Map<String, Long> reference = new HashMap<>();
    for (long line = 1; line <= 200_000; line++) {
      String id = "c-" + random.nextInt(120_000);
      long expected = reference.getOrDefault(id, 0L);
      assertThat(ids.lineOf(id)).isEqualTo(expected);
      assertThat(ids.putIfAbsent(id, line)).isEqualTo(expected);
      reference.putIfAbsent(id, line);
    }
    assertThat(ids.size()).isEqualTo(reference.size());
  }
}
