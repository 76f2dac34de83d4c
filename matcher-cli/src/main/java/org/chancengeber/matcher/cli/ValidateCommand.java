package org.chancengeber.matcher.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code matcher validate}. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "(being built)")
final class ValidateCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("matcher validate is being built");
  }
}
