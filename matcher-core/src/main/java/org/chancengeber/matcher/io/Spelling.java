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

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Which known name a misspelt one most likely means, for "did you mean ...?" in errors. */
public final class Spelling {
  private Spelling() {}

  /**
   * The name of {@code known} that {@code name} is most likely a misspelling of: at most one edit
   * (a letter added, dropped, changed, or two neighbours swapped) for names up to 5 letters, two
   * for longer ones; ties go to the alphabetically first.
   *
   * @param name the name as written
   * @param known the names it could mean
   * @return the name meant, or empty when none is close
   */
  public static Optional<String> closest(String name, Collection<String> known) {
    String lower = name.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int limit = Math.min(k.length(), lower.length()) <= 5 ? 1 : 2;
      int d = distance(lower, k.toLowerCase(Locale.ROOT));
      if (d <= limit && (d < bestDistance || (d == bestDistance && k.compareTo(best) < 0))) {
        best = k;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Optimal string alignment distance (Levenshtein with adjacent transpositions). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
