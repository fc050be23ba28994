package org.assetbasedarea.aba.cli;

/**
 * The command-line tool in-process, for tests outside this package (the browser test of the
 * reports): the same entry point as {@link Cli}, reading real files through aba-json.
 */
public final class InProcessAba {
  private InProcessAba() {}

  /**
   * Runs the tool and insists that it succeeds.
   *
   * @param args the command line, as a user would type it after {@code aba}
   * @return what the tool printed on standard output
   * @throws AssertionError when the tool exits other than 0 (with everything it printed)
   */
  public static String run(String... args) {
    Cli run = Cli.run(JsonDocuments::new, Cli.stdin(""), false, args);
    if (run.code != 0) {
      throw new AssertionError("aba " + String.join(" ", args) + " failed: " + run);
    }
    return run.out;
  }

  /**
   * Whether a command has an option, as its help lists it.
   *
   * @param command the command, such as {@code demo}
   * @param option the option, such as {@code --analyst}
   * @return true when {@code aba COMMAND --help} names the option
   */
  public static boolean hasOption(String command, String option) {
    return run(command, "--help").lines().anyMatch(line -> line.matches(".*(^|[\\s,])" + java.util.regex.Pattern.quote(option) + "([\\s,=].*|$)"));
  }
}
