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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class AtomicOutputTest {
  @TempDir Path dir;

  /**
   * Makes a special file with a system tool ({@code mkfifo}, {@code mknod}); false if it cannot.
   */
  static boolean make(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  static String mode(Path p) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }

  /** The names in {@code dir}, sorted (hidden part files included). */
  static List<String> names(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static void write(Path target, String text) {
    try (AtomicOutput out = AtomicOutput.open(Optional.of(target), null)) {
      out.writer().write(text);
      out.commit();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static CliException refusal(Path target) {
    try {
      AtomicOutput.open(Optional.of(target), null).close();
    } catch (CliException e) {
      return e;
    }
    throw new AssertionError(target + " was not refused");
  }

  @Test
  void open_characterDevice_refusedAndLeftAsItIs() throws IOException {
    Path device = dir.resolve("null");
    assumeTrue(make("mknod", device.toString(), "c", "1", "3"), "mknod needs root: skipped");

    CliException e = refusal(device);

    assertThat(e.exitCode()).isEqualTo(MatcherCli.USAGE);
    assertThat(e.getMessage())
        .isEqualTo(device + ": refused as output: is a device, FIFO or socket, not a regular file");
    assertThat(Files.isRegularFile(device)).isFalse();
    assertThat(names(dir)).containsExactly("null");
  }

  @Test
  void open_fifoFolderOrDanglingSymlink_refusedWithExit2() throws IOException {
    Path fifo = dir.resolve("fifo");
    assumeTrue(make("mkfifo", fifo.toString()), "mkfifo missing: skipped");
    Path folder = Files.createDirectory(dir.resolve("folder"));
    Path toFifo = Files.createSymbolicLink(dir.resolve("to-fifo"), fifo);
    Path dangling = Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("nothing"));

    assertThat(refusal(fifo).getMessage())
        .isEqualTo(fifo + ": refused as output: is a device, FIFO or socket, not a regular file");
    assertThat(refusal(folder).getMessage())
        .isEqualTo(folder + ": refused as output: is a folder, not a regular file");
    assertThat(refusal(toFifo).getMessage())
        .isEqualTo(
            toFifo
                + ": refused as output: is a symlink to a device, FIFO or socket, not to a regular"
                + " file");
    assertThat(refusal(dangling).getMessage())
        .isEqualTo(
            dangling
                + ": refused as output: is a symlink to nothing (a symlink is followed only to a"
                + " file)");
    assertThat(refusal(dangling).exitCode()).isEqualTo(MatcherCli.USAGE);
    assertThat(names(dir)).containsExactly("dangling", "fifo", "folder", "to-fifo");
  }

  @Test
  void commit_symlinkToRegularFile_replacesThatFileAndKeepsTheLink() throws IOException {
    Path real = Files.writeString(dir.resolve("real.jsonl"), "old\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.jsonl"), real);

    write(link, "new\n");

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).isEqualTo("new\n");
    assertThat(names(dir)).containsExactly("link.jsonl", "real.jsonl");
  }

  @Test
  void commit_newFile_isOwnerOnly() throws IOException {
    Path target = dir.resolve("sub").resolve("matches.jsonl");

    write(target, "x\n");

    assertThat(mode(target)).isEqualTo("rw-------");
    assertThat(Files.readString(target)).isEqualTo("x\n");
    assertThat(names(target.getParent())).containsExactly("matches.jsonl");
  }

  @Test
  void commit_existingFile_keepsItsMode() throws IOException {
    Path target = Files.writeString(dir.resolve("matches.jsonl"), "old\n");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));

    write(target, "new\n");

    assertThat(mode(target)).isEqualTo("rw-r-----");
    assertThat(Files.readString(target)).isEqualTo("new\n");
  }

  @Test
  void open_staleWorldReadablePartOfAKilledRun_isTakenOverAndGone() throws IOException {
    Path target = Files.writeString(dir.resolve("matches.jsonl"), "old\n");
    Path stale = Files.writeString(dir.resolve(".matches.jsonl.part"), "half a record of a kil");
    Files.setPosixFilePermissions(stale, PosixFilePermissions.fromString("rw-r--r--"));

    try (AtomicOutput out = AtomicOutput.open(Optional.of(target), null)) {
      assertThat(mode(stale)).isEqualTo("rw-------");
      assertThat(Files.size(stale)).isZero();
      out.writer().write("new\n");
      out.commit();
    }

    assertThat(Files.readString(target)).isEqualTo("new\n");
    assertThat(names(dir)).containsExactly("matches.jsonl");
  }

  @Test
  void open_partPlantedAsSymlink_isRemovedNotFollowed() throws IOException {
    Path victim = Files.writeString(dir.resolve("victim"), "keep\n");
    Files.createSymbolicLink(dir.resolve(".matches.jsonl.part"), victim);

    write(dir.resolve("matches.jsonl"), "new\n");

    assertThat(Files.readString(victim)).isEqualTo("keep\n");
    assertThat(names(dir)).containsExactly("matches.jsonl", "victim");
  }

  @Test
  void close_withoutCommit_deletesThePartAndKeepsTheOldTarget() throws IOException {
    Path target = Files.writeString(dir.resolve("matches.jsonl"), "old\n");

    try (AtomicOutput out = AtomicOutput.open(Optional.of(target), null)) {
      out.writer().write("new, but the run failed\n");
      out.writer().flush();
      assertThat(names(dir)).containsExactly(".matches.jsonl.part", "matches.jsonl");
    }

    assertThat(Files.readString(target)).isEqualTo("old\n");
    assertThat(names(dir)).containsExactly("matches.jsonl");
  }

  @Test
  void open_targetBeingWrittenByAnotherRun_refusedAndTheOtherUntouched() throws IOException {
    Path target = dir.resolve("matches.jsonl");

    try (AtomicOutput first = AtomicOutput.open(Optional.of(target), null)) {
      first.writer().write("first\n");
      assertThatThrownBy(() -> AtomicOutput.open(Optional.of(target), null))
          .isInstanceOf(CliException.class)
          .hasMessage(target + ": another run is writing it (.matches.jsonl.part is locked)");
      first.commit();
    }

    assertThat(Files.readString(target)).isEqualTo("first\n");
    assertThat(names(dir)).containsExactly("matches.jsonl");
  }

  @Test
  void empty_existingTarget_becomesEmpty_absentTargetIsNotCreated() throws IOException {
    Path old = Files.writeString(dir.resolve("old.jsonl"), "stale results\n");
    Path absent = dir.resolve("absent.jsonl");

    for (Path target : List.of(old, absent)) {
      try (AtomicOutput out = AtomicOutput.open(Optional.of(target), null)) {
        out.writer().write("partial\n");
        out.empty();
        out.commit();
      }
    }

    assertThat(Files.readString(old, StandardCharsets.UTF_8)).isEmpty();
    assertThat(names(dir)).containsExactly("old.jsonl");
  }
}
