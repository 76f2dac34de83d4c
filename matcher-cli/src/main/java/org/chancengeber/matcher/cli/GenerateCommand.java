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

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.chancengeber.matcher.io.CandidateFormat;
import org.chancengeber.matcher.io.VacancyFormat;
import org.chancengeber.matcher.samples.Generator;
import org.chancengeber.matcher.samples.SampleData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code matcher generate}: realistic people and offers at any size, deterministic by seed. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Writes DIR/candidates.jsonl and DIR/vacancies.jsonl from the realistic generator: the same"
          + " seed gives byte-identical files. Locations spread over Germany's cities by"
          + " population.",
      "Exit codes: 0 written; 2 usage error; 3 the files could not be written."
    })
final class GenerateCommand implements Callable<Integer> {
  @Option(names = "--people", paramLabel = "N", required = true, description = "People to write.")
  long people;

  @Option(names = "--offers", paramLabel = "M", required = true, description = "Offers to write.")
  long offers;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder.")
  Path out;

  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (people < 0 || offers < 0) {
      throw new CliException(MatcherCli.USAGE, "--people and --offers must not be negative");
    }
    PrintWriter err = spec.commandLine().getErr();
    long started = System.nanoTime();
    Generator generator =
        new Generator(
            common.taxonomy(),
            seed,
            common.today == null ? Generator.DEFAULT_REFERENCE_DATE : common.today);
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new CliException(MatcherCli.USAGE, out + ": refused as output: not a folder");
    }
    // both files or neither: each is written to its part file, then both are moved into place
    try (Outputs outputs = new Outputs()) {
      write(
          outputs.open("--out", Optional.of(out.resolve(SampleData.CANDIDATES_NAME)), null),
          "people",
          people,
          err,
          w -> generator.candidates(people).forEach(c -> io(() -> CandidateFormat.write(c, w))));
      write(
          outputs.open("--out", Optional.of(out.resolve(SampleData.VACANCIES_NAME)), null),
          "offers",
          offers,
          err,
          w -> generator.vacancies(offers).forEach(v -> io(() -> VacancyFormat.write(v, w))));
      outputs.commit();
    }
    err.println(
        String.format(
            Locale.ROOT,
            "wrote %d people and %d offers to %s in %.1f s",
            people,
            offers,
            out,
            (System.nanoTime() - started) / 1e9));
    return MatcherCli.OK;
  }

  private void write(
      AtomicOutput output,
      String what,
      long total,
      PrintWriter err,
      java.util.function.Consumer<Writer> body) {
    Progress progress = new Progress(err, common.progressEnabled(), what, OptionalLong.of(total));
    Writer w = new CountingWriter(output.writer(), progress);
    body.accept(w);
    progress.finish(total);
  }

  private interface IoAction {
    void run() throws IOException;
  }

  private static void io(IoAction action) {
    try {
      action.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Counts lines written, for progress. */
  private static final class CountingWriter extends java.io.FilterWriter {
    private final Progress progress;
    private long lines;

    CountingWriter(Writer out, Progress progress) {
      super(out);
      this.progress = progress;
    }

    @Override
    public void write(int c) throws IOException {
      super.write(c);
      if (c == '\n') {
        progress.update(++lines);
      }
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
      super.write(str, off, len);
      for (int i = off; i < off + len; i++) {
        if (str.charAt(i) == '\n') {
          progress.update(++lines);
        }
      }
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      super.write(cbuf, off, len);
      for (int i = off; i < off + len; i++) {
        if (cbuf[i] == '\n') {
          progress.update(++lines);
        }
      }
    }
  }
}
