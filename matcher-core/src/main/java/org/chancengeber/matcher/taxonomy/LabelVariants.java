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
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a label written with gendered forms into the forms it stands for, as German (and Arabic)
 * job titles do: {@code Koch/Köchin} → Koch, Köchin; {@code Metallbauer/in} → Metallbauer,
 * Metallbauerin; {@code Pflegefachmann/-frau} → Pflegefachmann, Pflegefachfrau; {@code
 * Elektroniker/-in für Betriebstechnik} → Elektroniker für Betriebstechnik, Elektronikerin für
 * Betriebstechnik; {@code Lehrer*in}, {@code Lehrer:in}, {@code LehrerIn} → Lehrer, Lehrerin;
 * {@code Technischer Leiter für X/Technische Leiterin für X} → both halves; {@code طباخ / طباخة} →
 * both halves. Markers such as {@code (m/w/d)} are dropped. A slash after a hyphen ({@code
 * Import-/Export}) is a compound ellipsis, not an alternative, and stays.
 */
final class LabelVariants {
  private static final Pattern GENDER_MARKER =
      Pattern.compile(
          "\\(\\s*(?:[mwfdixv]\\s*[/|,]\\s*)+[mwfdixv]\\s*\\)|\\(\\s*(?:all genders|alle"
              + " geschlechter|gn|genderneutral)\\s*\\)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SPACED_SLASH = Pattern.compile("\\s+/\\s*|\\s*/\\s+");
  private static final Pattern GENDER_SIGN = Pattern.compile("(\\p{L})[*:_]in(nen)?\\b");
  private static final Pattern BINNEN_I = Pattern.compile("(\\p{Ll})In(nen)?\\b");
  private static final Pattern WORDS = Pattern.compile("\\s+");

  private LabelVariants() {}

  /** The forms a label stands for, in order, without duplicates; the label itself if no split. */
  static List<String> of(String label) {
    String s = GENDER_MARKER.matcher(label).replaceAll(" ");
    s = GENDER_SIGN.matcher(s).replaceAll("$1/in");
    s = BINNEN_I.matcher(s).replaceAll("$1/in");
    s = s.replaceAll("\\s+", " ").trim();
    Set<String> out = new LinkedHashSet<>();
    for (String part : SPACED_SLASH.split(s)) {
      String p = part.trim();
      if (!p.isEmpty()) {
        out.addAll(splitSlashes(p));
      }
    }
    if (out.isEmpty()) {
      out.add(label.trim());
    }
    return List.copyOf(out);
  }

  /** Splits at slashes that separate alternatives (not after a hyphen). */
  private static List<String> splitSlashes(String s) {
    List<Integer> cuts = new ArrayList<>();
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '/' && i > 0 && s.charAt(i - 1) != '-') {
        cuts.add(i);
      }
    }
    if (cuts.isEmpty()) {
      return List.of(s);
    }
    List<String> parts = new ArrayList<>();
    int from = 0;
    for (int c : cuts) {
      parts.add(s.substring(from, c).trim());
      from = c + 1;
    }
    parts.add(s.substring(from).trim());
    if (wholeAlternatives(parts)) {
      return parts.stream().filter(p -> !p.isEmpty()).toList();
    }
    return splitTokens(s);
  }

  /**
   * True when each part is a whole label of its own: as many words each, and sharing a word or
   * starting alike (Leiter / Leiterin) when longer than one word.
   */
  private static boolean wholeAlternatives(List<String> parts) {
    String[] first = WORDS.split(parts.get(0));
    for (String p : parts.subList(1, parts.size())) {
      String[] words = WORDS.split(p);
      if (words.length != first.length || p.isEmpty() || words[0].startsWith("-")) {
        return false;
      }
      if (words.length > 1 && !related(first, words)) {
        return false;
      }
      if (words.length == 1 && Character.isLowerCase(words[0].charAt(0)) && isSuffix(words[0])) {
        return false;
      }
    }
    return true;
  }

  private static boolean related(String[] a, String[] b) {
    Set<String> wa = new LinkedHashSet<>();
    for (String w : a) {
      wa.add(w.toLowerCase(Locale.ROOT));
    }
    for (String w : b) {
      if (wa.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    String x = a[0].toLowerCase(Locale.ROOT);
    String y = b[0].toLowerCase(Locale.ROOT);
    return x.length() >= 3 && y.length() >= 3 && x.regionMatches(0, y, 0, 3);
  }

  /** Gender suffixes written after a slash without a hyphen: Metallbauer/in, Kaufmann/frau. */
  private static boolean isSuffix(String w) {
    return switch (w) {
      case "in", "innen", "frau", "mann" -> true;
      default -> false;
    };
  }

  /** Word-level split: each slashed word offers its forms; the i-th variant takes the i-th form. */
  private static List<String> splitTokens(String s) {
    String[] words = WORDS.split(s);
    List<List<String>> forms = new ArrayList<>();
    int n = 1;
    for (String w : words) {
      List<String> f = wordForms(w);
      forms.add(f);
      n = Math.max(n, f.size());
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StringBuilder b = new StringBuilder();
      for (List<String> f : forms) {
        String w = f.get(Math.min(i, f.size() - 1));
        if (!w.isEmpty()) {
          if (b.length() > 0) {
            b.append(' ');
          }
          b.append(w);
        }
      }
      out.add(b.toString());
    }
    return out;
  }

  /** Forms of one word: {@code Koch/Köchin}, {@code Metallbauer/in}, {@code Kaufmann/-frau}. */
  private static List<String> wordForms(String w) {
    List<String> forms = new ArrayList<>();
    int from = 0;
    String base = null;
    for (int i = 0; i <= w.length(); i++) {
      if (i == w.length() || (w.charAt(i) == '/' && i > 0 && w.charAt(i - 1) != '-')) {
        String part = w.substring(from, i);
        from = i + 1;
        if (base == null) {
          base = part;
          forms.add(part);
          continue;
        }
        forms.add(derive(base, part));
      }
    }
    return forms;
  }

  /** The form a slashed suffix makes of the base word. */
  private static String derive(String base, String part) {
    boolean hyphen = part.startsWith("-");
    String suffix = hyphen ? part.substring(1) : part;
    if (suffix.isEmpty()) {
      return base;
    }
    boolean lower = Character.isLowerCase(suffix.charAt(0));
    if (!hyphen && !(lower && isSuffix(suffix))) {
      return part; // a whole word: Koch/Köchin
    }
    // keep punctuation that trails the base (e.g. a comma) after the derived form
    int end = base.length();
    while (end > 0 && !Character.isLetterOrDigit(base.charAt(end - 1))) {
      end--;
    }
    String stem = base.substring(0, end);
    String trail = base.substring(end);
    String s = suffix.toLowerCase(Locale.ROOT);
    String derived;
    if (s.equals("frau") && stem.endsWith("mann")) {
      derived = stem.substring(0, stem.length() - 4) + "frau";
    } else if (s.equals("mann") && stem.endsWith("frau")) {
      derived = stem.substring(0, stem.length() - 4) + "mann";
    } else if ((s.equals("in") || s.equals("innen")) && stem.endsWith("e")) {
      derived = stem.substring(0, stem.length() - 1) + s; // Kollege/-in → Kollegin
    } else {
      derived = stem + suffix;
    }
    return derived + trail;
  }
}
