package org.chancengeber.matcher.spark;

/** A failure a person can act on, with the exit code it ends the job with. */
final class JobException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  JobException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
