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

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chancengeber.matcher.samples.SampleData;
import org.chancengeber.matcher.taxonomy.Aliases;
import org.chancengeber.matcher.taxonomy.EscoImporter;
import org.chancengeber.matcher.taxonomy.Taxonomy;
import org.chancengeber.matcher.taxonomy.TaxonomyLoadException;
import picocli.CommandLine.Option;

/** Options shared by the matching commands. */
final class CommonOptions {
  @Option(
      names = "--esco",
      paramLabel = "DIR",
      description =
          "Official ESCO CSV download (folder or zip; repeatable) instead of the embedded sample"
              + " taxonomy.")
  List<Path> esco = new ArrayList<>();

  @picocli.CommandLine.Mixin AliasOption aliases = new AliasOption();

  @Option(
      names = "--today",
      paramLabel = "YYYY-MM-DD",
      description = "Date rules and pathways count from (default: today).")
  LocalDate today;

  @Option(
      names = "--lang",
      paramLabel = "en|de|ar|fa|uk",
      defaultValue = "en",
      description =
          "Language of gaps, steps and explanations: en, de, ar, fa or uk, or one added as"
              + " bundles (default: ${DEFAULT-VALUE}).")
  String lang;

  @Option(
      names = "--progress",
      description = "Show progress on stderr even when it is not a terminal.")
  boolean progress;

  @Option(names = "--debug", description = "Show stack traces of internal errors.")
  boolean debug;

  @Option(
      names = "--rules",
      paramLabel = "F",
      description =
          "Rule file (JSON, docs/rules.md) instead of the German defaults: statuses, offer types,"
              + " permits.")
  Path rules;

  @Option(
      names = "--durations",
      paramLabel = "F",
      description =
          "Pathway durations (JSON, the format of pathway/german-defaults.json) instead of the"
              + " defaults: courses, EQ, TQ, recognition, default German minima.")
  Path durations;

  @Option(
      names = "--profile",
      paramLabel = "F",
      description = "Scoring profile (JSON): weights and knobs of the scorer.")
  Path profile;

  @Option(
      names = "--horizon",
      paramLabel = "N",
      defaultValue = "12",
      description = "Months within which an offer counts as reachable (default: ${DEFAULT-VALUE}).")
  int horizon;

  /**
   * An engine builder with the taxonomy, the date, the horizon and the rule, pathway and scoring
   * files of the options; a file that cannot be used stops the run naming file, line, field and
   * reason.
   */
  org.chancengeber.matcher.MatchEngine.Builder engine(Taxonomy taxonomy) {
    if (horizon < 0 || horizon > 600) {
      throw new CliException(MatcherCli.USAGE, "--horizon: " + horizon + " is not in 0..600");
    }
    org.chancengeber.matcher.MatchEngine.Builder b =
        org.chancengeber.matcher.MatchEngine.builder()
            .taxonomy(taxonomy)
            .today(today())
            .horizonMonths(horizon);
    if (rules != null) {
      b.rules(ConfigFiles.rules(rules));
    }
    if (durations != null) {
      b.planner(ConfigFiles.durations(durations));
    }
    if (profile != null) {
      b.profile(ConfigFiles.profile(profile));
    }
    return b;
  }

  LocalDate today() {
    return today == null ? LocalDate.now() : today;
  }

  Locale locale() {
    return Texts.locale(lang);
  }

  boolean progressEnabled() {
    return progress || isTerminal();
  }

  /**
   * Whether the process talks to a terminal. From JDK 22 on, {@code System.console()} exists also
   * when output is redirected, and {@code Console.isTerminal()} (not in the Java 21 API we compile
   * against) tells the difference; on JDK 21 a console exists only for a terminal.
   */
  static boolean isTerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  /** The taxonomy from --esco, or the embedded sample taxonomy, with the --aliases merged. */
  Taxonomy taxonomy() {
    return taxonomy(esco, aliases.files);
  }

  /** The taxonomy from {@code esco} (the sample when empty) with {@code aliases} merged. */
  static Taxonomy taxonomy(List<Path> esco, List<Path> aliases) {
    for (Path p : esco) {
      if (!java.nio.file.Files.exists(p)) {
        throw new CliException(
            MatcherCli.NOTHING_PROCESSED, p + ": --esco: no such file or folder");
      }
    }
    return withAliases(
        esco.isEmpty() ? SampleData.taxonomy() : EscoImporter.load(esco.toArray(Path[]::new)),
        aliases);
  }

  /** {@code t} with the alias files merged, in order. */
  static Taxonomy withAliases(Taxonomy taxonomy, List<Path> aliases) {
    Taxonomy t = taxonomy;
    for (Path p : aliases) {
      try {
        t = t.withAliases(Aliases.read(p));
      } catch (TaxonomyLoadException | IllegalArgumentException e) {
        throw new CliException(MatcherCli.NOTHING_PROCESSED, "--aliases: " + e.getMessage());
      }
    }
    return t;
  }
}
