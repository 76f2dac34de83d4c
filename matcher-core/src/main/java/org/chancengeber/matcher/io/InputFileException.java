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

import static java.util.Objects.requireNonNull;

import org.chancengeber.matcher.MatcherException;

/**
 * The input itself could not be read (missing, unreadable, or an I/O error part-way), as opposed to
 * a bad line, which is {@linkplain LineResult.Rejected rejected} and reading goes on. The message
 * is {@code <source>: <reason>}.
 */
public final class InputFileException extends MatcherException {
  private static final long serialVersionUID = 1L;

  /** The file or stream name. */
  private final String source;

  /** Why it could not be read. */
  private final String reason;

  /**
   * An input that could not be read.
   *
   * @param source the file name (or stream name)
   * @param reason why, in plain words
   * @param cause the underlying error, or null
   */
  public InputFileException(String source, String reason, Throwable cause) {
    super(requireNonNull(source, "source") + ": " + requireNonNull(reason, "reason"), cause);
    this.source = source;
    this.reason = reason;
  }

  /** {@return the file name (or stream name) that could not be read} */
  public String source() {
    return source;
  }

  /** {@return the file name (or stream name) that could not be read: {@link #source()}} */
  @Override
  public String file() {
    return source;
  }

  /** {@return why, in plain words} */
  public String reason() {
    return reason;
  }
}
