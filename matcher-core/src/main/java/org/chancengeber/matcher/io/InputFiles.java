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

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opening input files with errors that name the file and say why in plain words. */
final class InputFiles {
  private InputFiles() {}

  static String name(Path file) {
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }

  static InputStream open(Path file) {
    if (Files.isDirectory(file)) {
      throw new InputFileException(file.toString(), "is a directory, not a file", null);
    }
    try {
      return Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new InputFileException(file.toString(), "no such file", e);
    } catch (AccessDeniedException e) {
      throw new InputFileException(file.toString(), "permission denied", e);
    } catch (IOException e) {
      throw new InputFileException(file.toString(), "cannot be opened: " + e.getMessage(), e);
    }
  }
}
