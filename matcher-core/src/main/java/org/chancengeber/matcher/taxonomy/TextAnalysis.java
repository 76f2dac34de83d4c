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

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.fa.PersianCharFilter;
import org.apache.lucene.analysis.fa.PersianNormalizationFilter;
import org.apache.lucene.analysis.fa.PersianStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Text analysis shared by indexing and querying: one language-independent normalisation (Unicode
 * word splitting, lower case, digits to ASCII, Arabic and Persian letter normalisation, German
 * umlauts and ß, accents folded), light stemming for German, English, Arabic and Persian, and
 * character trigrams of the normalised words (for typos and German compounds). Thread-safe.
 */
final class TextAnalysis {
  private static final Analyzer NORMALIZER =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          StandardTokenizer source = new StandardTokenizer();
          TokenStream ts = new LowerCaseFilter(source);
          ts = new DecimalDigitFilter(ts);
          ts = new ArabicNormalizationFilter(ts);
          ts = new PersianNormalizationFilter(ts);
          ts = new GermanNormalizationFilter(ts);
          ts = new ASCIIFoldingFilter(ts);
          return new TokenStreamComponents(source, ts);
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
          return new PersianCharFilter(reader);
        }
      };

  private TextAnalysis() {}

  /** Normalised words of a text. */
  static List<String> words(String text) {
    return run(NORMALIZER, text);
  }

  /** The normalised words joined by single spaces: equal keys mean equal labels. */
  static String key(List<String> words) {
    return String.join(" ", words);
  }

  private static Analyzer stemmer(String lang) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        WhitespaceTokenizer source = new WhitespaceTokenizer();
        TokenStream ts =
            switch (lang) {
              case "de" -> new GermanLightStemFilter(source);
              case "en" -> new EnglishMinimalStemFilter(source);
              case "ar" -> new ArabicStemFilter(source);
              case "fa" -> new PersianStemFilter(source);
              default -> throw new IllegalArgumentException("no stemmer for " + lang);
            };
        return new TokenStreamComponents(source, ts);
      }
    };
  }

  private static final Map<String, Analyzer> STEMMERS =
      Map.of("de", stemmer("de"), "en", stemmer("en"), "ar", stemmer("ar"), "fa", stemmer("fa"));

  private static List<String> run(Analyzer a, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("t", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * Light stems of normalised words in {@code lang}; the words themselves for a language without
   * stemmer; for an unknown language ({@code ""}) the words and their stems in every language.
   */
  static Set<String> stems(List<String> words, String lang) {
    String text = key(words);
    Set<String> out = new LinkedHashSet<>();
    Analyzer a = STEMMERS.get(lang);
    if (a != null) {
      out.addAll(run(a, text));
    } else {
      out.addAll(words);
      if (lang.isEmpty()) {
        for (Analyzer s : STEMMERS.values()) {
          out.addAll(run(s, text));
        }
      }
    }
    return out;
  }

  /** Character trigrams of each word, padded with {@code _} at both ends. */
  static Set<String> grams(List<String> words) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : words) {
      String p = "_" + w + "_";
      if (p.length() <= 3) {
        out.add(p);
        continue;
      }
      for (int i = 0; i + 3 <= p.length(); i++) {
        out.add(p.substring(i, i + 3));
      }
    }
    return out;
  }

  /** The padded trigrams of a word as sorted, distinct numbers (three chars in one long). */
  static long[] gramCodes(String w) {
    int n = w.length() + 2;
    if (n < 3) {
      return new long[] {0};
    }
    long[] out = new long[n - 2];
    for (int i = 0; i < out.length; i++) {
      long c1 = i == 0 ? '_' : w.charAt(i - 1);
      long c2 = w.charAt(i);
      long c3 = i + 1 < w.length() ? w.charAt(i + 1) : '_';
      out[i] = c1 << 32 | c2 << 16 | c3;
    }
    java.util.Arrays.sort(out);
    int k = 0;
    for (int i = 0; i < out.length; i++) {
      if (k == 0 || out[k - 1] != out[i]) {
        out[k++] = out[i];
      }
    }
    return k == out.length ? out : java.util.Arrays.copyOf(out, k);
  }

  /** Dice coefficient of two sorted trigram code sets, in [0, 1]. */
  static double dice(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return 2.0 * common / (a.length + b.length);
  }
}
