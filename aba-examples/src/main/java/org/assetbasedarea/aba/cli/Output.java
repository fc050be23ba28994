package org.assetbasedarea.aba.cli;

import java.io.PrintWriter;
import java.util.List;
import org.assetbasedarea.aba.issues.Issue;

/** How the commands print issues. */
final class Output {
  private Output() {}

  /**
   * An issue as {@code FILE:/json/pointer: message [CODE]}; the whole document's pointer (the
   * empty string) is written {@code /}, as {@link Issue#toString()} does. The file name, pointer
   * and message go through {@link TextFormat#safe}: a pointer holds field names as the document
   * spelled them, and a message may quote its values.
   */
  static String issue(String file, Issue issue) {
    String path = issue.getPath().isEmpty() ? "/" : issue.getPath();
    return TextFormat.safe(file) + ":" + TextFormat.safe(path) + ": " + TextFormat.safe(issue.getMessage())
        + " [" + issue.getCode() + "]";
  }

  static void issues(PrintWriter to, String file, List<Issue> issues) {
    for (Issue issue : issues) {
      to.println(issue(file, issue));
    }
  }
}
