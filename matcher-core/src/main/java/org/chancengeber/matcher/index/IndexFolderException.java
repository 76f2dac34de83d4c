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
package org.chancengeber.matcher.index;

/**
 * An index folder that cannot be used: not an index's own, in use by another writer, or with a last
 * commit that cannot be read. The message names the folder or file and what to do.
 */
public final class IndexFolderException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public IndexFolderException(String message) {
    super(message);
  }

  public IndexFolderException(String message, Throwable cause) {
    super(message, cause);
  }
}
