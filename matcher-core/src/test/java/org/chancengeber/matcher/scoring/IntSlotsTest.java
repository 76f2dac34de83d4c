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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

final class IntSlotsTest {
  /**
   * Random keys, some repeated: the slots are a HashMap's insertion numbers, before and after trim.
   */
  @Test
  void slots_matchAMap_beforeAndAfterTrim_andAfterMorePuts() {
    Random r = new Random(5);
    for (int round = 0; round < 200; round++) {
      IntSlots slots = new IntSlots(1 + r.nextInt(64));
      Map<Integer, Integer> expected = new HashMap<>();
      int n = r.nextInt(900);
      int range = 1 + r.nextInt(5_000);
      for (int i = 0; i < n; i++) {
        int key = r.nextInt(range);
        int slot = slots.put(key);
        assertThat(slot).isEqualTo(expected.computeIfAbsent(key, k -> expected.size()));
      }
      check(slots, expected, range);
      slots.trim();
      check(slots, expected, range);
      for (int i = 0; i < 50; i++) {
        int key = range + r.nextInt(100);
        assertThat(slots.put(key)).isEqualTo(expected.computeIfAbsent(key, k -> expected.size()));
      }
      check(slots, expected, range + 100);
    }
  }

  @Test
  void trim_ofAnEmptyMap_leavesItUsable() {
    IntSlots slots = new IntSlots(8).trim();
    assertThat(slots.get(3)).isEqualTo(-1);
    assertThat(slots.put(3)).isZero();
    assertThat(slots.put(7)).isEqualTo(1);
    assertThat(slots.get(3)).isZero();
    assertThat(slots.key(1)).isEqualTo(7);
  }

  @Test
  void put_negativeKey_isRefused() {
    assertThatThrownBy(() -> new IntSlots(4).put(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key (-1) must not be negative");
  }

  private static void check(IntSlots slots, Map<Integer, Integer> expected, int range) {
    assertThat(slots.size()).isEqualTo(expected.size());
    for (int key = 0; key < range; key++) {
      Integer slot = expected.get(key);
      assertThat(slots.get(key)).isEqualTo(slot == null ? -1 : slot);
      if (slot != null) {
        assertThat(slots.key(slot)).isEqualTo(key);
      }
    }
  }
}
