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

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.chancengeber.matcher.profile.ScoringProfile;
import org.chancengeber.matcher.samples.SampleData;
import org.chancengeber.matcher.taxonomy.ConceptResolver.Resolution;
import org.chancengeber.matcher.taxonomy.ConceptType;
import org.chancengeber.matcher.taxonomy.EscoImporter;
import org.chancengeber.matcher.taxonomy.Taxonomy;
import org.chancengeber.matcher.taxonomy.TaxonomyLoadException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code matcher resolve}: free text → ranked taxonomy concepts with their ids. */
@Command(
    name = "resolve",
    mixinStandardHelpOptions = true,
    description = {
      "Looks texts up in the taxonomy: ranked occupations and skills with their ESCO ids and a"
          + " confidence in [0, 1] (1 = a label of the concept, after normalisation).",
      "A text whose best confidence is below 0.5 (the scoring profile's minResolutionConfidence),"
          + " or whose best two are too close to tell apart, is 'not understood': matching"
          + " compares it as text only.",
      "Exit codes: 0 done, 2 usage error, 3 taxonomy or aliases could not be loaded."
    })
final class ResolveCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--lang",
      paramLabel = "L",
      defaultValue = "",
      description = "Language of the texts (e.g. de, ar, fa); default: any loaded language.")
  String lang;

  @Option(
      names = "--esco",
      paramLabel = "DIR",
      description =
          "Official ESCO CSV download: a folder or zip; repeat to merge several (e.g. the two"
              + " zips and a folder of other languages). Default: the embedded sample taxonomy.")
  List<Path> esco = new ArrayList<>();

  @picocli.CommandLine.Mixin AliasOption aliases = new AliasOption();

  @Option(
      names = "--top",
      paramLabel = "K",
      defaultValue = "5",
      description = "At most this many matches per text (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--type",
      paramLabel = "T",
      description = "Only occupations or only skills: occupation | skill (default: both).")
  String type;

  @Option(
      names = "--format",
      paramLabel = "F",
      defaultValue = "table",
      description = "table (readable) or jsonl (one JSON object per text). Default: table.")
  String format;

  @Parameters(arity = "1..*", paramLabel = "TEXT", description = "The texts to look up.")
  List<String> texts;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    if (top < 1) {
      throw new CommandLine.ParameterException(cl, "--top must be at least 1 (was " + top + ")");
    }
    if (!format.equals("table") && !format.equals("jsonl")) {
      throw new CommandLine.ParameterException(
          cl, "--format must be table or jsonl (was " + format + ")");
    }
    Optional<ConceptType> only = parseType(cl);
    PrintWriter out = cl.getOut();
    Taxonomy taxonomy;
    try {
      taxonomy =
          CommonOptions.withAliases(
              esco.isEmpty() ? SampleData.taxonomy() : EscoImporter.load(esco.toArray(Path[]::new)),
              aliases.files);
    } catch (CliException e) {
      cl.getErr().println("matcher resolve: " + e.getMessage());
      return e.exitCode();
    } catch (TaxonomyLoadException e) {
      cl.getErr().println("matcher resolve: cannot load the taxonomy: " + e.getMessage());
      return MatcherCli.NOTHING_PROCESSED;
    }
    double threshold = ScoringProfile.defaults().minResolutionConfidence();
    for (String text : texts) {
      List<Resolution> found = taxonomy.resolver().resolve(text, lang, only, top);
      boolean understood = !found.isEmpty() && found.get(0).score() >= threshold;
      if (format.equals("jsonl")) {
        out.println(jsonLine(text, found, understood));
      } else {
        printTable(out, text, found);
        if (!found.isEmpty() && !understood) {
          out.printf(
              Locale.ROOT,
              "  not understood: best confidence %.3f is below %.2f, so matching compares it as"
                  + " text only%n",
              found.get(0).score(),
              threshold);
        }
      }
    }
    out.flush();
    return MatcherCli.OK;
  }

  private Optional<ConceptType> parseType(CommandLine cl) {
    if (type == null) {
      return Optional.empty();
    }
    for (ConceptType t : ConceptType.values()) {
      if (t.jsonName().equals(type)) {
        return Optional.of(t);
      }
    }
    throw new CommandLine.ParameterException(
        cl, "--type must be occupation or skill (was " + type + ")");
  }

  private static void printTable(PrintWriter out, String text, List<Resolution> found) {
    out.println(text);
    if (found.isEmpty()) {
      out.println("  (no match)");
      return;
    }
    int width = 5;
    for (Resolution r : found) {
      width = Math.max(width, r.label().length());
    }
    width = Math.min(width, 60);
    out.printf(
        Locale.ROOT,
        "  %-2s  %-5s  %-10s  %-" + width + "s  %s%n",
        "#",
        "score",
        "type",
        "label",
        "id");
    int rank = 1;
    for (Resolution r : found) {
      out.printf(
          Locale.ROOT,
          "  %-2d  %.3f  %-10s  %-" + width + "s  %s%n",
          rank++,
          r.score(),
          r.type().jsonName(),
          r.label(),
          r.uri());
    }
  }

  static String jsonLine(String text, List<Resolution> found, boolean understood) {
    StringBuilder b =
        new StringBuilder("{\"text\": ")
            .append(quote(text))
            .append(", \"understood\": ")
            .append(understood)
            .append(", \"matches\": [");
    for (int i = 0; i < found.size(); i++) {
      Resolution r = found.get(i);
      if (i > 0) {
        b.append(", ");
      }
      b.append("{\"id\": ")
          .append(quote(r.uri()))
          .append(", \"label\": ")
          .append(quote(r.label()))
          .append(", \"type\": ")
          .append(quote(r.type().jsonName()))
          .append(", \"score\": ")
          .append(Math.round(r.score() * 10_000) / 10_000.0)
          .append('}');
    }
    return b.append("]}").toString();
  }

  /** A JSON string literal (RFC 8259 escapes). */
  static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
