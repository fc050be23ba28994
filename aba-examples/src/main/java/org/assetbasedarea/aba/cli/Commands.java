package org.assetbasedarea.aba.cli;

import java.io.PrintWriter;
import java.util.List;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.plan.Plan;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;

/** What the commands share: the injected tool and spec, and reading one assessment or plan. */
final class Commands {
  private Commands() {}

  static Aba tool(@Nullable Aba aba) {
    if (aba == null) {
      throw new IllegalStateException("not run as a subcommand of aba");
    }
    return aba;
  }

  static CommandSpec spec(@Nullable CommandSpec spec) {
    if (spec == null) {
      throw new IllegalStateException("not run by picocli");
    }
    return spec;
  }

  /**
   * Reads one assessment, or prints its issues on standard error and fails with exit code 1.
   */
  static Assessment assessment(Aba tool, PrintWriter err, String file) {
    return (Assessment) read(tool, err, file, Documents.Kind.ASSESSMENT);
  }

  /** Reads one plan, or prints its issues on standard error and fails with exit code 1. */
  static Plan plan(Aba tool, PrintWriter err, String file) {
    return (Plan) read(tool, err, file, Documents.Kind.PLAN);
  }

  private static Object read(Aba tool, PrintWriter err, String file, Documents.Kind kind) {
    Loaded<Documents.Document> loaded = tool.documents().read(Inputs.read(file, tool.stdin()));
    if (!loaded.isValid()) {
      List<Issue> issues = loaded.issues();
      Output.issues(err, file, issues);
      throw new UserException(file + ": not a valid " + kind.label() + " (" + issues.size()
          + (issues.size() == 1 ? " issue)" : " issues)"));
    }
    Documents.Document document = loaded.document().orElseThrow();
    if (document.kind() != kind) {
      throw new UserException(file + ": is " + document.kind().phrase() + ", not " + kind.phrase());
    }
    return document.value();
  }
}
