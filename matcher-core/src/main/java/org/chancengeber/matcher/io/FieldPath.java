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

/**
 * Where a value sits in a line, e.g. {@code languages[0].level}: a cheap linked node on the happy
 * path, turned into text only when a problem is reported.
 */
final class FieldPath {
  static final FieldPath ROOT = new FieldPath(null, null, -1);

  private final FieldPath parent;
  private final String name;
  private final int index;

  private FieldPath(FieldPath parent, String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  FieldPath child(String childName) {
    return new FieldPath(this, childName, -1);
  }

  FieldPath element(int elementIndex) {
    return new FieldPath(this, null, elementIndex);
  }

  @Override
  public String toString() {
    if (parent == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(32);
    append(sb);
    return sb.toString();
  }

  private void append(StringBuilder sb) {
    if (parent == null) {
      return;
    }
    parent.append(sb);
    if (name == null) {
      sb.append('[').append(index).append(']');
    } else {
      if (sb.length() > 0) {
        sb.append('.');
      }
      sb.append(name);
    }
  }
}
