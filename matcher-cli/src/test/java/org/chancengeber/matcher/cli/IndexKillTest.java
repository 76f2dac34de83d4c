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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of a {@code matcher index} child process while it writes the index: the index is
 * left at its last commit, ranks as before, and takes the next run; while the child runs, a second
 * process is refused with the lock file named. Waits have generous limits and assert nothing about
 * time.
 */
final class IndexKillTest {
  private static final long WAIT_SECONDS = 120;
  private static final String TODAY = "2026-12-01";

  @TempDir Path dir;

  @Test
  void index_killedWhileWriting_indexAtTheLastCommit_sameRankings() throws Exception {
    Path first = dir.resolve("first");
    Path second = dir.resolve("second");
    Path index = dir.resolve("index");
    Cli gen1 = Cli.run("generate", "--people", "40", "--offers", "1500", "--out", first.toString());
    assertThat(gen1.exitCode()).as(gen1.err()).isZero();
    // another seed: other offers under the same ids, so a half-applied run would show
    Cli gen2 =
        Cli.run(
            "generate",
            "--people",
            "0",
            "--offers",
            "60000",
            "--seed",
            "99",
            "--out",
            second.toString());
    assertThat(gen2.exitCode()).as(gen2.err()).isZero();
    Path people = first.resolve("candidates.jsonl");
    Cli built =
        Cli.run(
            "index",
            "--today",
            TODAY,
            "--vacancies",
            first.resolve("vacancies.jsonl").toString(),
            "--candidates",
            people.toString(),
            "--index",
            index.toString());
    assertThat(built.exitCode()).as(built.err()).isZero();
    Cli before = Cli.match("--index", index.toString(), "--candidates", people.toString());
    assertThat(before.exitCode()).as(before.err()).isZero();
    Set<String> committed = files(index.resolve("vacancies"));

    Process p =
        ChildProcessTest.matcher(
                "index",
                "--today",
                TODAY,
                "--vacancies",
                second.resolve("vacancies.jsonl").toString(),
                "--index",
                index.toString())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(dir.resolve("stderr.txt").toFile())
            .start();
    // the child writes its first segment's files as soon as it indexes
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    while (files(index.resolve("vacancies")).stream()
        .allMatch(f -> committed.contains(f) || f.equals("write.lock"))) {
      assertThat(p.isAlive()).as("the child ended before writing: %s", stderr()).isTrue();
      assertThat(System.nanoTime()).as("the child never wrote").isLessThan(deadline);
      Thread.sleep(20);
    }
    // a second process on the index while the child holds it: a clear error naming the lock
    Cli meanwhile =
        Cli.run(
            "index",
            "--today",
            TODAY,
            "--vacancies",
            first.resolve("vacancies.jsonl").toString(),
            "--index",
            index.toString());
    assertThat(meanwhile.exitCode()).as(meanwhile.err()).isEqualTo(MatcherCli.NOTHING_PROCESSED);
    assertThat(meanwhile.err())
        .isEqualTo(
            "matcher index: index folder "
                + index.resolve("vacancies")
                + " is in use by another engine or process: its lock file "
                + index.resolve("vacancies").resolve("write.lock")
                + " is held. Close that engine (or let that matcher run end) first\n");
    assertThat(p.isAlive()).as("killed mid-run, before its commit").isTrue();
    p.destroyForcibly();
    assertThat(p.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
    assertThat(stderr()).doesNotContain("committed");

    Cli after = Cli.match("--index", index.toString(), "--candidates", people.toString());
    assertThat(after.exitCode()).as(after.err()).isZero();
    assertThat(after.out()).isEqualTo(before.out()).isNotEmpty();
    assertThat(after.err()).contains("offers: 1500 in the index;");

    // the lock died with the child: the next run takes the index and commits
    Path small =
        Files.writeString(
            dir.resolve("gone.txt"),
            IndexCommandTest.firstId(first.resolve("vacancies.jsonl")) + "\n");
    Cli next =
        Cli.run(
            "index",
            "--today",
            TODAY,
            "--delete-vacancies",
            small.toString(),
            "--index",
            index.toString());
    assertThat(next.exitCode()).as(next.err()).isZero();
    assertThat(next.err()).contains("index " + index + ": 1499 offers, 40 people; committed");
  }

  private String stderr() throws IOException {
    Path f = dir.resolve("stderr.txt");
    return Files.exists(f) ? Files.readString(f) : "";
  }

  private static Set<String> files(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return Set.copyOf(s.map(p -> p.getFileName().toString()).toList());
    }
  }
}
