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
package org.chancengeber.matcher;

/**
 * The base of the exceptions the library throws when input it is given cannot be used: a rule file
 * ({@link org.chancengeber.matcher.rules.RuleFileException}), a taxonomy or alias file ({@link
 * org.chancengeber.matcher.taxonomy.TaxonomyLoadException}), an input file that cannot be read
 * ({@link org.chancengeber.matcher.io.InputFileException}), or an index folder the engine cannot
 * use. Unchecked; catch this type to handle them all alike.
 *
 * <p>Where input is the cause, {@link #file()}, {@link #line()}, {@link #field()} and {@link
 * #reason()} say where and why; the message is made of them. A bad line of a JSON Lines file is not
 * an exception: the reader rejects it ({@link org.chancengeber.matcher.io.LineResult.Rejected}) and
 * goes on. Programming errors (a negative {@code k}, a null argument, a query on a closed engine)
 * are the JDK's {@link IllegalArgumentException}, {@link NullPointerException} and {@link
 * IllegalStateException}, not this type.
 */
public class MatcherException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with a message and no location.
   *
   * @param message what went wrong
   */
  public MatcherException(String message) {
    super(message);
  }

  /**
   * An exception with a message and its cause.
   *
   * @param message what went wrong
   * @param cause the underlying error, or null
   */
  public MatcherException(String message, Throwable cause) {
    super(message, cause);
  }

  /** {@return the file (or stream, or resource) the problem is in; empty when none is} */
  public String file() {
    return "";
  }

  /** {@return the 1-based line of the problem, 0 when unknown or for the whole file} */
  public int line() {
    return 0;
  }

  /** {@return the path of the field at fault, e.g. {@code statuses.DULDUNG}; empty when none} */
  public String field() {
    return "";
  }

  /** {@return why, without the location} */
  public String reason() {
    return getMessage();
  }
}
