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
