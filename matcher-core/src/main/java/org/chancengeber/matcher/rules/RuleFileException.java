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
package org.chancengeber.matcher.rules;

import static java.util.Objects.requireNonNull;

import org.chancengeber.matcher.MatcherException;

/**
 * A rule file that cannot be used: malformed JSON, a missing or unknown field, or a value out of
 * range. The message names the file, the line, the field path and the reason, e.g. {@code
 * my-rules.json:12: statuses.DULDUNG.workPermission: 'MAYBE' is not one of ALLOWED,
 * APPROVAL_REQUIRED, BANNED}.
 *
 * @see RuleSet#fromJson(java.nio.file.Path)
 */
public final class RuleFileException extends MatcherException {
  private static final long serialVersionUID = 1L;

  /** The file or resource name. */
  private final String file;

  /** 1-based line, 0 when unknown. */
  private final int line;

  /** The dotted field path; empty for the document. */
  private final String field;

  /** Why the value cannot be used. */
  private final String reason;

  /**
   * A rule file that cannot be used.
   *
   * @param line 1-based line number, 0 when unknown
   * @param field dotted path of the field, e.g. {@code offerTypes.EQ.minHoursPerWeek}; empty for
   *     the whole document
   * @param file the file (or resource) name
   * @param reason why the value cannot be used
   */
  public RuleFileException(String file, int line, String field, String reason) {
    super(
        requireNonNull(file, "file")
            + (line > 0 ? ":" + line : "")
            + ": "
            + (requireNonNull(field, "field").isEmpty() ? "" : field + ": ")
            + requireNonNull(reason, "reason"));
    this.file = file;
    this.line = line;
    this.field = field;
    this.reason = reason;
  }

  /** {@return the file (or resource) name the rules were read from} */
  public String file() {
    return file;
  }

  /** {@return 1-based line of the offending value, 0 when unknown} */
  public int line() {
    return line;
  }

  /**
   * {@return dotted field path, e.g. {@code offerTypes.EQ.minHoursPerWeek}; empty for the document}
   */
  public String field() {
    return field;
  }

  /** {@return why the value cannot be used} */
  public String reason() {
    return reason;
  }
}
