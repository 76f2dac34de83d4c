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
import static org.chancengeber.matcher.cli.AtomicOutputTest.names;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a child process, as an operator runs it: killed while writing, its stdout
 * closed by {@code head}, writing to a full disk. Waits have generous limits and assert nothing
 * about time.
 */
final class ChildProcessTest {
  private static final long WAIT_SECONDS = 120;
  private static final String OLD = "{\"id\":\"c-old\"}\n";

  @TempDir Path dir;

  /** The command line as a child JVM on this test's class path. */
  static ProcessBuilder matcher(String... args) {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(MatcherCli.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  /** A generate run big enough to be killed while it writes DIR/candidates.jsonl. */
  private Process longGenerate(Path out) throws IOException {
    return matcher("generate", "--people", "50000000", "--offers", "0", "--out", out.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(dir.resolve("stderr.txt").toFile())
        .start();
  }

  /** Waits until {@code part} has data: the child is writing. */
  private static void awaitWriting(Path part, Process p) throws InterruptedException, IOException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    while (!(Files.exists(part) && Files.size(part) > 0)) {
      assertThat(p.isAlive()).as("the child ended before writing").isTrue();
      assertThat(System.nanoTime()).as("the child never wrote").isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  private static int await(Process p) throws InterruptedException {
    assertThat(p.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).as("the child did not end").isTrue();
    return p.exitValue();
  }

  private static void signal(Process p, String signal) throws IOException, InterruptedException {
    Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start();
    assertThat(kill.waitFor()).isZero();
  }

  private Path oldTarget(Path out) throws IOException {
    Files.createDirectories(out);
    return Files.writeString(out.resolve("candidates.jsonl"), OLD);
  }

  @Test
  void generate_sigtermOrSigintWhileWriting_partRemovedOldTargetIntact() throws Exception {
    for (String signal : List.of("TERM", "INT")) {
      Path out = dir.resolve(signal);
      Path target = oldTarget(out);
      Process p = longGenerate(out);
      awaitWriting(out.resolve(".candidates.jsonl.part"), p);

      signal(p, signal);

      assertThat(await(p)).as(signal).isNotZero();
      assertThat(names(out)).as(signal).containsExactly("candidates.jsonl");
      assertThat(Files.readString(target)).isEqualTo(OLD);
    }
  }

  @Test
  void generate_sigkillWhileWriting_partOwnerOnlyAndRemovedByTheNextRun() throws Exception {
    Path out = dir.resolve("gen");
    Path target = oldTarget(out);
    Path part = out.resolve(".candidates.jsonl.part");
    Process p = longGenerate(out);
    awaitWriting(part, p);

    p.destroyForcibly();
    await(p);

    assertThat(Files.readString(target)).isEqualTo(OLD);
    assertThat(AtomicOutputTest.mode(part)).isEqualTo("rw-------");
    Cli next = Cli.run("generate", "--people", "2", "--offers", "1", "--out", out.toString());
    assertThat(next.exitCode()).as(next.err()).isZero();
    assertThat(names(out)).containsExactly("candidates.jsonl", "vacancies.jsonl");
    assertThat(Files.readAllLines(target)).hasSize(2);
  }

  @Test
  void match_stdoutPipeClosedAfter100Bytes_exit3WithMessage() throws Exception {
    Process p =
        matcher("match", "--today", "2026-12-01")
            .redirectError(dir.resolve("stderr.txt").toFile())
            .start();
    try (InputStream in = p.getInputStream()) {
      assertThat(in.readNBytes(100)).hasSize(100);
    } // like `| head -c 100`: the reading end is closed

    assertThat(await(p)).isEqualTo(MatcherCli.NOTHING_PROCESSED);
    assertThat(Files.readString(dir.resolve("stderr.txt")))
        .isEqualTo("matcher match: standard output: cannot write: Broken pipe\n");
  }

  @Test
  void explain_stdoutOnAFullDisk_exit3WithMessage() throws Exception {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.exists(full), "no /dev/full: skipped");

    Process p =
        matcher(
                "explain",
                "--today",
                "2026-12-01",
                "--candidate",
                "c-case-cook",
                "--vacancy",
                "v-case-restaurant")
            .redirectOutput(full.toFile())
            .redirectError(dir.resolve("stderr.txt").toFile())
            .start();

    assertThat(await(p)).isEqualTo(MatcherCli.NOTHING_PROCESSED);
    assertThat(Files.readString(dir.resolve("stderr.txt")))
        .isEqualTo("matcher: standard output: cannot write: No space left on device\n");
  }

  @Test
  void generate_beyondTheFileSizeLimit_exit3NamingTheFile_noPartLeft() throws Exception {
    // a full disk without root: writes past `ulimit -f` fail (the JVM ignores SIGXFSZ)
    Path out = dir.resolve("gen");
    Path target = oldTarget(out);
    List<String> command =
        new ArrayList<>(List.of("sh", "-c", "ulimit -f 128; exec \"$0\" \"$@\""));
    command.addAll(
        matcher("generate", "--people", "10000", "--offers", "0", "--out", out.toString())
            .command());
    command.add(4, "-XX:-UsePerfData"); // after java: its own files stay small
    Process p =
        new ProcessBuilder(command).redirectError(dir.resolve("stderr.txt").toFile()).start();

    assertThat(await(p)).isEqualTo(MatcherCli.NOTHING_PROCESSED);
    assertThat(Files.readString(dir.resolve("stderr.txt")))
        .isEqualTo("matcher generate: " + target + ": cannot write: File too large\n");
    assertThat(names(out)).containsExactly("candidates.jsonl");
    assertThat(Files.readString(target)).isEqualTo(OLD);
  }

  private interface OnDisk {
    void run(Path disk) throws Exception;
  }

  /**
   * Runs {@code test} with a full-disk folder: a 64 KiB tmpfs (root only); skipped where the
   * machine does not allow mounting one.
   */
  private void onSmallDisk(OnDisk test) throws Exception {
    Path disk = Files.createDirectory(dir.resolve("disk"));
    assumeTrue(
        AtomicOutputTest.make("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", disk.toString()),
        "cannot mount a small tmpfs (needs root): skipped");
    try {
      test.run(disk);
    } finally {
      new ProcessBuilder("umount", disk.toString()).start().waitFor();
    }
  }

  @Test
  void match_outOnAFullDisk_exit3NamingTheFile_noPartLeft_oldOutputsIntact() throws Exception {
    onSmallDisk(
        disk -> {
          Path out = Files.writeString(disk.resolve("matches.jsonl"), "last run\n");
          Path rejects = Files.writeString(dir.resolve("rejects.jsonl"), "last run\n");

          Cli r = Cli.match("--out", out.toString(), "--rejects", rejects.toString());

          assertThat(r.exitCode()).isEqualTo(MatcherCli.NOTHING_PROCESSED);
          assertThat(r.err())
              .isEqualTo("matcher match: " + out + ": cannot write: No space left on device\n");
          assertThat(names(disk)).containsExactly("matches.jsonl");
          assertThat(Files.readString(out)).isEqualTo("last run\n");
          // the outputs commit together: the rejects of a run whose matches failed are not
          // committed
          assertThat(Files.readString(rejects)).isEqualTo("last run\n");
        });
  }

  @Test
  void match_rejectsOnAFullDisk_outNotCommittedEither() throws Exception {
    onSmallDisk(
        disk -> {
          // 2,000 rejected lines: more rejects than the disk holds
          StringBuilder bad = new StringBuilder();
          for (int i = 0; i < 2000; i++) {
            bad.append("{\"id\":\"c-").append(i).append("\",\"birthYear\":1800}\n");
          }
          Path in =
              Files.writeString(
                  dir.resolve("people.jsonl"),
                  bad
                      + new String(
                          org.chancengeber.matcher.samples.SampleData.openCandidates()
                              .readAllBytes(),
                          StandardCharsets.UTF_8));
          Path out = Files.writeString(dir.resolve("matches.jsonl"), "last run\n");
          Path rejects = disk.resolve("rejects.jsonl");

          Cli r =
              Cli.match(
                  "--top",
                  "1",
                  "--candidates",
                  in.toString(),
                  "--out",
                  out.toString(),
                  "--rejects",
                  rejects.toString());

          assertThat(r.exitCode()).isEqualTo(MatcherCli.NOTHING_PROCESSED);
          assertThat(r.err())
              .endsWith("matcher match: " + rejects + ": cannot write: No space left on device\n");
          assertThat(names(disk)).isEmpty();
          assertThat(Files.readString(out)).isEqualTo("last run\n");
        });
  }
}
