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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.chancengeber.matcher.MatchEngine;
import org.chancengeber.matcher.model.Candidate;
import org.chancengeber.matcher.model.Literacy;
import org.chancengeber.matcher.model.Message;
import org.chancengeber.matcher.model.Vacancy;
import org.chancengeber.matcher.samples.Generator;
import org.chancengeber.matcher.samples.SampleData;
import org.chancengeber.matcher.taxonomy.Taxonomy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code matcher demo}: the embedded samples, a few people and their best offers, explained. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Matches the embedded sample data (people and offers in Kaiserslautern, Kassel, Krefeld,"
          + " Dresden and Düsseldorf) and shows, for a handful of people, their best offers with"
          + " readiness, gaps and pathway."
    })
final class DemoCommand implements Callable<Integer> {
  /** The case-worker cases of the sample data (data-samples/README.md). */
  static final List<String> CASES = List.of("c-case-cook", "c-case-a2", "c-case-duldung");

  @Option(
      names = "--top",
      paramLabel = "K",
      defaultValue = "3",
      description = "Offers per person (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--person",
      paramLabel = "ID",
      description =
          "Show this sample person (repeatable; default: the case-worker cases and a few"
              + " varied others).")
  List<String> people = new ArrayList<>();

  @Option(
      names = "--lang",
      paramLabel = "en|de|ar|fa|uk",
      defaultValue = "en",
      description = "Language of the output: en, de, ar, fa or uk (default: ${DEFAULT-VALUE}).")
  String lang;

  @Option(
      names = "--today",
      paramLabel = "YYYY-MM-DD",
      description = "Date rules and pathways count from (default: the sample data's date).")
  LocalDate today;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (top < 1) {
      throw new CliException(MatcherCli.USAGE, "--top: " + top + " must be at least 1");
    }
    CommonOptions common = new CommonOptions();
    common.lang = lang;
    common.today = today == null ? Generator.DEFAULT_REFERENCE_DATE : today;
    Locale locale = common.locale();
    Taxonomy taxonomy = SampleData.taxonomy();
    Map<String, Candidate> all = new LinkedHashMap<>();
    List<Vacancy> offers = new ArrayList<>();
    try (RejectLog rejects = RejectLog.open(Optional.empty(), err);
        MatchEngine engine =
            MatchEngine.builder().taxonomy(taxonomy).today(common.today()).build()) {
      Inputs inputs = new Inputs(taxonomy, common.today(), rejects, err);
      inputs.candidates(Optional.empty(), r -> all.put(r.candidate().id(), r.candidate()));
      inputs.vacancies(Optional.empty(), offers::add);
      engine.addVacancies(offers);
      engine.expireVacancies();
      engine.refresh();
      out.println(
          Texts.t(
              locale,
              "cli.demo_title",
              all.size(),
              engine.vacancyCount(),
              Message.date(common.today())));
      out.println();
      MatchView.Printer printer =
          MatchView.TABLE.printer(
              out,
              locale,
              new MatchView.Lookup(id -> Optional.ofNullable(all.get(id)), engine::vacancy, false));
      for (String id : chosen(all)) {
        Candidate c = all.get(id);
        if (c == null) {
          throw new CliException(
              MatcherCli.USAGE, "--person: no sample person with id '" + id + "'");
        }
        printer.printUnchecked(Headings.person(c, locale), engine.matchesFor(c, top));
      }
      out.println(Texts.t(locale, "cli.demo_more"));
    }
    out.flush();
    return MatcherCli.OK;
  }

  /** The people to show: as asked, else the cases plus a few varied others. */
  private List<String> chosen(Map<String, Candidate> all) {
    if (!people.isEmpty()) {
      return people;
    }
    List<String> ids = new ArrayList<>();
    CASES.stream().filter(all::containsKey).forEach(ids::add);
    all.values().stream()
        .filter(c -> c.literacy() == Literacy.NONE)
        .findFirst()
        .ifPresent(c -> ids.add(c.id()));
    all.values().stream()
        .filter(c -> c.education().isced().orElse(0) >= 6)
        .findFirst()
        .ifPresent(c -> ids.add(c.id()));
    return ids;
  }
}
