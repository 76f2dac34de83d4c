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
package org.chancengeber.matcher.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * Progress of a long run on stderr: done/total, rate and time left, at most a few times a second.
 * Silent unless enabled (a terminal, or {@code --progress}).
 */
final class Progress {
  private static final long INTERVAL_NANOS = 500_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private final String what;
  private final OptionalLong total;
  private final LongSupplier nanoTime;
  private final long start;
  private long lastPrint;

  Progress(PrintWriter err, boolean enabled, String what, OptionalLong total) {
    this(err, enabled, what, total, System::nanoTime);
  }

  Progress(PrintWriter err, boolean enabled, String what, OptionalLong total, LongSupplier clock) {
    this.err = err;
    this.enabled = enabled;
    this.what = what;
    this.total = total;
    this.nanoTime = clock;
    this.start = clock.getAsLong();
    this.lastPrint = start;
  }

  /** Reports {@code done} units; prints when the last report is old enough. */
  void update(long done) {
    if (!enabled) {
      return;
    }
    long now = nanoTime.getAsLong();
    if (now - lastPrint < INTERVAL_NANOS) {
      return;
    }
    lastPrint = now;
    err.print('\r' + line(done, now) + "   ");
    err.flush();
  }

  /** Ends the progress line: always printed when enabled, so a short run shows its rate too. */
  void finish(long done) {
    if (enabled) {
      err.println('\r' + line(done, nanoTime.getAsLong()) + "   ");
      err.flush();
    }
  }

  String line(long done, long now) {
    double seconds = Math.max(1e-9, (now - start) / 1e9);
    double rate = done / seconds;
    StringBuilder sb = new StringBuilder();
    sb.append(what).append(": ").append(done);
    if (total.isPresent()) {
      sb.append('/').append(total.getAsLong());
    }
    sb.append(String.format(Locale.ROOT, ", %.0f/s", rate));
    if (total.isPresent() && rate > 0 && done <= total.getAsLong()) {
      long left = (long) Math.ceil((total.getAsLong() - done) / rate);
      sb.append(", ").append(format(Duration.ofSeconds(left))).append(" left");
    }
    return sb.toString();
  }

  static String format(Duration d) {
    long s = d.toSeconds();
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    }
    return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
  }
}
