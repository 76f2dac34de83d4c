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
package org.chancengeber.matcher.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a JSON Lines stream one line at a time, in constant memory for any file size (bounded by
 * {@link ReadLimits#maxLineBytes()}, plus a compact set of the ids seen). Each non-blank line
 * yields exactly one {@link LineResult}: accepted with its warnings, or rejected with all its
 * errors, so that {@code read == accepted + rejected}. A bad line never stops the reading; only an
 * I/O failure of the stream itself does ({@link InputFileException}).
 *
 * <p>Open one with {@link CandidateFormat#reader} or {@link VacancyFormat#reader}. Not thread-safe;
 * close it to close the stream.
 *
 * @param <T> the record type read
 */
public final class JsonLinesReader<T> implements Iterator<LineResult<T>>, AutoCloseable {
  private final InputStream in;
  private final String source;
  private final RecordMapper<T> mapper;
  private final LineSplitter lines;
  private final LineParser parser;
  private final Problems problems;
  private final ReadLimits limits;
  private final IdSet ids = new IdSet();
  private char[] chars = new char[256];
  private LineResult<T> next;
  private boolean done;
  private long accepted;
  private long rejected;
  private long warned;

  JsonLinesReader(InputStream in, String source, ReadOptions options, RecordMapper<T> mapper) {
    this.in = in;
    this.source = source;
    this.mapper = mapper;
    this.limits = options.limits();
    this.lines = new LineSplitter(in, limits.maxLineBytes());
    this.parser = new LineParser(limits);
    this.problems = new Problems(source, options);
  }

  /** {@return the name used for this input in messages} */
  public String source() {
    return source;
  }

  /**
   * Lines read so far.
   *
   * @return the counts of the lines read so far
   */
  public ReadCounts counts() {
    return new ReadCounts(accepted + rejected, accepted, rejected, warned);
  }

  /**
   * @throws InputFileException when the stream cannot be read
   */
  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      try {
        next = readNext();
      } catch (IOException e) {
        done = true;
        throw new InputFileException(
            source, "cannot be read after line " + lines.number() + ": " + e, e);
      }
      done = next == null;
    }
    return next != null;
  }

  /**
   * @throws InputFileException when the stream cannot be read
   */
  @Override
  public LineResult<T> next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more lines in " + source);
    }
    LineResult<T> r = next;
    next = null;
    return r;
  }

  /**
   * {@return the remaining results as a sequential stream; closing the stream closes this reader}
   */
  public Stream<LineResult<T>> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(this::close);
  }

  /**
   * Reads the remaining lines; returns the final counts.
   *
   * @return the counts of all lines
   */
  public ReadCounts drain() {
    while (hasNext()) {
      next();
    }
    return counts();
  }

  @Override
  public void close() {
    done = true;
    next = null;
    try {
      in.close();
    } catch (IOException e) {
      throw new InputFileException(source, "cannot be closed: " + e.getMessage(), e);
    }
  }

  private LineResult<T> readNext() throws IOException {
    while (lines.next()) {
      long line = lines.number();
      if (lines.overLong()) {
        return reject(
            line,
            Optional.empty(),
            List.of(
                InputError.of(
                    source,
                    line,
                    "",
                    ReadLimits.breach(
                        "line length (" + lines.fullLength() + " bytes)",
                        "maxLineBytes",
                        limits.maxLineBytes()))));
      }
      byte[] bytes = lines.bytes();
      int n = lines.length();
      int check = Utf8.check(bytes, n);
      if (check == Utf8.BLANK) {
        continue;
      }
      if (check >= 0) {
        return reject(
            line,
            Optional.empty(),
            List.of(
                InputError.of(
                    source,
                    line,
                    "",
                    String.format(
                        Locale.ROOT,
                        "not valid UTF-8: byte 0x%02X at byte %d of the line",
                        bytes[check] & 0xFF,
                        check + 1))));
      }
      ObjectNode root;
      try {
        if (check == Utf8.VALID) {
          root = parser.parseUtf8(bytes, n);
        } else {
          // a NUL byte could mislead Jackson's encoding detection on bytes: parse characters
          String text = new String(bytes, 0, n, StandardCharsets.UTF_8);
          if (chars.length < text.length()) {
            chars = new char[text.length()];
          }
          text.getChars(0, text.length(), chars, 0);
          root = parser.parse(chars, text.length());
        }
      } catch (LineParser.LineException e) {
        return reject(
            line,
            parser.idHint().filter(Fields.ID::test),
            List.of(InputError.of(source, line, e.field, e.getMessage(), e.detail)));
      }
      return map(line, root);
    }
    return null;
  }

  private LineResult<T> map(long line, ObjectNode root) {
    problems.reset(line);
    Optional<T> value;
    try {
      value = mapper.map(root, problems);
    } catch (RuntimeException e) {
      // a model rule the mapper did not check first; still this line's fault, never a crash
      problems.error(
          "", "not accepted: a rule of the model failed", "not accepted: " + e.getMessage());
      value = Optional.empty();
    }
    Optional<String> id =
        value
            .map(mapper::id)
            .or(
                () ->
                    Optional.ofNullable(root.get("id"))
                        .filter(n -> n.isTextual() && Fields.ID.test(n.textValue()))
                        .map(JsonNode::textValue));
    if (id.isPresent()) {
      long first = value.isPresent() ? ids.putIfAbsent(id.get(), line) : ids.lineOf(id.get());
      if (first > 0) {
        problems.error(
            "id",
            "duplicates the id on line " + first + " (the first is kept)",
            Values.quote(id.get())
                + " duplicates the id on line "
                + first
                + " (the first is kept)");
      }
    }
    if (problems.hasErrors()) {
      List<InputError> all = new ArrayList<>(problems.errors());
      all.addAll(problems.warnings());
      return reject(line, id, all);
    }
    accepted++;
    if (!problems.warnings().isEmpty()) {
      warned++;
    }
    return new LineResult.Accepted<>(line, value.orElseThrow(), problems.warnings());
  }

  private LineResult<T> reject(long line, Optional<String> id, List<InputError> errors) {
    rejected++;
    return new LineResult.Rejected<>(line, id, errors);
  }
}
