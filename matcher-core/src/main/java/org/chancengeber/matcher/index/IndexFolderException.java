package org.chancengeber.matcher.index;

/**
 * An index folder that cannot be used: not an index's own, in use by another writer, or with a last
 * commit that cannot be read. The message names the folder or file and what to do.
 */
public final class IndexFolderException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public IndexFolderException(String message) {
    super(message);
  }

  public IndexFolderException(String message, Throwable cause) {
    super(message, cause);
  }
}
