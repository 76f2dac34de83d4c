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
package org.chancengeber.matcher.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

final class KeyTableTest {

  @Test
  void putGetRemove_acrossPages() {
    KeyTable<String> t = new KeyTable<>();
    for (long k : new long[] {0, 1, 16_383, 16_384, 100_000}) {
      t.put(k, "v" + k);
    }
    assertThat(t.get(0)).isEqualTo("v0");
    assertThat(t.get(16_383)).isEqualTo("v16383");
    assertThat(t.get(16_384)).isEqualTo("v16384");
    assertThat(t.get(100_000)).isEqualTo("v100000");
    assertThat(t.get(2)).isNull();
    assertThat(t.get(5_000_000)).isNull();
    t.remove(16_384);
    t.remove(9_999_999);
    assertThat(t.get(16_384)).isNull();
    assertThat(t.get(16_383)).isEqualTo("v16383");
  }

  @Test
  void put_negativeKey_isRejected() {
    assertThatThrownBy(() -> new KeyTable<String>().put(-1, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key (-1) must not be negative");
  }

  @Test
  void put_fromManyThreads_keepsEveryEntry() throws InterruptedException {
    KeyTable<Long> t = new KeyTable<>();
    AtomicLong next = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Thread th =
          new Thread(
              () -> {
                for (int j = 0; j < 50_000; j++) {
                  long k = next.getAndIncrement();
                  t.put(k, k);
                }
              });
      threads.add(th);
      th.start();
    }
    for (Thread th : threads) {
      th.join();
    }
    for (long k = 0; k < 200_000; k++) {
      assertThat(t.get(k)).isEqualTo(k);
    }
  }
}
