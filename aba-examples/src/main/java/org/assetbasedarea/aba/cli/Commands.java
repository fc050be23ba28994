package org.assetbasedarea.aba.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
   * Every valid document of the inputs, in order, with where it came from; or, when any input is
   * not valid or cannot be read, every issue and problem printed on standard error and a failure
   * with exit code 1 (nothing returned).
   */
  static List<Found> readAll(Aba tool, PrintWriter err, String command, List<String> inputs,
      boolean ndjson) {
    List<Found> found = new ArrayList<>();
    int failed = 0;
    try (InputDocuments documents = new InputDocuments(tool.documents(), tool.stdin(),
        Sources.expand(inputs, ndjson))) {
      while (documents.hasNext()) {
        InputDocuments.Item item = documents.next();
        Loaded<Documents.Document> result = item.result();
        if (result == null) {
          err.println(command + ": " + TextFormat.safe(item.problemMessage()));
          failed++;
        } else if (!result.isValid()) {
          Output.issues(err, item.where(), result.issues());
          failed++;
        } else {
          found.add(new Found(item.where(), result.document().orElseThrow()));
        }
      }
    }
    if (failed > 0) {
      throw new UserException(failed + (failed == 1 ? " input is" : " inputs are") + " not valid");
    }
    return found;
  }

  /** A valid document and where it came from ({@code FILE}, or {@code FILE:LINE} in NDJSON). */
  record Found(String where, Documents.Document document) {}

  /**
   * The assessments among the inputs, which must be assessments of one area, sorted by date: for
   * the commands that follow one area ({@code compare}, {@code plan new}).
   *
   * @param wanted how many assessments the command needs at least (1 or 2)
   */
  static List<Assessment> oneArea(Aba tool, PrintWriter err, String command, List<String> inputs,
      int wanted) {
    List<Found> found = readAll(tool, err, command, inputs, false);
    List<Found> assessments = new ArrayList<>();
    for (Found f : found) {
      if (f.document().kind() != Documents.Kind.ASSESSMENT) {
        throw new UserException(f.where() + ": is " + f.document().kind().phrase()
            + ", not an assessment");
      }
      assessments.add(f);
    }
    if (assessments.size() < wanted) {
      throw new UserException("the inputs hold " + assessments.size()
          + (assessments.size() == 1 ? " assessment" : " assessments") + "; " + wanted
          + " or more are needed");
    }
    Map<String, String> areas = new TreeMap<>();
    for (Found f : assessments) {
      areas.putIfAbsent(((Assessment) f.document().value()).getArea().getCode().toString(), f.where());
    }
    if (areas.size() > 1) {
      throw new UserException("the assessments are of " + areas.size() + " areas ("
          + String.join(", ", areas.keySet()) + "); this command follows one area");
    }
    assessments.sort(Comparator.comparing(f -> ((Assessment) f.document().value()).getAssessedOn()));
    for (int i = 1; i < assessments.size(); i++) {
      Assessment a = (Assessment) assessments.get(i - 1).document().value();
      Assessment b = (Assessment) assessments.get(i).document().value();
      if (a.getAssessedOn().equals(b.getAssessedOn())) {
        throw new UserException(assessments.get(i - 1).where() + " and " + assessments.get(i).where()
            + " are both assessments of " + a.getAssessedOn() + "; keep one");
      }
    }
    List<Assessment> result = new ArrayList<>();
    for (Found f : assessments) {
      result.add((Assessment) f.document().value());
    }
    return result;
  }

  /**
   * The document of an input that must be valid and of one kind: a problem, an invalid document
   * (its issues printed on standard error) or another kind fails with exit code 1, with the
   * messages a command reading one file has always given.
   */
  static Loaded<Documents.Document> require(@Nullable Loaded<Documents.Document> result,
      InputDocuments.Item item, Documents.Kind kind, PrintWriter err) {
    if (result == null) {
      throw new UserException(item.problemMessage());
    }
    if (!result.isValid()) {
      List<Issue> issues = result.issues();
      Output.issues(err, item.where(), issues);
      throw new UserException(item.where() + ": not a valid " + kind.label() + " (" + issues.size()
          + (issues.size() == 1 ? " issue)" : " issues)"));
    }
    Documents.Document document = result.document().orElseThrow();
    if (document.kind() != kind) {
      throw new UserException(item.where() + ": is " + document.kind().phrase() + ", not "
          + kind.phrase());
    }
    return result;
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
