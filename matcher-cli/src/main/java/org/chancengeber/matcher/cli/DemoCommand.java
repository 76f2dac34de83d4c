package org.chancengeber.matcher.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code matcher demo}. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "(being built)")
final class DemoCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("matcher demo is being built");
  }
}
