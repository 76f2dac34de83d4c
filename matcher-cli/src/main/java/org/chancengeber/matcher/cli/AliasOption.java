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
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --aliases F}, shared by every command that resolves free text. */
final class AliasOption {
  @Option(
      names = "--aliases",
      paramLabel = "F",
      description =
          "Your own words for concepts: CSV text,conceptUri[,lang] (repeatable). An exact alias"
              + " beats every ESCO label.")
  List<Path> files = new ArrayList<>();
}
