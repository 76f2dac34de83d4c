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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.chancengeber.matcher.MatchEngine;
import org.chancengeber.matcher.io.InputError;
import org.chancengeber.matcher.io.LineResult;
import org.chancengeber.matcher.model.Vacancy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code matcher index}: builds or updates a persistent index of offers and people. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Builds or updates the index in DIR: adds or replaces the offers and people of the files by"
          + " id, deletes those listed by id, and commits at the end. match, candidates, explain,"
          + " assign and report then take --index DIR instead of --vacancies/--candidates.",
      "A run is all or nothing: until its commit the index holds what the last run committed"
          + " (also after a crash or kill -9). One run at a time: a second gets an error naming"
          + " the lock file.",
      "Exit codes: 0 all lines processed; 1 some input lines rejected (the rest processed);"
          + " 2 usage error; 3 nothing could be processed (nothing committed)."
    })
final class IndexCommand implements Callable<Integer> {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
  private static final int CHUNK = 10_000;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      required = true,
      description =
          "The index folder (created when new or empty; a folder holding anything"
              + " else is refused).")
  Path index;

  @Option(
      names = "--vacancies",
      paramLabel = "F",
      description = "Offers to add or replace by id, JSON Lines.")
  Path vacancies;

  @Option(
      names = "--candidates",
      paramLabel = "F",
      description = "People to add or replace by id, JSON Lines (their audit blocks are not kept).")
  Path candidates;

  @Option(
      names = "--delete-vacancies",
      paramLabel = "F",
      description =
          "Offer ids to delete, one per line (applied after the upserts; an id not in the index"
              + " is counted, not an error).")
  Path deleteVacancies;

  @Option(
      names = "--delete-candidates",
      paramLabel = "F",
      description = "Person ids to delete, one per line, as --delete-vacancies.")
  Path deleteCandidates;

  @Option(
      names = "--expire",
      description = "Also delete the offers whose start has passed or that have no places left.")
  boolean expire;

  @Option(
      names = "--compact",
      description =
          "Merge the index into one segment before the commit (faster rankings after a bulk"
              + " load; about 15 s per million offers).")
  boolean compact;

  @Mixin RunOptions run;
  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    long started = System.nanoTime();
    PrintWriter err = spec.commandLine().getErr();
    if (vacancies == null
        && candidates == null
        && deleteVacancies == null
        && deleteCandidates == null
        && !expire) {
      throw new CliException(
          MatcherCli.USAGE,
          "nothing to do: give --vacancies, --candidates, --delete-vacancies, --delete-candidates"
              + " or --expire");
    }
    var taxonomy = common.taxonomy();
    try (Outputs outputs =
            new Outputs(
                    Optional.ofNullable(vacancies),
                    Optional.ofNullable(candidates),
                    Optional.ofNullable(deleteVacancies),
                    Optional.ofNullable(deleteCandidates))
                .reading(common.esco);
        MatchEngine engine =
            MatchEngine.builder()
                .taxonomy(taxonomy)
                .today(common.today())
                .directory(index)
                .build()) {
      Engines.warnOpenProblems(engine, err);
      RejectLog rejects = RejectLog.to(outputs.open("--rejects", run.rejectsFile()), err);
      Inputs inputs = new Inputs(taxonomy, common.today(), rejects, err);
      StringBuilder summary = new StringBuilder();
      long rejected = 0;
      long processed = 0;
      if (vacancies != null) {
        Batches<Vacancy> batch = new Batches<>(CHUNK, engine::addVacancies);
        Inputs.Counts c = inputs.vacancies(Optional.of(vacancies), batch);
        batch.finish();
        summary.append(c.describe("offers").replace(" accepted", " upserted")).append("; ");
        rejected += c.rejected();
        processed += c.accepted();
      }
      if (candidates != null) {
        Batches<org.chancengeber.matcher.model.Candidate> batch =
            new Batches<>(CHUNK, engine::addCandidates);
        Inputs.Counts c =
            inputs.candidates(Optional.of(candidates), r -> batch.accept(r.candidate()));
        batch.finish();
        summary.append(c.describe("people").replace(" accepted", " upserted")).append("; ");
        rejected += c.rejected();
        processed += c.accepted();
      }
      if (deleteVacancies != null) {
        Deletes d = deletes(deleteVacancies, engine::deleteVacancy, rejects);
        summary.append(d.describe("offer deletes")).append("; ");
        rejected += d.rejected;
        processed += d.deleted + d.absent;
      }
      if (deleteCandidates != null) {
        Deletes d = deletes(deleteCandidates, engine::deleteCandidate, rejects);
        summary.append(d.describe("person deletes")).append("; ");
        rejected += d.rejected;
        processed += d.deleted + d.absent;
      }
      if (expire) {
        int n = engine.expireVacancies();
        summary.append(n).append(" offers expired; ");
        processed += n;
      }
      if (processed == 0 && rejected > 0) {
        err.println(summary + "nothing committed");
        err.println("matcher index: nothing to index: every input line was rejected");
        outputs.commit();
        return MatcherCli.NOTHING_PROCESSED;
      }
      if (compact) {
        engine.compact();
      }
      engine.commit();
      outputs.commit();
      err.println(
          String.format(
              Locale.ROOT,
              "%sindex %s: %d offers, %d people; committed in %.1f s",
              summary,
              index,
              engine.vacancyCount(),
              engine.candidateCount(),
              (System.nanoTime() - started) / 1e9));
      return rejected > 0 ? MatcherCli.SOME_REJECTED : MatcherCli.OK;
    }
  }

  /** Counts of a delete list: {@code read == deleted + absent + rejected}. */
  private record Deletes(String source, long read, long deleted, long absent, long rejected) {
    String describe(String what) {
      return String.format(
          Locale.ROOT,
          "%s: %d read, %d deleted, %d not in the index, %d rejected",
          what,
          read,
          deleted,
          absent,
          rejected);
    }
  }

  /** Deletes the ids of {@code file}, one per non-blank line; a line that is no id is rejected. */
  private static Deletes deletes(Path file, Predicate<String> delete, RejectLog rejects) {
    Inputs.requireReadable(file);
    String name = file.getFileName().toString();
    long read = 0;
    long deleted = 0;
    long absent = 0;
    long rejected = 0;
    try (BufferedReader in =
        new BufferedReader(
            new java.io.InputStreamReader(
                Files.newInputStream(file),
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
      long lineNo = 0;
      for (String line; (line = in.readLine()) != null; ) {
        lineNo++;
        String id = line.strip();
        if (lineNo == 1 && id.startsWith("\uFEFF")) {
          id = id.substring(1).strip();
        }
        if (id.isEmpty()) {
          continue;
        }
        read++;
        if (!ID.matcher(id).matches()) {
          rejected++;
          rejects.add(
              new LineResult.Rejected<>(
                  lineNo,
                  Optional.empty(),
                  List.of(
                      new InputError(
                          name,
                          lineNo,
                          Optional.of("id"),
                          "not an id ([A-Za-z0-9._:-], 1 to 64 characters)",
                          "\"" + id + "\" is not an id ([A-Za-z0-9._:-], 1 to 64 characters)"))));
        } else if (delete.test(id)) {
          deleted++;
        } else {
          absent++;
        }
      }
    } catch (CharacterCodingException e) {
      throw new CliException(MatcherCli.NOTHING_PROCESSED, file + ": not valid UTF-8");
    } catch (IOException e) {
      throw new CliException(MatcherCli.NOTHING_PROCESSED, file + ": " + e.getMessage());
    }
    return new Deletes(name, read, deleted, absent, rejected);
  }
}
