package org.chancengeber.matcher.scoring;

import java.util.Locale;

/** Number formats for message arguments, identical on every machine. */
final class Format {
  private Format() {}

  static String two(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  static String one(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  static String whole(double v) {
    return String.format(Locale.ROOT, "%.0f", v);
  }
}
