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
import java.io.Writer;
import java.util.Locale;

/**
 * A writer for readable output (tables, explanations): control characters from the data, such as an
 * ANSI escape in a city or a title, are written as {@code \\u001b} instead of reaching the
 * terminal. Line ends ({@code \n}) and tabs pass; a carriage return, which could overwrite what a
 * line shows, does not.
 */
final class TerminalSafe extends Writer {
  private final Writer out;

  TerminalSafe(Writer out) {
    this.out = out;
  }

  /** Whether {@code c} must not reach a terminal as it is. */
  static boolean unsafe(char c) {
    return c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F;
  }

  /** {@code text} with each unsafe character written as {@code \\uXXXX}. */
  static String escape(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (unsafe(c)) {
        if (sb == null) {
          sb = new StringBuilder(text.length() + 8).append(text, 0, i);
        }
        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? text : sb.toString();
  }

  @Override
  public void write(char[] cbuf, int off, int len) throws IOException {
    out.write(escape(new String(cbuf, off, len)));
  }

  @Override
  public void write(String str, int off, int len) throws IOException {
    out.write(escape(str.substring(off, off + len)));
  }

  @Override
  public void write(int c) throws IOException {
    out.write(escape(String.valueOf((char) c)));
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  /** Flushes; the writer underneath stays open (it is the command's output). */
  @Override
  public void close() throws IOException {
    out.flush();
  }
}
