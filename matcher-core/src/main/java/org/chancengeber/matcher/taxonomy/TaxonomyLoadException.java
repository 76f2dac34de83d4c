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
package org.chancengeber.matcher.taxonomy;

import static java.util.Objects.requireNonNull;

import org.chancengeber.matcher.MatcherException;

/**
 * A taxonomy file could not be read: it is missing, malformed, or holds a value the importer does
 * not understand. Carries where: the file, the 1-based line and column (0 when the error concerns
 * the whole file), and the reason. No taxonomy is returned when this is thrown.
 */
public final class TaxonomyLoadException extends MatcherException {
  private static final long serialVersionUID = 1L;

  /** The file name. */
  private final String file;

  /** 1-based line, 0 for the whole file. */
  private final int line;

  /** 1-based column, 0 when not applicable. */
  private final int column;

  /** What is wrong. */
  private final String reason;

  /**
   * A taxonomy file that cannot be read.
   *
   * @param file the file name
   * @param line 1-based line, 0 for the whole file
   * @param column 1-based column, 0 when not applicable
   * @param reason what is wrong
   */
  public TaxonomyLoadException(String file, int line, int column, String reason) {
    this(file, line, column, reason, null);
  }

  /**
   * A taxonomy file that cannot be read, with the underlying error.
   *
   * @param file the file name
   * @param line 1-based line, 0 for the whole file
   * @param column 1-based column, 0 when not applicable
   * @param reason what is wrong
   * @param cause the underlying error, or null
   */
  public TaxonomyLoadException(String file, int line, int column, String reason, Throwable cause) {
    super(format(file, line, column, reason), cause);
    this.file = requireNonNull(file, "file");
    this.line = line;
    this.column = column;
    this.reason = requireNonNull(reason, "reason");
  }

  private static String format(String file, int line, int column, String reason) {
    if (line <= 0) {
      return file + ": " + reason;
    }
    if (column <= 0) {
      return file + ", line " + line + ": " + reason;
    }
    return file + ", line " + line + ", column " + column + ": " + reason;
  }

  /** {@return the file (as named in the load, e.g. {@code esco.zip!/skills_en.csv})} */
  public String file() {
    return file;
  }

  /** {@return 1-based line, 0 when the error concerns the whole file} */
  public int line() {
    return line;
  }

  /** {@return 1-based character column within the line, 0 when not applicable} */
  public int column() {
    return column;
  }

  /** {@return what is wrong, without the location} */
  public String reason() {
    return reason;
  }
}
