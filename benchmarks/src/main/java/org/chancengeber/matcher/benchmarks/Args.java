package org.chancengeber.matcher.benchmarks;

/** Parsing of the runnable classes' numeric options, with the value in every message. */
final class Args {
  private Args() {}

  static int count(String name, String value) {
    long n = number(name, value);
    if (n < 0 || n > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          name + " (" + value + ") must be in 0.." + Integer.MAX_VALUE);
    }
    return (int) n;
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
