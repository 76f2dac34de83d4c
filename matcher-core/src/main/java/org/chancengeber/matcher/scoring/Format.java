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

import org.chancengeber.matcher.model.Message;

/**
 * Number formats for message arguments, identical on every machine and cheap enough for the hot
 * path: fixed decimals, rounded half away from zero, {@code .} as the decimal point.
 */
final class Format {
  private Format() {}

  /** Two decimals as a message argument (rendered with the output language's separator). */
  static String two(double v) {
    return Message.number(fixed(v, 2));
  }

  /** One decimal as a message argument (rendered with the output language's separator). */
  static String one(double v) {
    return Message.number(fixed(v, 1));
  }

  static String whole(double v) {
    return fixed(v, 0);
  }

  private static String fixed(double v, int decimals) {
    if (!Double.isFinite(v)) {
      return Double.toString(v);
    }
    long scale = decimals == 2 ? 100 : decimals == 1 ? 10 : 1;
    long r = Math.round(Math.abs(v) * scale);
    StringBuilder sb = new StringBuilder(12);
    if (v < 0 && r != 0) {
      sb.append('-');
    }
    sb.append(r / scale);
    if (decimals > 0) {
      sb.append('.');
      String frac = Long.toString(r % scale);
      for (int i = frac.length(); i < decimals; i++) {
        sb.append('0');
      }
      sb.append(frac);
    }
    return sb.toString();
  }
}
