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

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.chancengeber.matcher.model.CandidateRecord;

/**
 * Measures reading a large candidates file: lines per second and peak heap. Not a test (it takes a
 * while and the machine's load decides the numbers); run it by hand with a small heap to show that
 * memory stays flat. From the project root, on a JDK 21+:
 *
 * <pre>
 * ./mvnw -B -q -o -pl matcher-core test-compile
 * ./mvnw -B -q -pl matcher-core dependency:build-classpath -Dmdep.includeScope=runtime \
 *     -Dmdep.outputFile=/tmp/cp.txt
 * java -Xmx64m -cp matcher-core/target/classes:matcher-core/target/test-classes:$(cat /tmp/cp.txt) \
 *     org.chancengeber.matcher.io.ReadMeasurement 1000000
 * </pre>
 *
 * It writes {@code N} varied candidate lines (one in 1,000 broken) to a temporary file (or to the
 * file given as second argument, which is then kept), reads it three times, and prints wall and CPU
 * time, the rate, the peak heap and the heap still live after the pass.
 */
public final class ReadMeasurement {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ReadMeasurement() {}

  public static void main(String[] args) throws IOException {
    long n = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
    boolean keep = args.length > 1;
    Path file = keep ? Path.of(args[1]) : Files.createTempFile("candidates-", ".jsonl");
    try {
      long bytes = write(file, n);
      System.out.printf(
          Locale.ROOT,
          "file: %,d lines, %,d bytes (%.1f MB), max heap %d MB%n",
          n,
          bytes,
          bytes / 1e6,
          Runtime.getRuntime().maxMemory() >> 20);
      for (int pass = 1; pass <= 3; pass++) {
        System.gc();
        resetPeaks();
        long start = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        ReadCounts counts;
        long live;
        try (JsonLinesReader<CandidateRecord> r =
            CandidateFormat.reader(file, ReadOptions.DEFAULTS)) {
          counts = r.drain();
          double cpu = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
          double seconds = (System.nanoTime() - start) / 1e9;
          System.gc(); // what the open reader still holds: its buffers and the set of ids
          live = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
          System.out.printf(
              Locale.ROOT,
              "pass %d: %s in %.2f s wall (%,.0f lines/s), %.2f s CPU (%,.0f lines/s, %.1f MB/s);"
                  + " peak heap %.1f MB (incl. garbage), live after GC %.1f MB%n",
              pass,
              counts,
              seconds,
              counts.read() / seconds,
              cpu,
              counts.read() / cpu,
              bytes / 1e6 / cpu,
              peakHeap() / 1e6,
              live / 1e6);
        }
      }
    } finally {
      if (!keep) {
        Files.deleteIfExists(file);
      }
    }
  }

  private static long write(Path file, long n) throws IOException {
    Random random = new Random(1);
    try (Writer w =
        new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      for (long i = 0; i < n; i++) {
        if (i % 1000 == 999) {
          w.write("{\"id\": \"c-" + i + "\", \"location\": {\"lat\": 95, \"lon\": 9}}\n");
        } else {
          CandidateFormat.write(RoundTripTest.Gen.candidate(random, "c-" + i), w);
        }
      }
    }
    return Files.size(file);
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** Sum of the heap pools' peaks: an upper bound of the heap in use at any one time. */
  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
