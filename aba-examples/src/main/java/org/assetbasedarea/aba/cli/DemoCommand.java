package org.assetbasedarea.aba.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.outcomes.OutcomeData;
import org.assetbasedarea.aba.plan.Plan;
import org.assetbasedarea.aba.plan.Plans;
import org.assetbasedarea.aba.report.AreaReport;
import org.assetbasedarea.aba.scoring.ScoreReport;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code aba demo [--out DIR]}. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
        "Writes the HTML report of the bundled, fictional sample area.",
        "The sample is two assessments a year apart, two periods of outcome data and a 100-day"
            + " challenge between the assessments; prints where the report was written and a short"
            + " summary."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:written", "1:the output cannot be written", "2:usage error"})
final class DemoCommand implements Callable<Integer> {
  /** The bundled sample documents, as class-path resources. */
  static final List<String> SAMPLES = List.of(
      "brackenford-2025.json", "brackenford-2026.json",
      "brackenford-outcomes-2025.json", "brackenford-outcomes-2026.json",
      "brackenford-plan-2025.json");
  static final String SAMPLE_FOLDER = "/org/assetbasedarea/aba/examples/samples/";

  @ParentCommand
  @Nullable Aba aba;

  @Spec
  @Nullable CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "aba-report", converter = Arguments.OutputDirectory.class,
      description = "the output directory (default: ${DEFAULT-VALUE})")
  Path out = Path.of("aba-report");

  @Mixin
  DisclosureOption disclosure = new DisclosureOption();

  @Mixin
  AnalystOption audience = new AnalystOption();

  @Override
  public Integer call() {
    Aba tool = Commands.tool(aba);
    PrintWriter stdout = Commands.spec(spec).commandLine().getOut();
    List<Assessment> assessments = new ArrayList<>();
    List<OutcomeData> outcomes = new ArrayList<>();
    List<Plan> plans = new ArrayList<>();
    for (String sample : SAMPLES) {
      Loaded<Documents.Document> loaded = tool.documents().read(resource(sample));
      Documents.Document document = loaded.document().orElseThrow(() -> new IllegalStateException(
          "bundled sample " + sample + " is not valid: " + loaded.issues()));
      switch (document.kind()) {
        case ASSESSMENT:
          assessments.add((Assessment) document.value());
          break;
        case PLAN:
          plans.add((Plan) document.value());
          break;
        default:
          outcomes.add((OutcomeData) document.value());
      }
    }
    List<AreaReport> areas =
        AreaReport.group(assessments, outcomes, plans, tool.scorer(), disclosure.policy);
    List<Path> written = ReportCommand.write(tool, areas, out, audience.mode());
    stdout.println("Wrote the demo report to " + TextFormat.safe(out.toAbsolutePath().normalize().toString()) + ":");
    for (Path path : written) {
      stdout.println("  " + TextFormat.safe(path.toString()));
    }
    stdout.println();
    for (AreaReport area : areas) {
      stdout.println(TextFormat.safe(area.getName()) + " (" + area.getCode() + ")");
      for (AreaReport.Scored scored : area.getAssessments()) {
        ScoreReport report = scored.getReport();
        stdout.println("  assessed " + report.getAssessedOn() + ": "
            + report.getOverall().getPercentage().map(p -> p.toPlainString() + "%").orElse("-")
            + ", band " + report.getOverall().getBand().map(b -> b.getLabel()).orElse("none")
            + " (" + report.getStatus().name().toLowerCase(java.util.Locale.ROOT) + ")");
      }
      for (OutcomeData data : outcomes) {
        if (data.getArea().getCode().equals(area.getCode())) {
          stdout.println("  outcome data " + data.getPeriod().getStart() + " to " + data.getPeriod().getEnd()
              + ": " + data.getResponses().size() + " respondents");
        }
      }
      for (Plan plan : area.getPlans()) {
        int goals = plan.getGoals().size();
        stdout.println("  " + PlanText.kind(plan.getKind()) + " " + plan.getStartsOn() + " to "
            + plan.getEndsOn() + ", " + goals + (goals == 1 ? " goal" : " goals"));
        stdout.println("    " + judged(plan, area, tool));
      }
    }
    stdout.println();
    stdout.println("Open " + TextFormat.safe(out.resolve("index.html").toString()) + " in a browser (no network needed).");
    return 0;
  }

  /** Such as {@code against the assessment of 2026-03-31: 1 met, 1 not met}. */
  private static String judged(Plan plan, AreaReport area, Aba tool) {
    Optional<AreaReport.Scored> judging = area.judging(plan);
    if (judging.isEmpty()) {
      return "not yet reassessed";
    }
    ScoreReport later = judging.get().getReport();
    Framework framework = tool.scorer().getRegistry().find(plan.getFramework()).orElseThrow();
    return "against the assessment of " + later.getAssessedOn() + ": "
        + PlanText.results(Plans.review(plan, later, framework));
  }

  static byte[] resource(String name) {
    try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE_FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("bundled sample missing: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
