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

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and keeps what it printed. */
record Cli(int exitCode, String out, String err) {
  /** {@code match --today 2026-12-01 ARGS}: the sample data's date, so that results are fixed. */
  static Cli match(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "match";
    all[1] = "--today";
    all[2] = "2026-12-01";
    System.arraycopy(args, 0, all, 3, args.length);
    return run(all);
  }

  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try (PrintWriter o = new PrintWriter(out);
        PrintWriter e = new PrintWriter(err)) {
      code = MatcherCli.execute(o, e, args);
    }
    return new Cli(code, out.toString(), err.toString());
  }
}
