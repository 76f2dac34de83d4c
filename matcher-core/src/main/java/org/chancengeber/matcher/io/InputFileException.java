package org.chancengeber.matcher.io;

import static java.util.Objects.requireNonNull;

/**
 * The input itself could not be read (missing, unreadable, or an I/O error part-way), as opposed to
 * a bad line, which is {@linkplain LineResult.Rejected rejected} and reading goes on. The message
 * is {@code <source>: <reason>}.
 */
public final class InputFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final String reason;

  public InputFileException(String source, String reason, Throwable cause) {
    super(requireNonNull(source, "source") + ": " + requireNonNull(reason, "reason"), cause);
    this.source = source;
    this.reason = reason;
  }

  /** The file name (or stream name) that could not be read. */
  public String source() {
    return source;
  }

  /** Why, in plain words. */
  public String reason() {
    return reason;
  }
}
