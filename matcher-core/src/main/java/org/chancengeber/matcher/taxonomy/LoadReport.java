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

import java.util.List;

/**
 * What an import read and what it left out.
 *
 * @param files the files read, as named in messages
 * @param ignoredFiles files found but not part of the model (collections, concept schemes, ...)
 * @param relationsRead occupation→skill relation rows read
 * @param relationsSkipped rows naming an occupation or skill not in the taxonomy, or repeated
 * @param labelRowsSkipped rows of additional-language files naming concepts absent from the main
 *     language (their labels are left out: a concept exists only where the main language has it)
 * @param notes one readable line per thing left out, naming the file and a count
 */
public record LoadReport(
    List<String> files,
    List<String> ignoredFiles,
    int relationsRead,
    int relationsSkipped,
    int labelRowsSkipped,
    List<String> notes) {
  /** Creates a report, copying the lists and maps. */
  public LoadReport {
    files = List.copyOf(files);
    ignoredFiles = List.copyOf(ignoredFiles);
    notes = List.copyOf(notes);
  }
}
