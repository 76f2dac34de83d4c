package org.chancengeber.matcher.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code matcher generate}. */
@Command(name = "generate", mixinStandardHelpOptions = true, description = "(being built)")
final class GenerateCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("matcher generate is being built");
  }
}
