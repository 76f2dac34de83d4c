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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class CsvReaderTest {

  private static List<List<String>> parse(String text) {
    return parse(text, ',');
  }

  private static List<List<String>> parse(String text, char sep) {
    List<List<String>> rows = new ArrayList<>();
    try (CsvReader r = new CsvReader("t.csv", new StringReader(text), sep)) {
      for (Optional<String[]> row = r.next(); row.isPresent(); row = r.next()) {
        rows.add(List.of(row.get()));
      }
    }
    return rows;
  }

  @Test
  void next_plainFieldsAndCrlf() {
    assertThat(parse("a,b,c\r\n1,,3\r\n"))
        .containsExactly(List.of("a", "b", "c"), List.of("1", "", "3"));
  }

  @Test
  void next_quotedFieldHoldsSeparatorsLineBreaksAndDoubledQuotes() {
    assertThat(parse("uri,alt\nu1,\"cook\r\nchef, head\nsay \"\"hi\"\"\"\nu2,x"))
        .containsExactly(
            List.of("uri", "alt"),
            List.of("u1", "cook\nchef, head\nsay \"hi\""),
            List.of("u2", "x"));
  }

  @Test
  void next_byteOrderMarkSkipped() {
    assertThat(parse("\uFEFFSchlüssel;Ebene\n0;1", ';'))
        .containsExactly(List.of("Schlüssel", "Ebene"), List.of("0", "1"));
  }

  @Test
  void next_blankLinesSkippedAndLastLineWithoutBreak() {
    assertThat(parse("a\n\n\nb")).containsExactly(List.of("a"), List.of("b"));
  }

  @Test
  void next_emptyQuotedFieldAndTrailingEmptyField() {
    assertThat(parse("\"\",x,\n")).containsExactly(List.of("", "x", ""));
  }

  @Test
  void fieldLine_multiLineFieldKeepsLinesOfLaterFields() {
    try (CsvReader r = new CsvReader("t.csv", new StringReader("h\n\"a\nb\",c\nd"), ',')) {
      r.next();
      r.next();
      assertThat(r.recordLine()).isEqualTo(2);
      assertThat(r.fieldLine(1)).isEqualTo(3);
      assertThat(r.fieldColumn(1)).isEqualTo(4);
      r.next();
      assertThat(r.recordLine()).isEqualTo(4);
    }
  }

  @Test
  void next_unclosedQuote_namesWhereItOpened() {
    assertThatThrownBy(() -> parse("a,b\n1,\"open\n2,3\n"))
        .isInstanceOf(TaxonomyLoadException.class)
        .hasMessage("t.csv, line 2, column 3: quoted field not closed before the end of the file");
  }

  @Test
  void next_quoteInsidePlainField() {
    assertThatThrownBy(() -> parse("a,b\n1,ab\"c\n"))
        .isInstanceOf(TaxonomyLoadException.class)
        .hasMessage(
            "t.csv, line 2, column 5: quote inside an unquoted field (quote the whole field)");
  }

  @Test
  void next_textAfterClosingQuote() {
    assertThatThrownBy(() -> parse("\"ab\"c,d\n"))
        .isInstanceOf(TaxonomyLoadException.class)
        .hasMessage("t.csv, line 1, column 5: unexpected character after closing quote: 'c'");
  }
}
