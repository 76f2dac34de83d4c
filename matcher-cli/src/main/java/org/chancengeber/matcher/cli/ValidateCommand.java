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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.chancengeber.matcher.ClaimResolution;
import org.chancengeber.matcher.MatchEngine;
import org.chancengeber.matcher.io.CandidateFormat;
import org.chancengeber.matcher.io.InputError;
import org.chancengeber.matcher.io.InputFileException;
import org.chancengeber.matcher.io.JsonLinesReader;
import org.chancengeber.matcher.io.LineResult;
import org.chancengeber.matcher.io.ReadCounts;
import org.chancengeber.matcher.io.ReadOptions;
import org.chancengeber.matcher.io.RejectsWriter;
import org.chancengeber.matcher.io.VacancyFormat;
import org.chancengeber.matcher.model.CandidateRecord;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.taxonomy.Taxonomy;
import org.chancengeber.matcher.taxonomy.TaxonomyLoadException;
import org.chancengeber.matcher.taxonomy.Understanding;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code matcher validate (--candidates F | --vacancies F) [--rejects F] [--esco DIR] [--aliases
 * F]}: checks every line of a file, prints each error ({@code file:line: field: message}) and each
 * warning (marked {@code warning:}); with {@code --esco} or {@code --aliases} also each free-text
 * concept that is not understood; then {@code N valid, M rejected[, K texts not understood]}. Exit
 * 0 when all lines are valid, 1 when some were rejected, 3 when none could be read.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks a people or offers file (JSON Lines) line by line.",
      "Prints each error as file:line: field: message, each warning after",
      "'warning: ', then a summary 'N valid, M rejected'.",
      "With --esco (or --aliases) it also resolves each free-text concept and lists those",
      "not understood (compared as text only when matching) with file, line and field.",
      "Exit: 0 all valid, 1 some lines rejected, 2 usage error, 3 nothing read."
    })
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Input input;

  static final class Input {
    @Option(
        names = "--candidates",
        paramLabel = "F",
        required = true,
        description = "People file to check (JSON Lines).")
    Path candidates;

    @Option(
        names = "--vacancies",
        paramLabel = "F",
        required = true,
        description = "Offers file to check (JSON Lines).")
    Path vacancies;
  }

  @Option(
      names = "--rejects",
      paramLabel = "F",
      description = "Write the rejected lines to F as JSON Lines: {\"line\", \"id\", \"errors\"}.")
  Path rejects;

  @Option(
      names = "--esco",
      paramLabel = "DIR",
      description =
          "Also resolve the free-text concepts against this ESCO download (folder or zip;"
              + " repeatable) and list each text not understood with its line.")
  List<Path> esco = new ArrayList<>();

  @picocli.CommandLine.Mixin AliasOption aliases = new AliasOption();

  private Taxonomy taxonomy;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<MatchEngine> engine;
    try {
      // concept ids are checked against the taxonomy as match checks them (the sample without
      // --esco); free texts are resolved only when a taxonomy or aliases are given
      taxonomy = CommonOptions.taxonomy(esco, aliases.files);
      engine =
          esco.isEmpty() && aliases.files.isEmpty()
              ? Optional.empty()
              : Optional.of(MatchEngine.builder().taxonomy(taxonomy).build());
    } catch (CliException e) {
      err.println("matcher validate: " + e.getMessage());
      return e.exitCode();
    } catch (TaxonomyLoadException e) {
      err.println("matcher validate: cannot load the taxonomy: " + e.getMessage());
      return MatcherCli.NOTHING_PROCESSED;
    }
    try {
      return check(out, err, engine);
    } finally {
      engine.ifPresent(MatchEngine::close);
    }
  }

  private int check(PrintWriter out, PrintWriter err, Optional<MatchEngine> engine) {
    long notUnderstood = 0;
    Path inputFile = input.candidates != null ? input.candidates : input.vacancies;
    try (Outputs outputs = new Outputs(Optional.of(inputFile))) {
      Optional<AtomicOutput> rejectsFile = outputs.open("--rejects", Optional.ofNullable(rejects));
      Optional<RejectsWriter> rejectsWriter = rejectsFile.map(f -> new RejectsWriter(f.writer()));
      try {
        // the same kinds of input as match: a regular, readable file (no FIFO, no /dev/zero)
        Inputs.requireReadable(inputFile);
      } catch (CliException e) {
        outputs.commitNothingProcessed("--rejects");
        throw e;
      }
      try (JsonLinesReader<?> reader = open()) {
        long seen = 0;
        while (reader.hasNext()) {
          LineResult<?> result = reader.next();
          if (result instanceof LineResult.Accepted<?> a) {
            for (InputError w : a.warnings()) {
              out.println("warning: " + w);
            }
            if (engine.isPresent()) {
              for (ClaimResolution c : resolutions(engine.get(), a.value())) {
                if (!c.understood()) {
                  notUnderstood++;
                  out.println(notUnderstood(reader.source(), a.line(), c));
                }
              }
            }
          } else if (result instanceof LineResult.Rejected<?> x) {
            for (InputError e : x.errors()) {
              out.println(e);
            }
            if (rejectsWriter.isPresent()) {
              rejectsWriter.get().write(x);
            }
          }
          if (++seen % CHECK_EVERY == 0 && out.checkError()) {
            // a closed pipe: stop now, not at the end of a long file
            throw new CliException(MatcherCli.NOTHING_PROCESSED, MatcherCli.stdoutFailure());
          }
        }
        ReadCounts counts = reader.counts();
        out.println(
            counts.accepted()
                + " valid, "
                + counts.rejected()
                + " rejected"
                + (engine.isPresent() ? ", " + notUnderstood + " texts not understood" : ""));
        out.flush();
        outputs.commit();
        if (counts.accepted() == 0) {
          err.println(
              "matcher validate: "
                  + reader.source()
                  + (counts.read() == 0 ? ": no lines to read" : ": no line is valid"));
          return MatcherCli.NOTHING_PROCESSED;
        }
        return counts.rejected() > 0 ? MatcherCli.SOME_REJECTED : MatcherCli.OK;
      } catch (InputFileException e) {
        // nothing could be read: an earlier run's rejects must not look current
        outputs.commitNothingProcessed("--rejects");
        err.println("matcher validate: " + e.getMessage());
        return MatcherCli.NOTHING_PROCESSED;
      } catch (IOException e) {
        // the rejects writer's own errors are thrown by AtomicOutput with the file's name
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Results between checks of standard output. */
  private static final int CHECK_EVERY = 1024;

  private static List<ClaimResolution> resolutions(MatchEngine engine, Object record) {
    return switch (record) {
      case CandidateRecord c -> engine.resolutions(c.candidate());
      case Vacancy v -> engine.resolutions(v);
      default -> List.of();
    };
  }

  /** {@code file:line: field: "text" (lang) not understood (best "label", confidence 0.26)}. */
  static String notUnderstood(String source, long line, ClaimResolution c) {
    Understanding u = c.understanding();
    return String.format(
        Locale.ROOT,
        "%s:%d: %s: \"%s\"%s not understood as %s (%s)",
        source,
        line,
        c.field(),
        u.text(),
        u.lang().isEmpty() ? "" : " (" + u.lang() + ")",
        u.type().jsonName(),
        u.best()
            .map(
                b ->
                    String.format(
                        Locale.ROOT,
                        "best \"%s\", confidence %.2f below %.2f",
                        b.label(),
                        b.score(),
                        u.threshold()))
            .orElse("nothing similar found"));
  }

  private JsonLinesReader<?> open() {
    ReadOptions options = ReadOptions.DEFAULTS.withTaxonomy(taxonomy);
    return input.candidates != null
        ? CandidateFormat.reader(input.candidates, options)
        : VacancyFormat.reader(input.vacancies, options);
  }
}
