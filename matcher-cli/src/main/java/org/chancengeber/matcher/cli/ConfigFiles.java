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
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chancengeber.matcher.pathway.PathwayPlanner;
import org.chancengeber.matcher.profile.ScoringProfile;
import org.chancengeber.matcher.rules.RuleFileException;
import org.chancengeber.matcher.rules.RuleSet;

/**
 * The three configuration files of {@code --rules}, {@code --durations} and {@code --profile}, each
 * read through the library's one reader; an unusable file is a usage error that names file, line,
 * field and reason.
 */
final class ConfigFiles {
  private ConfigFiles() {}

  static RuleSet rules(Path file) {
    try (InputStream in = open("--rules", file)) {
      return RuleSet.fromJson(in, file.toString());
    } catch (RuleFileException e) {
      throw new CliException(MatcherCli.USAGE, "--rules: " + e.getMessage());
    } catch (IOException e) {
      throw cannotRead("--rules", file, e);
    }
  }

  static PathwayPlanner durations(Path file) {
    try (InputStream in = open("--durations", file)) {
      return PathwayPlanner.fromJson(in, file.toString());
    } catch (RuleFileException e) {
      throw new CliException(MatcherCli.USAGE, "--durations: " + e.getMessage());
    } catch (IOException e) {
      throw cannotRead("--durations", file, e);
    }
  }

  static ScoringProfile profile(Path file) {
    try (InputStream in = open("--profile", file)) {
      return ScoringProfile.fromJson(in, file.toString());
    } catch (RuleFileException e) {
      throw new CliException(MatcherCli.USAGE, "--profile: " + e.getMessage());
    } catch (IOException e) {
      throw cannotRead("--profile", file, e);
    }
  }

  private static InputStream open(String option, Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new CliException(
          MatcherCli.USAGE, option + ": " + file + ": no such file (or not a regular file)");
    }
    return Files.newInputStream(file);
  }

  private static CliException cannotRead(String option, Path file, IOException e) {
    return new CliException(
        MatcherCli.USAGE, option + ": " + file + ": cannot read: " + e.getMessage());
  }
}
