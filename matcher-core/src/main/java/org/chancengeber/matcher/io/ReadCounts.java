package org.chancengeber.matcher.io;

/**
 * Lines read so far: {@code read == accepted + rejected}. Blank lines are not counted.
 *
 * @param warned accepted lines that carried at least one warning
 * @param read lines read
 * @param accepted lines that became a value
 * @param rejected lines rejected
 */
public record ReadCounts(long read, long accepted, long rejected, long warned) {
  public static final ReadCounts NONE = new ReadCounts(0, 0, 0, 0);
}
