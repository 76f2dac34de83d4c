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
package org.chancengeber.matcher.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Output to a file that appears whole or not at all, or to standard output.
 *
 * <ul>
 *   <li>The target must be a regular file or not exist yet; a symlink is followed only when it
 *       points to a regular file (which is then replaced, the link kept). A folder, device, FIFO,
 *       socket or dangling symlink is refused with exit 2 before anything is written.
 *   <li>Data goes to one part file per target, {@code .NAME.part} beside it, created owner-only
 *       (0600) and locked while written; a stale one left by a killed run is taken over by the next
 *       run to the same target. {@link #commit()} flushes, fsyncs and moves it into place
 *       atomically; an existing target's permissions are kept, a new target stays 0600.
 *   <li>A failure, {@link #close()} without commit, and SIGTERM or SIGINT (a shutdown hook) delete
 *       the part file. Every write error (a full disk, a closed pipe on standard output) stops the
 *       command with exit 3 and a message naming the file.
 * </ul>
 *
 * {@link Outputs} adds the checks across a command's files (no output may be an input or another
 * output) and commits several outputs together.
 */
final class AtomicOutput implements AutoCloseable {
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private final String name;
  private final Optional<File> file;
  private final Writer writer;
  private final Optional<PrintWriter> stdout;
  private boolean committed;

  /** The file side: target, part file, its channel and lock. */
  private record File(Path target, Path part, FileChannel channel) {}

  private boolean failed;
  private boolean emptied;

  private AtomicOutput(
      String name, Optional<File> file, Writer writer, Optional<PrintWriter> stdout) {
    this.name = name;
    this.file = file;
    this.writer = file.isPresent() ? new Guarded(writer) : writer;
    this.stdout = stdout;
  }

  /** Output to {@code file} when present, else to {@code stdout} (which is not closed). */
  static AtomicOutput open(Optional<Path> file, PrintWriter stdout) {
    if (file.isEmpty()) {
      return new AtomicOutput(
          "standard output", Optional.empty(), new ToStdout(stdout), Optional.of(stdout));
    }
    Path target = checkTarget(file.get());
    String name = file.get().toString();
    Path part = partOf(target);
    FileChannel channel = null;
    try {
      Path dir = part.getParent();
      if (!Files.isDirectory(dir)) {
        Files.createDirectories(dir);
      }
      channel = openPart(part, name);
      File f = new File(target, part, channel);
      Writer w =
          new BufferedWriter(
              new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8),
              1 << 16);
      AtomicOutput out = new AtomicOutput(name, Optional.of(f), w, Optional.empty());
      Cleanup.register(out);
      return out;
    } catch (IOException e) {
      closeQuietly(channel);
      throw new CliException(MatcherCli.NOTHING_PROCESSED, cannotWrite(name, e), e);
    }
  }

  /**
   * The file to replace for {@code path}: the path itself, or where its symlink points; refuses
   * (exit 2) anything but a regular file or a new name.
   */
  static Path checkTarget(Path path) {
    Path target = path.toAbsolutePath();
    BasicFileAttributes own;
    try {
      own = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return target;
    } catch (IOException e) {
      throw new CliException(MatcherCli.NOTHING_PROCESSED, cannotWrite(path.toString(), e), e);
    }
    if (own.isSymbolicLink()) {
      Path real;
      BasicFileAttributes pointed;
      try {
        real = target.toRealPath();
        pointed = Files.readAttributes(real, BasicFileAttributes.class);
      } catch (IOException e) {
        throw refused(path, "is a symlink to nothing (a symlink is followed only to a file)");
      }
      if (!pointed.isRegularFile()) {
        throw refused(path, "is a symlink to " + kind(pointed) + ", not to a regular file");
      }
      return real;
    }
    if (!own.isRegularFile()) {
      throw refused(path, "is " + kind(own) + ", not a regular file");
    }
    return target;
  }

  private static CliException refused(Path path, String why) {
    return new CliException(MatcherCli.USAGE, path + ": refused as output: " + why);
  }

  static String kind(BasicFileAttributes a) {
    if (a.isDirectory()) {
      return "a folder";
    }
    return a.isOther() ? "a device, FIFO or socket" : "a file of another kind";
  }

  /** The one part file of {@code target}. */
  static Path partOf(Path target) {
    return target.resolveSibling("." + target.getFileName() + ".part");
  }

  private static FileChannel openPart(Path part, String name) throws IOException {
    // a stale part that is not a plain file (a symlink planted there) is removed, never followed
    if (Files.exists(part, LinkOption.NOFOLLOW_LINKS)
        && !Files.isRegularFile(part, LinkOption.NOFOLLOW_LINKS)) {
      Files.delete(part);
    }
    boolean posix = part.getFileSystem().supportedFileAttributeViews().contains("posix");
    FileAttribute<?>[] attrs =
        posix
            ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
            : new FileAttribute<?>[0];
    FileChannel ch;
    try {
      ch =
          FileChannel.open(
              part,
              Set.of(
                  StandardOpenOption.CREATE_NEW,
                  StandardOpenOption.WRITE,
                  LinkOption.NOFOLLOW_LINKS),
              attrs);
    } catch (FileAlreadyExistsException stale) {
      ch =
          FileChannel.open(
              part, Set.of(StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS), attrs);
    }
    FileLock lock;
    try {
      lock = ch.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      ch.close();
      throw new CliException(
          MatcherCli.NOTHING_PROCESSED,
          name + ": another run is writing it (" + part.getFileName() + " is locked)");
    }
    // a stale part of a killed run: its content and permissions are not ours
    ch.truncate(0);
    if (posix) {
      Files.setPosixFilePermissions(part, OWNER_ONLY);
    }
    return ch;
  }

  Writer writer() {
    return writer;
  }

  /**
   * Stops the command when standard output has failed (a closed pipe, a full disk); called between
   * chunks of a long run so that a closed pipe ends it quickly. Files fail on the write itself.
   */
  void checkpoint() {
    if (stdout.isPresent() && stdout.get().checkError()) {
      throw new CliException(MatcherCli.NOTHING_PROCESSED, MatcherCli.stdoutFailure());
    }
  }

  /**
   * Drops what was written so far: an existing target will be replaced by an empty file (so that an
   * earlier run's output does not look current), and none is created.
   */
  void empty() {
    if (file.isEmpty()) {
      return;
    }
    emptied = true;
    flush();
    try {
      file.get().channel().truncate(0).position(0);
    } catch (IOException e) {
      throw new CliException(MatcherCli.NOTHING_PROCESSED, cannotWrite(name, e), e);
    }
  }

  /** Writes out what is buffered; a failure (of a file) throws, naming the output. */
  private void flush() {
    try {
      writer.flush();
    } catch (IOException e) {
      failed = true;
      throw new CliException(MatcherCli.NOTHING_PROCESSED, cannotWrite(name, e), e);
    }
  }

  /** Makes the output visible under its name. */
  void commit() {
    prepare();
    move();
  }

  /** Flushes and fsyncs the part file and gives it the target's permissions: all but the move. */
  void prepare() {
    if (committed) {
      return;
    }
    if (failed) {
      throw new CliException(MatcherCli.NOTHING_PROCESSED, name + ": not written: it failed");
    }
    flush();
    checkpoint();
    if (file.isEmpty()) {
      return;
    }
    File f = file.get();
    try {
      f.channel().force(true);
      if (f.part().getFileSystem().supportedFileAttributeViews().contains("posix")
          && Files.exists(f.target())) {
        Files.setPosixFilePermissions(f.part(), Files.getPosixFilePermissions(f.target()));
      }
    } catch (IOException e) {
      failed = true;
      throw new CliException(MatcherCli.NOTHING_PROCESSED, cannotWrite(name, e), e);
    }
  }

  /** Moves the prepared part file into place, atomically. */
  void move() {
    if (committed) {
      return;
    }
    if (file.isEmpty()) {
      committed = true;
      return;
    }
    File f = file.get();
    if (emptied && !Files.exists(f.target())) {
      committed = true;
      Cleanup.discard(this);
      return;
    }
    try {
      Cleanup.commit(
          this,
          () -> {
            try {
              Files.move(
                  f.part(),
                  f.target(),
                  StandardCopyOption.ATOMIC_MOVE,
                  StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
              Files.move(f.part(), f.target(), StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
          });
      syncFolder(f.target().getParent());
    } catch (IOException e) {
      failed = true;
      throw new CliException(MatcherCli.NOTHING_PROCESSED, cannotWrite(name, e), e);
    } finally {
      closeQuietly(f.channel());
    }
  }

  /** Makes the rename durable too (where the platform allows a folder to be synced). */
  private static void syncFolder(Path dir) {
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true);
    } catch (IOException | RuntimeException e) {
      // not every platform opens folders; the data itself is synced already
    }
  }

  /** Deletes the part file unless committed; never throws (it runs after failures). */
  @Override
  public void close() {
    if (committed) {
      return;
    }
    if (file.isEmpty()) {
      flush();
      return;
    }
    Cleanup.discard(this);
  }

  /** Closes and deletes the part file; called once, under the registry's lock. */
  private void discardPart() {
    File f = file.orElseThrow();
    closeQuietly(f.channel());
    try {
      Files.deleteIfExists(f.part());
    } catch (IOException e) {
      // nothing more can be done; the next run to this target takes the part over
    }
  }

  private static void closeQuietly(FileChannel ch) {
    if (ch != null) {
      try {
        ch.close();
      } catch (IOException e) {
        // closing after a failure: the failure is what gets reported
      }
    }
  }

  static String cannotWrite(String name, IOException e) {
    return name + ": cannot write: " + reason(e);
  }

  static String reason(IOException e) {
    String m = e.getMessage();
    String kind = e.getClass().getSimpleName().replace("Exception", "");
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileAlreadyExistsException x && x.getFile() != null) {
      return x.getFile() + " is not a folder";
    }
    if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
      return fse.getReason();
    }
    return m == null ? kind : m;
  }

  /**
   * The part files not yet committed or discarded, deleted by a shutdown hook on SIGTERM and SIGINT
   * (SIGKILL cannot be caught: then the next run takes the part over).
   */
  private static final class Cleanup {
    private static final Set<AtomicOutput> OPEN = new LinkedHashSet<>();
    private static boolean hooked;
    private static boolean shuttingDown;

    interface Move {
      void run() throws IOException;
    }

    static synchronized void register(AtomicOutput out) {
      if (!hooked) {
        Runtime.getRuntime().addShutdownHook(new Thread(Cleanup::all, "matcher-part-cleanup"));
        hooked = true;
      }
      OPEN.add(out);
    }

    static synchronized void commit(AtomicOutput out, Move move) throws IOException {
      if (shuttingDown || !OPEN.contains(out)) {
        throw new IOException("the run was stopped before the output was complete");
      }
      move.run();
      OPEN.remove(out);
    }

    static synchronized void discard(AtomicOutput out) {
      if (OPEN.remove(out)) {
        out.discardPart();
      }
    }

    private static synchronized void all() {
      shuttingDown = true;
      OPEN.forEach(AtomicOutput::discardPart);
      OPEN.clear();
    }
  }

  /** Whether writing failed (then it can never be committed). */
  boolean failed() {
    return failed || stdout.isPresent() && stdout.get().checkError();
  }

  /** Turns every write error into the command's error, naming the file. */
  private final class Guarded extends Writer {
    private final Writer out;

    Guarded(Writer out) {
      this.out = out;
    }

    private CliException failed(IOException e) {
      failed = true;
      return new CliException(MatcherCli.NOTHING_PROCESSED, cannotWrite(name, e), e);
    }

    @Override
    public void write(int c) {
      try {
        out.write(c);
      } catch (IOException e) {
        throw failed(e);
      }
    }

    @Override
    public void write(char[] cbuf, int off, int len) {
      try {
        out.write(cbuf, off, len);
      } catch (IOException e) {
        throw failed(e);
      }
    }

    @Override
    public void write(String str, int off, int len) {
      try {
        out.write(str, off, len);
      } catch (IOException e) {
        throw failed(e);
      }
    }

    @Override
    public void flush() {
      try {
        out.flush();
      } catch (IOException e) {
        throw failed(e);
      }
    }

    @Override
    public void close() {
      flush();
    }
  }

  /** Standard output, kept open after the command; its errors are found by {@link #checkpoint}. */
  private static final class ToStdout extends Writer {
    private final PrintWriter out;

    ToStdout(PrintWriter out) {
      this.out = out;
    }

    @Override
    public void write(char[] cbuf, int off, int len) {
      out.write(cbuf, off, len);
    }

    @Override
    public void write(String str, int off, int len) {
      out.write(str, off, len);
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
