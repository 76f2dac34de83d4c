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

/**
 * Every limit that protects a reader against hostile or broken input, in one place. A line that
 * breaches a limit is rejected with a message that names the limit and how to raise it, for example
 * {@code line is 12582912 bytes long, exceeds maxLineBytes (1048576); raise
 * ReadLimits.maxLineBytes}; the lines after it are still read. Memory use per line is bounded by
 * {@link #maxLineBytes()}, whatever the input.
 *
 * <p>Nesting depth, string and number length are enforced by Jackson's {@code
 * StreamReadConstraints}, configured from these values; line length and list size by the reader
 * itself.
 *
 * @param maxLineBytes longest line in bytes (UTF-8, without the line break); default 1 MiB
 * @param maxDepth deepest nesting of objects and arrays in a line; default 32 (the formats need 4)
 * @param maxListSize most entries in one JSON array; default 1,000
 * @param maxStringLength longest string value or field name in characters; default 65,536
 * @param maxNumberLength longest number literal in characters; default 100
 */
public record ReadLimits(
    int maxLineBytes, int maxDepth, int maxListSize, int maxStringLength, int maxNumberLength) {

  /** The defaults: 1 MiB lines, depth 32, 1,000 list entries, 65,536-char strings, 100 digits. */
  public static final ReadLimits DEFAULTS = new ReadLimits(1 << 20, 32, 1_000, 65_536, 100);

  /** Upper bound for {@link #maxLineBytes()}: a line must fit a Java array with room to spare. */
  public static final int MAX_LINE_BYTES_CEILING = 1 << 30;

  /** Upper bound for {@link #maxDepth()}: nesting is walked recursively. */
  public static final int MAX_DEPTH_CEILING = 1_000;

  /** Creates limits, checking that each is within its range. */
  public ReadLimits {
    check(
        maxLineBytes >= 1 && maxLineBytes <= MAX_LINE_BYTES_CEILING,
        "maxLineBytes",
        maxLineBytes,
        "1.." + MAX_LINE_BYTES_CEILING);
    check(
        maxDepth >= 1 && maxDepth <= MAX_DEPTH_CEILING,
        "maxDepth",
        maxDepth,
        "1.." + MAX_DEPTH_CEILING);
    check(maxListSize >= 1, "maxListSize", maxListSize, "at least 1");
    check(maxStringLength >= 1, "maxStringLength", maxStringLength, "at least 1");
    check(maxNumberLength >= 1, "maxNumberLength", maxNumberLength, "at least 1");
  }

  private static void check(boolean ok, String name, int value, String range) {
    if (!ok) {
      throw new IllegalArgumentException(name + " (" + value + ") must be " + range);
    }
  }

  /**
   * {@return these limits with another maximum line length}
   *
   * @param bytes the longest line in bytes (UTF-8)
   */
  public ReadLimits withMaxLineBytes(int bytes) {
    return new ReadLimits(bytes, maxDepth, maxListSize, maxStringLength, maxNumberLength);
  }

  /**
   * {@return these limits with another maximum nesting depth}
   *
   * @param depth the deepest nesting of objects and arrays
   */
  public ReadLimits withMaxDepth(int depth) {
    return new ReadLimits(maxLineBytes, depth, maxListSize, maxStringLength, maxNumberLength);
  }

  /**
   * {@return these limits with another maximum list size}
   *
   * @param size the most elements of one array
   */
  public ReadLimits withMaxListSize(int size) {
    return new ReadLimits(maxLineBytes, maxDepth, size, maxStringLength, maxNumberLength);
  }

  /**
   * {@return these limits with another maximum string length}
   *
   * @param length the longest string in characters
   */
  public ReadLimits withMaxStringLength(int length) {
    return new ReadLimits(maxLineBytes, maxDepth, maxListSize, length, maxNumberLength);
  }

  /**
   * {@return these limits with another maximum number length}
   *
   * @param length the longest number in characters
   */
  public ReadLimits withMaxNumberLength(int length) {
    return new ReadLimits(maxLineBytes, maxDepth, maxListSize, maxStringLength, length);
  }

  /** The message for a breached limit: {@code <what>, exceeds <name> (<value>); raise ...}. */
  static String breach(String what, String name, int value) {
    return what + " exceeds " + name + " (" + value + "); raise ReadLimits." + name;
  }
}
