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
package org.chancengeber.matcher.benchmarks;

import java.nio.file.Path;
import java.util.function.BiPredicate;
import org.chancengeber.matcher.profile.ScoringProfile;

/** Parsing of the runnable classes' options, with the value in every message. */
final class Args {
  private Args() {}

  /**
   * Hands each {@code --name value} pair of {@code args} to {@code option}, which returns false for
   * a name it does not know.
   */
  static void parse(String[] args, String usage, BiPredicate<String, String> option) {
    for (int i = 0; i < args.length; i += 2) {
      String name = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(name + " needs a value; " + usage);
      }
      if (!option.test(name, args[i + 1])) {
        throw new IllegalArgumentException("unknown option " + name + "; " + usage);
      }
    }
  }

  /** The options of both quality evaluations: taxonomy, ESCO, scoring profile, threads. */
  static final class Evaluation {
    String taxonomy = Taxonomies.ESCO;
    String esco = "";
    ScoringProfile profile = ScoringProfile.defaults();
    int threads = Runtime.getRuntime().availableProcessors();

    /** Takes the option when it is one of these; false otherwise. */
    boolean accept(String name, String value) {
      switch (name) {
        case "--threads" -> threads = Math.max(1, count(name, value));
        case "--taxonomy" -> taxonomy = value;
        case "--esco" -> esco = value;
        case "--profile" -> profile = ScoringProfile.fromJson(Path.of(value));
        default -> {
          return false;
        }
      }
      return true;
    }
  }

  static int count(String name, String value) {
    long n = number(name, value);
    if (n < 0 || n > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          name + " (" + value + ") must be in 0.." + Integer.MAX_VALUE);
    }
    return (int) n;
  }

  static boolean yesNo(String name, String value) {
    return switch (value) {
      case "yes" -> true;
      case "no" -> false;
      default -> throw new IllegalArgumentException(name + " (" + value + ") must be yes or no");
    };
  }

  static long number(String name, String value) {
    try {
      return Long.parseLong(value.replace("_", "").replace(",", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " (" + value + ") must be a whole number", e);
    }
  }

  static double share(String name, String value) {
    try {
      double d = Double.parseDouble(value);
      if (!(d >= 0 && d <= 1)) {
        throw new IllegalArgumentException(name + " (" + value + ") must be in 0..1");
      }
      return d;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " (" + value + ") must be a number in 0..1", e);
    }
  }
}
