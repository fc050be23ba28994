package org.assetbasedarea.aba.cli;

import java.io.PrintWriter;
import java.util.List;
import org.assetbasedarea.aba.issues.Issue;

/** How the commands print issues. */
final class Output {
  private Output() {}

  /**
   * An issue as {@code FILE:/json/pointer: message [CODE]}; the whole document's pointer (the
   * empty string) is written {@code /}, as {@link Issue#toString()} does.
   */
  static String issue(String file, Issue issue) {
    String path = issue.getPath().isEmpty() ? "/" : issue.getPath();
    return file + ":" + path + ": " + issue.getMessage() + " [" + issue.getCode() + "]";
  }

  static void issues(PrintWriter to, String file, List<Issue> issues) {
    for (Issue issue : issues) {
      to.println(issue(file, issue));
    }
  }
}
