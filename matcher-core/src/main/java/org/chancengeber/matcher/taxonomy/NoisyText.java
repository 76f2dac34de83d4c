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
package org.chancengeber.matcher.taxonomy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What people really type, made comparable with labels: job titles with seniority, employment
 * terms, places and several roles in one ({@code Sales and Marketing Snr. Executive}, {@code
 * MARKETING EXECUTIVE IN PENANG}, {@code Helfer (m/w/d) Lager}, {@code Driver cum Storekeeper}).
 *
 * <p>A text becomes its <em>queries</em>: the whole text, then each role when it names several
 * (split at {@code cum}, {@code /}, {@code |}, {@code ;}, {@code ,}, {@code -} between spaces,
 * {@code +}, {@code &}, {@code and}/{@code und}/{@code oder}/{@code or} between words, and
 * brackets, whose content is a query of its own), each as normalised words ({@link TextAnalysis})
 * with common abbreviations written out ({@code snr} → senior, {@code mgr} → manager, {@code asst}
 * → assistant, {@code hr} → human resources, {@code Kfz} → Kraftfahrzeug, ...) and <em>noise
 * words</em> dropped: seniority and employment terms ({@code senior}, {@code junior}, {@code
 * trainee}, {@code intern}, {@code urgent}, {@code fulltime}, {@code Vollzeit}, {@code gesucht},
 * ...), numbers and grade marks. A text that is nothing but noise keeps its words.
 */
final class NoisyText {
  /** Abbreviation → the words it stands for (normalised, lower case, umlauts folded). */
  private static final Map<String, String> ABBREVIATIONS =
      Map.ofEntries(
          Map.entry("snr", "senior"),
          Map.entry("sr", "senior"),
          Map.entry("jr", "junior"),
          Map.entry("jnr", "junior"),
          Map.entry("mgr", "manager"),
          Map.entry("mngr", "manager"),
          Map.entry("asst", "assistant"),
          Map.entry("asstt", "assistant"),
          Map.entry("assist", "assistant"),
          Map.entry("exec", "executive"),
          Map.entry("execs", "executive"),
          Map.entry("admin", "administrative"),
          Map.entry("engr", "engineer"),
          Map.entry("eng", "engineer"),
          Map.entry("tech", "technician"),
          Map.entry("techn", "technician"),
          Map.entry("acct", "accountant"),
          Map.entry("accts", "accounts"),
          Map.entry("hr", "human resources"),
          Map.entry("hrd", "human resources"),
          Map.entry("qa", "quality assurance"),
          Map.entry("qc", "quality control"),
          Map.entry("qs", "quantity surveyor"),
          Map.entry("f&b", "food beverage"),
          Map.entry("fnb", "food beverage"),
          Map.entry("it", "ict"),
          Map.entry("pa", "personal assistant"),
          Map.entry("ceo", "chief executive officer"),
          Map.entry("cfo", "chief financial officer"),
          Map.entry("cto", "chief technology officer"),
          Map.entry("coo", "chief operating officer"),
          Map.entry("dev", "developer"),
          Map.entry("devs", "developer"),
          Map.entry("ui", "user interface"),
          Map.entry("ux", "user experience"),
          Map.entry("sw", "software"),
          Map.entry("hw", "hardware"),
          Map.entry("mech", "mechanical"),
          Map.entry("elec", "electrical"),
          Map.entry("maint", "maintenance"),
          Map.entry("supv", "supervisor"),
          Map.entry("spv", "supervisor"),
          Map.entry("coord", "coordinator"),
          Map.entry("rep", "representative"),
          Map.entry("reps", "representative"),
          Map.entry("ops", "operations"),
          Map.entry("mktg", "marketing"),
          Map.entry("biz", "business"),
          Map.entry("svc", "service"),
          Map.entry("cust", "customer"),
          Map.entry("dept", "department"),
          Map.entry("mgmt", "management"),
          Map.entry("prog", "programmer"),
          Map.entry("hse", "health safety environment"),
          Map.entry("ehs", "health safety environment"),
          Map.entry("cnc", "cnc"),
          Map.entry("kfz", "kraftfahrzeug"),
          Map.entry("lkw", "lastkraftwagen"),
          Map.entry("pkw", "personenkraftwagen"),
          Map.entry("azubi", "auszubildender"),
          Map.entry("mfa", "medizinische fachangestellte"),
          Map.entry("zfa", "zahnmedizinische fachangestellte"),
          Map.entry("pta", "pharmazeutisch technische assistentin"),
          Map.entry("mta", "medizinisch technische assistentin"),
          Map.entry("sachb", "sachbearbeiter"),
          Map.entry("ma", "mitarbeiter"));

  /** Words that say how, where or at what level someone works, not what the work is. */
  private static final Set<String> NOISE =
      Set.of(
          // English
          "senior",
          "junior",
          "trainee",
          "trainees",
          "intern",
          "interns",
          "internship",
          "internships",
          "graduate",
          "fresh",
          "urgent",
          "urgently",
          "hiring",
          "wanted",
          "needed",
          "immediate",
          "immediately",
          "vacancy",
          "vacancies",
          "position",
          "positions",
          "job",
          "jobs",
          "fulltime",
          "parttime",
          "full",
          "part",
          "time",
          "contract",
          "permanent",
          "temporary",
          "temp",
          "freelance",
          "remote",
          "level",
          "grade",
          "entry",
          "experienced",
          "i",
          "ii",
          "iii",
          "iv",
          "in",
          "at",
          "for",
          "the",
          "a",
          "an",
          "of",
          "with",
          "and",
          "or",
          "cum",
          "und",
          "oder",
          "based",
          "new",
          "walk",
          "interview",
          "malaysia",
          "singapore",
          // German
          "m",
          "w",
          "d",
          "f",
          "x",
          "gesucht",
          "ab",
          "sofort",
          "vollzeit",
          "teilzeit",
          "minijob",
          "befristet",
          "unbefristet",
          "ausbildung",
          "ausbildungsplatz",
          "zum",
          "zur",
          "als",
          "im",
          "bereich",
          "stelle",
          "quereinsteiger",
          "quereinsteigerin",
          "quereinstieg",
          "berufseinsteiger",
          "praktikum",
          "praktikant",
          "praktikantin",
          "werkstudent",
          "werkstudentin",
          "aushilfe",
          "mwd",
          "wmd");

  /**
   * English words that mark a learner's post: a trainee or intern in marketing works as a marketing
   * assistant, which is added as a role of the text ({@link #queries(String, String)}).
   */
  private static final Set<String> LEARNERS =
      Set.of(
          "trainee",
          "trainees",
          "intern",
          "interns",
          "internship",
          "apprentice",
          "apprenticeship",
          "junior",
          "graduate");

  /** The post a learner holds, as a word of English labels. */
  private static final String LEARNER_POST = "assistant";

  private static final Pattern ROLE_SEPARATOR =
      Pattern.compile(
          "\\s+(?:cum|and|und|oder|or)\\s+|\\s+[-–—]\\s+|[/|;,+&()\\[\\]{}]|\\s-|-\\s",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DIGITS = Pattern.compile("\\p{N}+.*");

  private NoisyText() {}

  /**
   * The queries of a text, as cleaned words.
   *
   * @param whole the whole text (one query per gendered form)
   * @param roles each role of a text that names several; empty when it names one
   */
  record Queries(List<List<String>> whole, List<List<String>> roles) {
    boolean isEmpty() {
      return whole.isEmpty() && roles.isEmpty();
    }

    List<List<String>> all() {
      List<List<String>> all = new ArrayList<>(whole);
      all.addAll(roles);
      return all;
    }
  }

  /** The queries of a text in any language: the whole text, and its roles. */
  static Queries queries(String text) {
    return queries(text, "");
  }

  /**
   * The queries of a text: the whole text, and its roles. An English text ({@code lang} "en") that
   * names a learner's post ({@link #LEARNERS}: trainee, intern, junior, ...) without saying
   * "assistant" has the whole text with "assistant" as a role too ("Marketing Trainee" → marketing
   * assistant): a role, so it scores below a match of the whole and is never an exact match.
   */
  static Queries queries(String text, String lang) {
    Set<List<String>> whole = new LinkedHashSet<>();
    for (String form : LabelVariants.of(text)) {
      List<String> words = clean(TextAnalysis.words(form));
      if (!words.isEmpty()) {
        whole.add(words);
      }
    }
    Set<List<String>> out = new LinkedHashSet<>();
    for (String role : ROLE_SEPARATOR.split(text)) {
      if (role.isBlank()) {
        continue;
      }
      List<String> words = clean(TextAnalysis.words(role));
      if (!words.isEmpty() && !allNoise(words)) {
        out.add(words);
      }
    }
    if (lang.equals("en") && TextAnalysis.words(text).stream().anyMatch(LEARNERS::contains)) {
      for (List<String> words : whole) {
        if (!words.contains(LEARNER_POST) && !allNoise(words)) {
          List<String> post = new ArrayList<>(words);
          post.add(LEARNER_POST);
          out.add(List.copyOf(post));
        }
      }
    }
    out.removeAll(whole);
    return new Queries(List.copyOf(whole), List.copyOf(out));
  }

  private static boolean allNoise(List<String> words) {
    return words.stream().allMatch(w -> NOISE.contains(w) || DIGITS.matcher(w).matches());
  }

  /** Abbreviations written out and noise dropped; the expanded words when all are noise. */
  static List<String> clean(List<String> words) {
    List<String> expanded = new ArrayList<>();
    for (String w : words) {
      String full = ABBREVIATIONS.get(w);
      if (full == null) {
        expanded.add(w);
      } else {
        for (String x : full.split(" ")) {
          expanded.add(x);
        }
      }
    }
    List<String> kept = new ArrayList<>();
    for (String w : expanded) {
      if (!NOISE.contains(w) && !DIGITS.matcher(w).matches()) {
        kept.add(w);
      }
    }
    return kept.isEmpty() ? expanded : kept;
  }
}
