package org.chancengeber.matcher.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Output to a file that appears whole or not at all: written to a temporary file beside the target
 * and moved into place by {@link #commit()}; closing without commit deletes it. Without a file, the
 * output goes to the command's standard output.
 */
final class AtomicOutput implements AutoCloseable {
  private final Optional<Path> target;
  private final Optional<Path> temp;
  private final Writer writer;
  private boolean committed;

  private AtomicOutput(Optional<Path> target, Optional<Path> temp, Writer writer) {
    this.target = target;
    this.temp = temp;
    this.writer = writer;
  }

  /** Output to {@code file} when present, else to {@code stdout} (which is not closed). */
  static AtomicOutput open(Optional<Path> file, PrintWriter stdout) {
    if (file.isEmpty()) {
      return new AtomicOutput(Optional.empty(), Optional.empty(), new NonClosing(stdout));
    }
    Path target = file.get().toAbsolutePath();
    try {
      Path dir = target.getParent();
      if (dir != null) {
        Files.createDirectories(dir);
      }
      // a fresh name beside the target, created with the usual permissions (not 0600 as with
      // createTempFile), so the moved file looks like any other output
      Path temp =
          target.resolveSibling(
              "." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".part");
      Writer w =
          new BufferedWriter(
              new OutputStreamWriter(
                  Files.newOutputStream(
                      temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                  StandardCharsets.UTF_8),
              1 << 16);
      return new AtomicOutput(Optional.of(target), Optional.of(temp), w);
    } catch (IOException e) {
      throw new CliException(
          MatcherCli.NOTHING_PROCESSED, file.get() + ": cannot write: " + reason(e), e);
    }
  }

  Writer writer() {
    return writer;
  }

  /** Makes the output visible under its name. */
  void commit() {
    try {
      writer.flush();
      if (temp.isPresent()) {
        writer.close();
        try {
          Files.move(
              temp.get(),
              target.get(),
              StandardCopyOption.ATOMIC_MOVE,
              StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp.get(), target.get(), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      committed = true;
    } catch (IOException e) {
      throw new CliException(
          MatcherCli.NOTHING_PROCESSED, target.orElseThrow() + ": cannot write: " + reason(e), e);
    }
  }

  @Override
  public void close() {
    if (committed) {
      return;
    }
    try {
      writer.close();
      if (temp.isPresent()) {
        Files.deleteIfExists(temp.get());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String reason(IOException e) {
    String m = e.getMessage();
    String kind = e.getClass().getSimpleName().replace("Exception", "");
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return m == null ? kind : m;
  }

  /** Keeps the command's standard output open after the command. */
  private static final class NonClosing extends Writer {
    private final PrintWriter out;

    NonClosing(PrintWriter out) {
      this.out = out;
    }

    @Override
    public void write(char[] cbuf, int off, int len) {
      out.write(cbuf, off, len);
    }

    @Override
    public void write(String str) {
      out.write(str);
    }

    @Override
    public void flush() {
      out.flush();
    }

    @Override
    public void close() {
      out.flush();
    }
  }
}
