package org.assetbasedarea.aba.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.assessment.Evidence;
import org.assetbasedarea.aba.assessment.Participant;
import org.assetbasedarea.aba.assessment.Rating;
import org.assetbasedarea.aba.assessment.Role;
import org.assetbasedarea.aba.files.SafeFiles;
import org.assetbasedarea.aba.framework.Action;
import org.assetbasedarea.aba.framework.Approach;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.FrameworkRegistry;
import org.assetbasedarea.aba.framework.Grouping;
import org.assetbasedarea.aba.framework.IndicatorDefinition;
import org.assetbasedarea.aba.framework.Level;
import org.assetbasedarea.aba.framework.Outcome;
import org.assetbasedarea.aba.framework.Statistic;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.outcomes.Change;
import org.assetbasedarea.aba.outcomes.Difference;
import org.assetbasedarea.aba.outcomes.DisclosurePolicy;
import org.assetbasedarea.aba.outcomes.IndicatorResult;
import org.assetbasedarea.aba.outcomes.Indicators;
import org.assetbasedarea.aba.outcomes.Marker;
import org.assetbasedarea.aba.outcomes.OutcomeReport;
import org.assetbasedarea.aba.outcomes.OutcomeResult;
import org.assetbasedarea.aba.outcomes.PublishedValue;
import org.assetbasedarea.aba.plan.CheckIn;
import org.assetbasedarea.aba.plan.Goal;
import org.assetbasedarea.aba.plan.GoalCheck;
import org.assetbasedarea.aba.plan.GoalResult;
import org.assetbasedarea.aba.plan.GoalReview;
import org.assetbasedarea.aba.plan.GoalStatus;
import org.assetbasedarea.aba.plan.OutcomeTarget;
import org.assetbasedarea.aba.plan.Plan;
import org.assetbasedarea.aba.plan.PlanKind;
import org.assetbasedarea.aba.plan.PlanReview;
import org.assetbasedarea.aba.plan.Plans;
import org.assetbasedarea.aba.plan.Step;
import org.assetbasedarea.aba.scoring.ActionProgress;
import org.assetbasedarea.aba.scoring.ActionScore;
import org.assetbasedarea.aba.scoring.Band;
import org.assetbasedarea.aba.scoring.Cap;
import org.assetbasedarea.aba.scoring.Direction;
import org.assetbasedarea.aba.scoring.GroupingProgress;
import org.assetbasedarea.aba.scoring.GroupingScore;
import org.assetbasedarea.aba.scoring.Limiter;
import org.assetbasedarea.aba.scoring.NotComparableException;
import org.assetbasedarea.aba.scoring.OverallScore;
import org.assetbasedarea.aba.scoring.Progress;
import org.assetbasedarea.aba.scoring.ScoreReport;
import org.assetbasedarea.aba.scoring.Scorer;

/**
 * Renders areas as self-contained HTML pages: inline CSS and inline SVG only, no script, no
 * external resource (a Content-Security-Policy forbids any), every piece of user text escaped.
 * Each chart has a {@code <title>} and a table beside it with the same figures.
 *
 * <pre>{@code
 * List<AreaReport> areas = AreaReport.group(assessments, outcomeData, Scorer.standard());
 * List<Path> written = new HtmlReport(Scorer.standard()).write(areas, Path.of("aba-report"));
 * }</pre>
 */
public final class HtmlReport {
  private static final String CSP =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

  private final Scorer scorer;
  private final ReportMode mode;

  /**
   * A renderer of publish-safe pages ({@link ReportMode#PUBLICATION}), resolving frameworks
   * (titles, outcomes) in a scorer's registry.
   *
   * @param scorer the scorer the reports were made with
   */
  public HtmlReport(Scorer scorer) {
    this(scorer, ReportMode.PUBLICATION);
  }

  /**
   * A renderer for an audience.
   *
   * @param scorer the scorer the reports were made with
   * @param mode publish-safe pages, or the analyst's pages not for publication
   */
  public HtmlReport(Scorer scorer, ReportMode mode) {
    this.scorer = Objects.requireNonNull(scorer, "scorer");
    this.mode = Objects.requireNonNull(mode, "mode");
  }

  private boolean analyst() {
    return mode == ReportMode.ANALYST;
  }

  /**
   * Writes one page per area and an {@code index.html} linking them into a directory, creating it
   * when missing, as one {@link SafeFiles} transaction: all files or none, never through a
   * symbolic link, every earlier file left as it was when anything fails.
   *
   * @param areas the areas
   * @param dir the output directory
   * @return the files written, the index first
   * @throws IOException when a file cannot be written (the message says which and why)
   */
  public List<Path> write(List<AreaReport> areas, Path dir) throws IOException {
    SafeFiles files = SafeFiles.in(dir);
    for (Map.Entry<String, String> file : render(areas).entrySet()) {
      files.add(file.getKey(), file.getValue());
    }
    return files.commit();
  }

  /**
   * Every file of the report in memory: {@code index.html} first, then one page per area.
   *
   * @param areas the areas
   * @return file name to HTML document, in that order
   */
  public Map<String, String> render(List<AreaReport> areas) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("index.html", index(areas));
    for (AreaReport area : areas) {
      files.put(area.getFileName(), page(area));
    }
    return files;
  }

  /**
   * The index page: one row per area, linking its page.
   *
   * @param areas the areas
   * @return the HTML document
   */
  public String index(List<AreaReport> areas) {
    StringBuilder h = new StringBuilder(4096);
    head(h, "Asset-Based Area reports", printStyle("Asset-Based Area reports"));
    banner(h);
    h.append("<header><h1>Asset-Based Area reports</h1>\n<p class=\"lede\">")
        .append(areas.size()).append(areas.size() == 1 ? " area" : " areas")
        .append(". Each page shows the area's latest self-assessment and its result, progress over"
            + " time, plans and outcomes for people.</p></header>\n<main>\n");
    h.append("<table class=\"index\"><caption>Areas</caption>\n<thead><tr><th scope=\"col\">Area</th>"
        + "<th scope=\"col\">Code</th><th scope=\"col\">Latest assessment</th>"
        + "<th scope=\"col\">Overall</th><th scope=\"col\">Band</th>"
        + "<th scope=\"col\">Periods of outcome data</th></tr></thead>\n<tbody>\n");
    for (AreaReport area : areas) {
      h.append("<tr><td><a href=\"").append(Html.text(area.getFileName())).append("\">")
          .append(Html.user(area.getName())).append("</a></td><td>")
          .append(Html.text(area.getCode().toString())).append("</td>");
      if (area.getAssessments().isEmpty()) {
        h.append("<td>none</td><td></td><td></td>");
      } else {
        ScoreReport latest = latest(area).getReport();
        h.append("<td>").append(Plain.date(latest.getAssessedOn())).append("</td><td class=\"num\">")
            .append(whole(latest.getOverall())).append("</td><td>")
            .append(bandBadge(latest.getOverall().getBand())).append("</td>");
      }
      h.append("<td>").append(area.getOutcomes().size()).append("</td></tr>\n");
    }
    h.append("</tbody></table>\n</main>\n");
    foot(h);
    return h.toString();
  }

  /**
   * The page of one area.
   *
   * @param area the area
   * @return the HTML document
   */
  public String page(AreaReport area) {
    return page(area, true);
  }

  /**
   * The page of one area on its own, without the link to the index of all areas: for a page
   * served alone (the case service's report of an area), where there is no {@code index.html}.
   *
   * @param area the area
   * @return the HTML document
   */
  public String standalonePage(AreaReport area) {
    return page(area, false);
  }

  private String page(AreaReport area, boolean linkIndex) {
    StringBuilder h = new StringBuilder(32_768);
    String title = area.getName() + " (" + area.getCode() + ")";
    Optional<AreaReport.Scored> latest =
        area.getAssessments().isEmpty() ? Optional.empty() : Optional.of(latest(area));
    String running = title + latest.map(s -> " \u00b7 self-assessment of "
        + Plain.date(s.getReport().getAssessedOn()) + " \u00b7 " + statusLabel(s.getReport()))
        .orElse(" \u00b7 no self-assessment");
    head(h, title + ": Asset-Based Area report", printStyle(running));
    banner(h);
    h.append("<header>")
        .append(linkIndex ? "<p class=\"crumb\"><a href=\"index.html\">All areas</a></p>\n" : "")
        .append("<h1>")
        .append(Html.user(area.getName())).append(" <span class=\"code\">")
        .append(Html.text(area.getCode().toString())).append("</span></h1>\n");
    if (latest.isPresent()) {
      ScoreReport report = latest.get().getReport();
      Framework framework = framework(report.getFramework());
      h.append("<p class=\"lede\">Self-assessment of ").append(Plain.date(report.getAssessedOn()))
          .append(", against ").append(Html.text(framework.getTitle())).append('.');
      if (analyst()) {
        h.append(" Framework <code>").append(Html.text(report.getFramework()))
            .append("</code>, scored with rules <code>").append(Html.text(report.getRules()))
            .append("</code>.");
      }
      h.append("</p>\n");
    }
    h.append("</header>\n<main>\n");
    if (latest.isPresent()) {
      AreaReport.Scored scored = latest.get();
      Framework framework = framework(scored.getReport().getFramework());
      summary(h, area, scored, framework);
      actions(h, scored, framework);
      groupings(h, scored.getReport(), framework);
      explanations(h, scored, framework);
      if (area.getAssessments().size() > 1) {
        progress(h, area, framework);
      }
    } else {
      h.append("<section><h2>Self-assessment</h2><p>No assessment of this area was given.</p></section>\n");
    }
    if (!area.getPlans().isEmpty()) {
      plans(h, area);
    }
    if (latest.isPresent()) {
      movingUp(h, latest.get().getReport(), framework(latest.get().getReport().getFramework()));
    }
    outcomes(h, area);
    h.append("</main>\n");
    foot(h);
    return h.toString();
  }

  /** The analyst's banner, first on every page of the analyst mode; nothing otherwise. */
  private void banner(StringBuilder h) {
    if (analyst()) {
      h.append("<p class=\"not-for-publication\" role=\"note\">Analyst version, with raw figures"
          + " and identifiers: not for publication</p>\n");
    }
  }

  /**
   * The print page: A4, and on every printed page the running text (which area, date and status)
   * at the top left, the mode at the top right and the page number at the bottom.
   */
  private String printStyle(String running) {
    return "@page{size:A4;margin:18mm 14mm 16mm 14mm;"
        + "@top-left{content:" + Html.cssString(running) + ";font:8.5pt system-ui,sans-serif;color:#1d2330}"
        + "@top-right{content:" + Html.cssString(analyst() ? "Analyst version: not for publication"
            : "Asset-Based Area report") + ";font:8.5pt system-ui,sans-serif;" + (analyst() ? "font-weight:700;color:#8a4b00" : "color:#5b6472") + "}"
        + "@bottom-right{content:\"Page \" counter(page) \" of \" counter(pages);font:8.5pt system-ui,sans-serif;color:#5b6472}}\n";
  }

  // -- sections ------------------------------------------------------------------------------

  /**
   * The summary, printed alone on the first page: the result (whole percentage, band with why it
   * was lowered, status), what the bands mean, the change since the last self-assessment,
   * strengths, what to improve and the next steps from the latest plan.
   */
  private void summary(StringBuilder h, AreaReport area, AreaReport.Scored scored, Framework framework) {
    ScoreReport report = scored.getReport();
    OverallScore overall = report.getOverall();
    h.append("<section id=\"summary\" aria-labelledby=\"summary-h\"><h2 id=\"summary-h\">Summary</h2>\n");
    h.append("<div class=\"overall\">\n<div class=\"figure\"><span class=\"big\">").append(whole(overall))
        .append("</span><span class=\"small\">overall result");
    overall.getPercentage().ifPresent(p -> h.append(" (exactly ").append(p.toPlainString()).append("%)"));
    h.append(", ").append(overall.getRated()).append(" of ").append(overall.getActions())
        .append(" actions rated</span></div>\n<div class=\"figure band-figure\">")
        .append(bandBadge(overall.getBand())).append("<span class=\"small\">band</span>");
    List<String> lowered = Plain.loweredBecause(report, framework);
    if (!lowered.isEmpty() && overall.getPercentageBand().isPresent()) {
      h.append("<span class=\"lowered\">Lowered from ")
          .append(Html.text(overall.getPercentageBand().get().getLabel())).append(": ")
          .append(Html.text(String.join("; and ", lowered))).append(".</span>");
    } else if (overall.getBand().isEmpty()) {
      h.append("<span class=\"lowered\">No band: too few actions were rated.</span>");
    }
    h.append("</div>\n<div class=\"figure\"><span class=\"big status\">")
        .append(Html.text(statusLabel(report))).append("</span><span class=\"small\">")
        .append(statusNote(report)).append("</span></div>\n</div>\n");
    bandKey(h, overall);
    h.append("<div class=\"summary-lists\">\n<div><h3>Change since last time</h3>\n");
    change(h, area, scored);
    h.append("<h3>Who took part</h3>\n<p>").append(participants(scored.getAssessment()))
        .append(report.isCoProduced() ? "." : ". <strong class=\"not-co-produced\">Not co-produced</strong>:"
            + " no people with lived experience, carers or community members took part.")
        .append("</p>\n</div>\n<div><h3>Strengths</h3>\n");
    List<ActionScore> strong = new ArrayList<>();
    List<ActionScore> weak = new ArrayList<>();
    for (Action action : framework.getActions()) {
      report.findAction(action.getId()).ifPresent(a -> (a.getEffectiveRating() >= 3 ? strong : weak).add(a));
    }
    strong.sort(Comparator.comparingInt(ActionScore::getEffectiveRating).reversed());
    weak.sort(Comparator.comparingInt(ActionScore::getEffectiveRating));
    if (strong.isEmpty()) {
      h.append("<p>No action is yet at level 3 (Established) or above.</p>\n");
    } else {
      h.append("<ul class=\"strengths\">");
      for (ActionScore a : strong) {
        h.append("<li>").append(Html.text(Plain.title(framework, a.getAction()))).append(": <strong>")
            .append(Html.text(Plain.level(a.getEffectiveRating()))).append("</strong></li>");
      }
      h.append("</ul>\n");
    }
    h.append("</div>\n<div><h3>What to improve</h3>\n");
    if (weak.isEmpty() && report.getNotAssessed().isEmpty()) {
      h.append("<p>Every action is at level 3 (Established) or above.</p>\n");
    } else {
      h.append("<ul class=\"to-improve\">");
      for (ActionScore a : weak) {
        h.append("<li>").append(Html.text(Plain.title(framework, a.getAction()))).append(": <strong>")
            .append(Html.text(Plain.level(a.getEffectiveRating()))).append("</strong>");
        Plain.capClause(a).ifPresent(c -> h.append(" <span class=\"small\">(").append(Html.text(c))
            .append(")</span>"));
        h.append("</li>");
      }
      for (String id : report.getNotAssessed()) {
        h.append("<li>").append(Html.text(Plain.title(framework, id))).append(": <strong>not assessed</strong></li>");
      }
      h.append("</ul>\n");
    }
    h.append("</div>\n<div><h3>Next steps from the plan</h3>\n");
    nextSteps(h, area, report);
    h.append("</div>\n</div>\n</section>\n");
  }

  private static String statusNote(ScoreReport report) {
    switch (report.getStatus()) {
      case COMPLETE:
        return "every action rated";
      case PROVISIONAL:
        return "not every action rated, so the result may change";
      default:
        return "too few actions rated for a band";
    }
  }

  /** What each band means and where its thresholds lie, with this area's band marked in words. */
  private static void bandKey(StringBuilder h, OverallScore overall) {
    h.append("<table class=\"band-key\"><caption>What the bands mean</caption>\n<thead><tr>"
        + "<th scope=\"col\">Band</th><th scope=\"col\">Whole percentage</th>"
        + "<th scope=\"col\">What it means</th></tr></thead>\n<tbody>\n");
    for (Band band : Band.values()) {
      boolean here = overall.getBand().equals(Optional.of(band));
      h.append("<tr").append(here ? " class=\"this-band\"" : "").append("><th scope=\"row\">")
          .append(bandBadge(Optional.of(band))).append("</th><td class=\"num\">").append(Plain.range(band))
          .append("</td><td>").append(Html.text(Plain.meaning(band)))
          .append(here ? " <strong>This area's band.</strong>" : "").append("</td></tr>\n");
    }
    h.append("</tbody></table>\n<p class=\"small rounding\">A band is read from the whole percentage,"
        + " rounded half up: 62.50% counts as 63%, which is Established.");
    if (overall.getPercentage().isPresent() && overall.getRoundedPercentage().isPresent()) {
      h.append(" Here ").append(overall.getPercentage().get().toPlainString()).append("% counts as ")
          .append(overall.getRoundedPercentage().getAsInt()).append("%.");
    }
    h.append("</p>\n");
  }

  /** The change from the area's previous self-assessment to its latest, in a sentence or two. */
  private void change(StringBuilder h, AreaReport area, AreaReport.Scored latest) {
    List<AreaReport.Scored> all = area.getAssessments();
    if (all.size() < 2) {
      h.append("<p>This is the first self-assessment given for this area.</p>\n");
      return;
    }
    ScoreReport earlier = all.get(all.size() - 2).getReport();
    ScoreReport later = latest.getReport();
    String before = "the self-assessment of " + Plain.date(earlier.getAssessedOn()) + " ("
        + whole(earlier.getOverall()) + earlier.getOverall().getBand().map(b -> ", " + b.getLabel()).orElse("")
        + ", " + statusLabel(earlier).toLowerCase(Locale.ROOT) + ")";
    Progress p;
    try {
      p = scorer.progress(earlier, later);
    } catch (NotComparableException e) {
      h.append("<p>Not compared with ").append(Html.text(before))
          .append(": it was made against another framework or scored with other rules.</p>\n");
      return;
    }
    Optional<BigDecimal> points = p.getOverall().getChange();
    h.append("<p>");
    if (points.isEmpty()) {
      h.append("No change can be given since ").append(Html.text(before)).append(": one of them has no percentage.");
    } else {
      int sign = points.get().signum();
      h.append(sign > 0 ? "Up " : sign < 0 ? "Down " : "No change in the percentage")
          .append(sign == 0 ? "" : points.get().abs().toPlainString() + " percentage points")
          .append(" since ").append(Html.text(before)).append('.');
    }
    p.getOverall().getDirection().ifPresent(d -> h.append(" The band ")
        .append(d == Direction.SAME ? "stayed " + p.getOverall().getLaterBand().map(Band::getLabel).orElse("")
            : (d == Direction.UP ? "went up" : "went down") + " from "
                + p.getOverall().getEarlierBand().map(Band::getLabel).orElse("") + " to "
                + p.getOverall().getLaterBand().map(Band::getLabel).orElse(""))
        .append('.'));
    h.append("</p>\n");
  }

  /** The latest plan's goals, each with its first steps; or where to find next steps. */
  private void nextSteps(StringBuilder h, AreaReport area, ScoreReport report) {
    Optional<Plan> plan = area.getPlans().stream().max(Comparator.comparing(Plan::getStartsOn));
    if (plan.isEmpty()) {
      h.append("<p>No improvement plan or 100-day challenge was given with this report.");
      if (report.getActions().stream().anyMatch(a -> a.getEffectiveRating() < 3)) {
        h.append(" \"What moving up takes\", below, suggests next steps for each action below"
            + " level 3.");
      }
      h.append("</p>\n");
      return;
    }
    Plan p = plan.get();
    Framework planFramework = framework(p.getFramework()); // may differ from the assessment's
    h.append("<p>").append(kindLabel(p.getKind())).append(" \u201c").append(Html.user(p.getTitle()))
        .append("\u201d, ").append(Plain.date(p.getStartsOn())).append(" to ").append(Plain.date(p.getEndsOn()))
        .append('.');
    Optional<AreaReport.Scored> judge = area.judging(p);
    if (judge.isPresent()) {
      PlanReview review = Plans.review(p, judge.get().getReport(), planFramework);
      h.append(" Judged against the self-assessment of ").append(Plain.date(review.getLaterAssessedOn()))
          .append(": ").append(Html.text(summary(review))).append('.');
    }
    h.append("</p>\n");
    if (p.getGoals().isEmpty()) {
      h.append("<p>It has no goals yet.</p>\n");
      return;
    }
    h.append("<ul class=\"next\">");
    for (Goal goal : p.getGoals()) {
      h.append("<li><strong>").append(Html.text(Plain.title(planFramework, goal.getAction())))
          .append("</strong>, from ").append(Html.text(Plain.level(goal.getBaseline()))).append(" to ")
          .append(Html.text(Plain.level(goal.getTarget())));
      List<Step> steps = new ArrayList<>(goal.getSteps());
      steps.sort(Comparator.comparing(Step::getDueOn));
      if (!steps.isEmpty()) {
        h.append(": ").append(Html.user(steps.get(0).getDescription())).append(" (by ")
            .append(Plain.date(steps.get(0).getDueOn())).append(')');
        if (steps.size() > 1) {
          h.append(" <span class=\"small\">and ").append(steps.size() - 1)
              .append(steps.size() == 2 ? " more step" : " more steps").append("</span>");
        }
      }
      h.append("</li>");
    }
    h.append("</ul>\n");
  }

  /** The whole overall percentage: {@code 70%}, or {@code none}. */
  static String whole(OverallScore overall) {
    return overall.getRoundedPercentage().isPresent() ? overall.getRoundedPercentage().getAsInt() + "%" : "none";
  }

  private static String participants(Assessment assessment) {
    if (assessment.getParticipants().isEmpty()) {
      return "none recorded";
    }
    List<String> parts = new ArrayList<>();
    for (Participant p : assessment.getParticipants()) {
      parts.add(p.getCount() + " " + roleLabel(p.getRole().name()));
    }
    return Html.text(String.join(", ", parts));
  }

  private static String roleLabel(String role) {
    switch (role) {
      case "LIVED_EXPERIENCE":
        return "with lived experience";
      case "CARER":
        return "carers";
      case "COMMUNITY":
        return "community";
      case "VCSE":
        return "voluntary and community sector";
      case "PROVIDER":
        return "providers";
      case "NHS":
        return "NHS";
      case "COUNCIL":
        return "council";
      default:
        return "other";
    }
  }

  private static String statusLabel(ScoreReport report) {
    switch (report.getStatus()) {
      case COMPLETE:
        return "Complete";
      case PROVISIONAL:
        return "Provisional";
      default:
        return "Insufficient";
    }
  }

  private void actions(StringBuilder h, AreaReport.Scored scored, Framework framework) {
    ScoreReport report = scored.getReport();
    h.append("<section id=\"actions\" aria-labelledby=\"actions-h\"><h2 id=\"actions-h\">The ")
        .append(framework.getActions().size()).append(" actions</h2>\n");
    h.append(Charts.actionsFigure(framework, report));
    h.append("<p class=\"small\">A rating counts lower when its evidence does not support it: a rating"
        + " of 2 or more needs evidence, and 3 or more needs evidence from people's own experience.</p>\n");
    h.append("<table class=\"actions\"><caption>Ratings by action (the chart's figures)</caption>\n"
        + "<thead><tr><th scope=\"col\">#</th><th scope=\"col\">Action</th><th scope=\"col\">Grouping</th>"
        + "<th scope=\"col\">Rated</th><th scope=\"col\">Counts as</th>"
        + "<th scope=\"col\">Evidence</th></tr></thead>\n<tbody>\n");
    int number = 0;
    for (Action action : framework.getActions()) {
      number++;
      Optional<ActionScore> score = report.findAction(action.getId());
      Optional<Rating> rating = scored.getAssessment().findRating(action.getId());
      String grouping = framework.findGrouping(action.getGrouping()).map(Grouping::getTitle)
          .orElse(action.getGrouping());
      h.append("<tr id=\"action-").append(Html.text(action.getId())).append("\"><td data-label=\"Action\">")
          .append(number).append("</td><th scope=\"row\">").append(Html.text(action.getTitle()));
      if (analyst()) {
        h.append("<br><code>").append(Html.text(action.getId())).append("</code>");
      }
      h.append("</th><td data-label=\"Grouping\">").append(Html.text(grouping)).append("</td>");
      if (score.isEmpty()) {
        h.append("<td colspan=\"3\" class=\"muted\">not assessed</td></tr>\n");
        continue;
      }
      ActionScore s = score.get();
      h.append("<td data-label=\"Rated\">").append(Html.text(Plain.rating(s.getRating())))
          .append("</td><td data-label=\"Counts as\"").append(s.isCapped() ? " class=\"capped\"" : "")
          .append('>').append(Html.text(Plain.rating(s.getEffectiveRating())));
      Optional<String> reason = Plain.capReason(s);
      if (reason.isPresent()) {
        h.append("<br><span class=\"cap-reason\">").append(Html.text(reason.get())).append("</span>");
        if (analyst()) {
          h.append(" <code>").append(s.getCaps().stream().map(Cap::name)
              .collect(java.util.stream.Collectors.joining(" "))).append("</code>");
        }
      }
      h.append("</td><td data-label=\"Evidence\">");
      evidence(h, rating);
      h.append("</td></tr>\n");
    }
    h.append("</tbody></table>\n</section>\n");
  }

  private static void evidence(StringBuilder h, Optional<Rating> rating) {
    if (rating.isEmpty() || rating.get().getEvidence().isEmpty()) {
      h.append("none");
      return;
    }
    List<Evidence> items = rating.get().getEvidence();
    h.append("<details><summary>").append(items.size()).append(items.size() == 1 ? " item" : " items")
        .append("</summary><ul class=\"evidence\">");
    for (Evidence e : items) {
      h.append("<li><span class=\"kind\">").append(Html.text(kindLabel(e.getKind().name())))
          .append("</span> ").append(Html.user(e.getSummary()));
      if (e.getSourceText().isPresent()) {
        String uri = e.getSourceText().get();
        String lower = uri.toLowerCase(Locale.ROOT);
        // The validator admits only absolute http(s) URIs; checked again so no other scheme is linked.
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
          h.append(" <a rel=\"noopener noreferrer nofollow\" href=\"").append(Html.text(uri))
              .append("\">source</a>");
        }
      }
      h.append("</li>");
    }
    h.append("</ul>");
    rating.get().getRationale().ifPresent(r -> h.append("<p class=\"rationale\">")
        .append(Html.user(r)).append("</p>"));
    h.append("</details>");
  }

  private static String kindLabel(String kind) {
    switch (kind) {
      case "PEOPLES_EXPERIENCE":
        return "People's experience:";
      case "STAFF_AND_LEADERS":
        return "Staff and leaders:";
      case "PARTNERS":
        return "Partners:";
      case "PROCESSES":
        return "Processes:";
      default:
        return "Outcomes:";
    }
  }

  private static void groupings(StringBuilder h, ScoreReport report, Framework framework) {
    h.append("<section id=\"groupings\" aria-labelledby=\"groupings-h\"><h2 id=\"groupings-h\">Groupings</h2>\n");
    h.append(Charts.groupingBars(framework, report));
    h.append("<table class=\"groupings\"><caption>Groupings (the bar chart's figures)</caption>\n"
        + "<thead><tr><th scope=\"col\">Grouping</th><th scope=\"col\">Rated</th>"
        + "<th scope=\"col\">Percentage</th><th scope=\"col\">Band</th></tr></thead>\n<tbody>\n");
    for (GroupingScore g : report.getGroupings()) {
      h.append("<tr><th scope=\"row\">").append(Html.text(groupingTitle(framework, g.getGrouping())))
          .append("</th><td>").append(g.getRated()).append(" of ").append(g.getActions())
          .append("</td><td class=\"num\">").append(percent(g.getPercentage())).append("</td><td>")
          .append(g.getBand().map(b -> Html.text(b.getLabel())).orElse("none")).append("</td></tr>\n");
    }
    h.append("</tbody></table>\n</section>\n");
  }

  private void explanations(StringBuilder h, AreaReport.Scored scored, Framework framework) {
    ScoreReport report = scored.getReport();
    OverallScore overall = report.getOverall();
    h.append("<section id=\"explanations\" aria-labelledby=\"explanations-h\">"
        + "<h2 id=\"explanations-h\">Why the result is what it is</h2>\n<ul class=\"explanations\">\n");
    if (overall.getPercentage().isPresent()) {
      int total = report.getActions().stream().mapToInt(ActionScore::getEffectiveRating).sum();
      h.append("<li>The ").append(overall.getRated()).append(overall.getRated() == 1 ? " rated action counts"
              : " rated actions count").append(" for ").append(total).append(" of a possible ")
          .append(4 * overall.getRated()).append(" points: ").append(overall.getPercentage().get().toPlainString())
          .append("%, which counts as ").append(whole(overall))
          .append(overall.getPercentageBand().map(b -> " and is in the band " + b.getLabel()).orElse(""))
          .append(".</li>\n");
    }
    for (ActionScore a : report.getActions()) {
      Plain.capClause(a).ifPresent(c -> h.append("<li>").append(Html.text(Plain.title(framework, a.getAction())))
          .append(": ").append(Html.text(c)).append(".</li>\n"));
    }
    if (!report.getNotAssessed().isEmpty()) {
      h.append("<li>Not assessed, so not counted: ").append(Html.text(report.getNotAssessed().stream()
          .map(id -> Plain.title(framework, id)).collect(java.util.stream.Collectors.joining(", "))))
          .append(".</li>\n");
    }
    h.append("</ul>\n<h3>Rules that can lower the band</h3>\n<ul class=\"limiters\">\n");
    for (Plain.Rule rule : Plain.rules(report, framework)) {
      h.append("<li class=\"").append(rule.lowers ? "applied" : "not-applied").append("\">")
          .append(rule.lowers ? "<strong>Lowers the band.</strong> " : "");
      if (analyst()) {
        h.append("<code>").append(rule.limiter.name()).append("</code> ");
      }
      h.append(Html.text(rule.text)).append("</li>\n");
    }
    h.append("</ul>\n</section>\n");
  }

  private void progress(StringBuilder h, AreaReport area, Framework framework) {
    List<AreaReport.Scored> all = area.getAssessments();
    h.append("<section id=\"progress\" aria-labelledby=\"progress-h\"><h2 id=\"progress-h\">Progress over time</h2>\n");
    h.append(Charts.overTime(all));
    h.append("<table class=\"over-time\"><caption>Overall percentage by date (the line chart's figures)</caption>\n"
        + "<thead><tr><th scope=\"col\">Assessed on</th>")
        .append(analyst() ? "<th scope=\"col\">Framework</th><th scope=\"col\">Rules</th>" : "")
        .append("<th scope=\"col\">Status</th><th scope=\"col\">Overall</th>"
        + "<th scope=\"col\">Band</th></tr></thead>\n<tbody>\n");
    for (AreaReport.Scored s : all) {
      ScoreReport r = s.getReport();
      h.append("<tr><td>").append(Plain.date(r.getAssessedOn())).append("</td>");
      if (analyst()) {
        h.append("<td><code>").append(Html.text(r.getFramework())).append("</code></td><td><code>")
            .append(Html.text(r.getRules())).append("</code></td>");
      }
      h.append("<td>").append(Html.text(statusLabel(r)))
          .append("</td><td class=\"num\">").append(percent(r.getOverall().getPercentage()))
          .append("</td><td>").append(r.getOverall().getBand().map(b -> Html.text(b.getLabel())).orElse("none"))
          .append("</td></tr>\n");
    }
    h.append("</tbody></table>\n");

    ScoreReport later = all.get(all.size() - 1).getReport();
    Optional<Progress> progress = Optional.empty();
    String problem = "no earlier assessment was made against the same framework with the same rules";
    for (AreaReport.Scored s : all.subList(0, all.size() - 1)) {
      try {
        progress = Optional.of(scorer.progress(s.getReport(), later));
        break;
      } catch (NotComparableException e) {
        problem = Objects.requireNonNullElse(e.getMessage(), problem);
      }
    }
    if (progress.isEmpty()) {
      h.append("<p class=\"note\">Per-action changes are not shown: ").append(Html.user(problem))
          .append(".</p>\n</section>\n");
      return;
    }
    Progress p = progress.get();
    h.append("<table class=\"changes\"><caption>Changes from ").append(Plain.date(p.getEarlierAssessedOn()))
        .append(" to ").append(Plain.date(p.getLaterAssessedOn())).append(" (what each action counts as)</caption>\n"
            + "<thead><tr><th scope=\"col\">Action</th><th scope=\"col\">Earlier</th>"
            + "<th scope=\"col\">Later</th><th scope=\"col\">Change</th></tr></thead>\n<tbody>\n");
    for (ActionProgress a : p.getActions()) {
      String title = framework.findAction(a.getAction()).map(Action::getTitle).orElse(a.getAction());
      h.append("<tr><th scope=\"row\">").append(Html.text(title)).append("</th><td class=\"num\">")
          .append(a.getEarlier().map(String::valueOf).orElse("not assessed")).append("</td><td class=\"num\">")
          .append(a.getLater().map(String::valueOf).orElse("not assessed")).append("</td><td class=\"num ")
          .append(a.getChange().map(c -> c > 0 ? "up" : c < 0 ? "down" : "same").orElse("same"))
          .append("\">").append(a.getChange().map(HtmlReport::signed).orElse("n/a")).append("</td></tr>\n");
    }
    for (GroupingProgress g : p.getGroupings()) {
      h.append("<tr class=\"grouping-row\"><th scope=\"row\">").append(Html.text(groupingTitle(framework, g.getGrouping())))
          .append("</th><td class=\"num\">").append(percent(g.getEarlierPercentage()))
          .append("</td><td class=\"num\">").append(percent(g.getLaterPercentage()))
          .append("</td><td class=\"num\">").append(g.getChange().map(HtmlReport::signedPoints).orElse(""))
          .append(g.getDirection().map(HtmlReport::bandMove).orElse(""))
          .append("</td></tr>\n");
    }
    h.append("<tr class=\"overall-row\"><th scope=\"row\">Overall</th><td class=\"num\">")
        .append(percent(p.getOverall().getEarlierPercentage())).append("</td><td class=\"num\">")
        .append(percent(p.getOverall().getLaterPercentage())).append("</td><td class=\"num\">")
        .append(p.getOverall().getChange().map(HtmlReport::signedPoints).orElse(""))
        .append(p.getOverall().getDirection().map(HtmlReport::bandMove).orElse(""))
        .append("</td></tr>\n</tbody></table>\n</section>\n");
  }

  // -- plans ---------------------------------------------------------------------------------

  private void plans(StringBuilder h, AreaReport area) {
    h.append("<section id=\"plans\" aria-labelledby=\"plans-h\"><h2 id=\"plans-h\">Improvement plans"
        + " and 100-day challenges</h2>\n");
    int number = 0;
    for (Plan plan : area.getPlans()) {
      number++;
      plan(h, area, plan, number);
    }
    h.append("</section>\n");
  }

  private void plan(StringBuilder h, AreaReport area, Plan plan, int number) {
    Framework framework = framework(plan.getFramework());
    Optional<AreaReport.Scored> later = area.judging(plan);
    Optional<PlanReview> review = later.map(s -> Plans.review(plan, s.getReport(), framework));
    h.append("<article class=\"plan\" id=\"plan-").append(number).append("\"><h3>")
        .append(Html.user(plan.getTitle())).append("</h3>\n");
    h.append("<dl class=\"facts\"><dt>Kind</dt><dd class=\"kind\">").append(kindLabel(plan.getKind()))
        .append("</dd><dt>Dates</dt><dd class=\"dates\">").append(Plain.date(plan.getStartsOn())).append(" to ")
        .append(Plain.date(plan.getEndsOn())).append(" (").append(plan.lengthInDays()).append(" days)");
    plan.getMidpointReviewOn().ifPresent(d -> h.append("; mid-point review ").append(Plain.date(d)));
    h.append("</dd><dt>Starts from</dt><dd>the assessment of ").append(Plain.date(plan.getBaselineAssessedOn()))
        .append("</dd><dt>Team</dt><dd>").append(team(plan.getTeam()))
        .append("</dd><dt>Co-produced</dt><dd class=\"co-produced\">");
    if (plan.isCoProduced()) {
      h.append("yes");
    } else {
      h.append("<strong class=\"not-co-produced\">no: not co-produced</strong>; the team has no"
          + " lived-experience, carer or community role");
    }
    h.append("</dd><dt>Judged against</dt><dd class=\"judged\">");
    if (review.isPresent()) {
      h.append("the assessment of ").append(Plain.date(review.get().getLaterAssessedOn())).append(": ")
          .append(Html.text(summary(review.get())));
    } else {
      h.append("not yet reassessed");
    }
    h.append("</dd></dl>\n");
    baselineCheck(h, area, plan);
    h.append("<h4>Goals</h4>\n");
    if (plan.getGoals().isEmpty()) {
      h.append("<p class=\"muted\">No goals yet.</p>\n");
    } else {
      h.append("<div class=\"goals\">\n");
      for (Goal goal : plan.getGoals()) {
        goal(h, area, framework, goal, review.flatMap(r -> findGoal(r, goal.getAction())),
            later.isPresent());
      }
      h.append("</div>\n");
    }
    checkIns(h, plan, framework);
    h.append("</article>\n");
  }

  /**
   * Says where the plan's baselines do not match the assessment it starts from, or that they are
   * not checked when that assessment is not among the inputs.
   */
  private void baselineCheck(StringBuilder h, AreaReport area, Plan plan) {
    for (AreaReport.Scored s : area.getAssessments()) {
      ScoreReport r = s.getReport();
      if (r.getFramework().equals(plan.getFramework())
          && r.getAssessedOn().equals(plan.getBaselineAssessedOn())) {
        List<Issue> issues = Plans.checkBaseline(plan, r);
        if (!issues.isEmpty()) {
          h.append("<div class=\"mismatch\"><p>The plan does not match the assessment of ")
              .append(Plain.date(r.getAssessedOn())).append(" it starts from:</p><ul>");
          for (Issue issue : issues) {
            h.append("<li>");
            if (analyst()) {
              h.append("<code>").append(Html.text(issue.getPath())).append("</code> ")
                  .append(Html.user(issue.getMessage()));
            } else {
              h.append(Html.text(mismatch(issue, plan, r)));
            }
            h.append("</li>");
          }
          h.append("</ul></div>\n");
        }
        return;
      }
    }
    h.append("<p class=\"small muted baseline-unchecked\">The baselines of this plan are not"
        + " checked: the assessment of ").append(Plain.date(plan.getBaselineAssessedOn()))
        .append(" it starts from is not among this report's inputs.</p>\n");
  }

  /** A baseline mismatch in words, with the action's title instead of the goal's path. */
  private String mismatch(Issue issue, Plan plan, ScoreReport baseline) {
    java.util.regex.Matcher goal = java.util.regex.Pattern.compile("/goals/(\\d+)/(action|baseline)")
        .matcher(issue.getPath());
    if (!goal.matches()) {
      return "The plan " + issue.getMessage() + ".";
    }
    Goal g = plan.getGoals().get(Integer.parseInt(goal.group(1)));
    String title = Plain.title(framework(plan.getFramework()), g.getAction());
    String date = Plain.date(baseline.getAssessedOn());
    if (goal.group(2).equals("action")) {
      return "The goal for " + title + ": the action was not assessed in the self-assessment of "
          + date + " that the plan starts from.";
    }
    return "The goal for " + title + " starts from level " + g.getBaseline() + ", but the"
        + " self-assessment of " + date + " counts the action as " + baseline.findAction(g.getAction())
            .map(a -> Plain.rating(a.getEffectiveRating())).orElse("not assessed") + ".";
  }

  private static Optional<GoalReview> findGoal(PlanReview review, String action) {
    return review.getGoals().stream().filter(g -> g.getAction().equals(action)).findFirst();
  }

  private void goal(StringBuilder h, AreaReport area, Framework framework, Goal goal,
      Optional<GoalReview> review, boolean reassessed) {
    String title = framework.findAction(goal.getAction()).map(Action::getTitle).orElse(goal.getAction());
    h.append("<article class=\"goal\" data-action=\"").append(Html.text(goal.getAction()))
        .append("\"><h5>").append(Html.text(title)).append("</h5>\n<p class=\"levels\">Level ")
        .append(goal.getBaseline()).append(" &#8594; ").append(goal.getTarget())
        .append(" <span class=\"small\">(").append(Level.nameOf(goal.getBaseline())).append(" to ")
        .append(Level.nameOf(goal.getTarget())).append(")</span>; owner: ")
        .append(Html.text(goal.getOwner().getLabel())).append("</p>\n");
    if (review.isPresent()) {
      GoalReview g = review.get();
      h.append("<p class=\"result\"><span class=\"result-badge result-")
          .append(g.getResult().name().toLowerCase(Locale.ROOT).replace('_', '-')).append("\">")
          .append(resultLabel(g.getResult())).append("</span> ");
      if (g.getLater().isPresent()) {
        int gained = g.getGained().orElseThrow();
        h.append("<span class=\"progress\">rated ").append(g.getLater().get()).append(": ")
            .append(minus(gained)).append(" of ").append(g.getNeeded())
            .append(g.getNeeded() == 1 ? " level, " : " levels, ")
            .append(minus(progressPercent(gained, g.getNeeded()))).append("%</span>");
      } else {
        h.append("<span class=\"progress\">the later assessment did not assess this action</span>");
      }
      h.append("</p>\n");
    } else if (!reassessed) {
      h.append("<p class=\"result\"><span class=\"result-badge result-none\">Not yet reassessed</span></p>\n");
    }
    if (goal.getOutcomeTarget().isPresent()) {
      outcomeTarget(h, area, framework, goal.getOutcomeTarget().get());
    }
    if (goal.getSteps().isEmpty()) {
      h.append("<p class=\"muted\">No steps yet.</p>\n");
    } else {
      h.append("<ol class=\"steps\">");
      List<Step> steps = new ArrayList<>(goal.getSteps());
      steps.sort(Comparator.comparing(Step::getDueOn));
      for (Step step : steps) {
        h.append("<li><time datetime=\"").append(step.getDueOn()).append("\">").append(Plain.date(step.getDueOn()))
            .append("</time> ").append(Html.user(step.getDescription())).append("</li>");
      }
      h.append("</ol>\n");
    }
    h.append("</article>\n");
  }

  private static void outcomeTarget(StringBuilder h, AreaReport area, Framework framework,
      OutcomeTarget target) {
    Optional<IndicatorDefinition> def = framework.findIndicator(target.getIndicator());
    boolean share = def.map(d -> d.getStatistic() == Statistic.SHARE).orElse(false);
    String value = share
        ? BigDecimal.valueOf(target.getValue()).movePointRight(2).stripTrailingZeros().toPlainString() + "%"
        : BigDecimal.valueOf(target.getValue()).stripTrailingZeros().toPlainString();
    h.append("<p class=\"outcome-target\" data-indicator=\"").append(Html.text(target.getIndicator()))
        .append("\">Outcome: ").append(Html.text(def.map(IndicatorDefinition::getTitle)
            .orElse(target.getIndicator())))
        .append(", target ").append(value)
        .append(def.map(d -> d.isHigherIsBetter() ? " or higher" : " or lower").orElse(""));
    List<OutcomeReport> outcomes = area.getOutcomes();
    if (!outcomes.isEmpty()) {
      OutcomeReport latest = outcomes.get(outcomes.size() - 1);
      Optional<IndicatorResult> result = latest.findIndicator(target.getIndicator());
      if (result.isPresent()) {
        h.append("<br><span class=\"small\">latest published value (").append(Plain.date(latest.getPeriod().getStart()))
            .append(" to ").append(Plain.date(latest.getPeriod().getEnd())).append("): ")
            .append(published(result.get().getPublished(), share)).append("</span>");
      }
    }
    h.append("</p>\n");
  }

  private static void checkIns(StringBuilder h, Plan plan, Framework framework) {
    h.append("<h4>Check-ins</h4>\n");
    List<CheckIn> checkIns = plan.checkInsByDate();
    if (checkIns.isEmpty()) {
      h.append("<p class=\"muted\">No check-ins yet.</p>\n");
      return;
    }
    h.append("<ol class=\"check-ins\">\n");
    for (CheckIn checkIn : checkIns) {
      boolean midpoint = plan.getMidpointReviewOn().filter(checkIn.getOn()::equals).isPresent();
      h.append("<li class=\"check-in\"><p class=\"when\"><time datetime=\"").append(checkIn.getOn())
          .append("\">").append(Plain.date(checkIn.getOn())).append("</time>")
          .append(midpoint ? " <span class=\"small\">mid-point review</span>"
              : checkIn.getOn().equals(plan.getEndsOn()) ? " <span class=\"small\">last day</span>" : "")
          .append("</p><ul>");
      for (GoalCheck check : checkIn.getGoals()) {
        String title = framework.findAction(check.getAction()).map(Action::getTitle)
            .orElse(check.getAction());
        h.append("<li data-action=\"").append(Html.text(check.getAction())).append("\">")
            .append(Html.text(title)).append(": <span class=\"status status-")
            .append(check.getStatus().name().toLowerCase(Locale.ROOT).replace('_', '-')).append("\">")
            .append(statusLabel(check.getStatus())).append("</span>");
        check.getNote().ifPresent(note -> h.append("<br><span class=\"check-note\">")
            .append(Html.user(note)).append("</span>"));
        h.append("</li>");
      }
      h.append("</ul></li>\n");
    }
    h.append("</ol>\n");
  }

  static String summary(PlanReview review) {
    List<String> parts = new ArrayList<>();
    for (GoalResult result : GoalResult.values()) {
      int n = review.count(result);
      if (n > 0) {
        parts.add(n + " " + resultLabel(result).toLowerCase(Locale.ROOT));
      }
    }
    int goals = review.getGoals().size();
    return goals + (goals == 1 ? " goal" : " goals") + (parts.isEmpty() ? "" : ": " + String.join(", ", parts));
  }

  /** A whole number with a true minus sign when negative. */
  private static String minus(int n) {
    return n < 0 ? "&#8722;" + Math.abs(n) : String.valueOf(n);
  }

  /** {@code gained / needed} in per cent, rounded half up to a whole number: 1 of 3 is 33. */
  static int progressPercent(int gained, int needed) {
    return BigDecimal.valueOf(gained * 100L)
        .divide(BigDecimal.valueOf(needed), 0, java.math.RoundingMode.HALF_UP).intValueExact();
  }

  private static String team(List<Participant> team) {
    if (team.isEmpty()) {
      return "none recorded";
    }
    List<String> parts = new ArrayList<>();
    for (Participant p : team) {
      String label = roleLabel(p.getRole().name());
      parts.add(p.getCount() + " " + (p.getCount() == 1 && label.endsWith("s") ? label.substring(0, label.length() - 1) : label));
    }
    return Html.text(String.join(", ", parts));
  }

  private static String kindLabel(PlanKind kind) {
    return kind == PlanKind.HUNDRED_DAY_CHALLENGE ? "100-day challenge" : "Improvement plan";
  }



  private static String statusLabel(GoalStatus status) {
    switch (status) {
      case ON_TRACK:
        return "On track";
      case AT_RISK:
        return "At risk";
      case OFF_TRACK:
        return "Off track";
      default:
        return "Done";
    }
  }

  private static String resultLabel(GoalResult result) {
    switch (result) {
      case MET:
        return "Met";
      case PARTLY_MET:
        return "Partly met";
      case NOT_MET:
        return "Not met";
      default:
        return "Not assessed";
    }
  }

  // -- what moving up takes ------------------------------------------------------------------

  /**
   * For each action whose effective rating in the latest assessment is below 3: what the next
   * level looks like, the framework's next steps from the current level, and the community
   * approaches that support the action. An action for which the framework describes none of these
   * is left out, and the section with it when no action has any.
   */
  private void movingUp(StringBuilder h, ScoreReport latest, Framework framework) {
    StringBuilder actions = new StringBuilder();
    for (Action action : framework.getActions()) {
      Optional<ActionScore> score = latest.findAction(action.getId());
      if (score.isEmpty() || score.get().getEffectiveRating() >= 3) {
        continue;
      }
      int rating = score.get().getEffectiveRating();
      Optional<Level> next = action.findLevel(rating + 1);
      List<String> steps = action.nextSteps(rating);
      List<Approach> approaches = approachesFor(framework, action);
      if (next.isEmpty() && steps.isEmpty() && approaches.isEmpty()) {
        continue;
      }
      actions.append("<article class=\"moving-up\" data-action=\"").append(Html.text(action.getId()))
          .append("\"><h3>").append(Html.text(action.getTitle()))
          .append(" <span class=\"small\">counts as ").append(Html.text(Plain.rating(rating)))
          .append("</span></h3>\n");
      next.ifPresent(level -> actions.append("<p class=\"looks-like\"><strong>Level ")
          .append(level.getRating()).append(" (").append(Level.nameOf(level.getRating()))
          .append(") looks like:</strong> ").append(Html.text(level.getLooksLike())).append("</p>\n"));
      if (!steps.isEmpty()) {
        actions.append("<p class=\"next-steps-h\"><strong>Next steps from level ").append(rating)
            .append(":</strong></p><ol class=\"next-steps\">");
        for (String step : steps) {
          actions.append("<li>").append(Html.text(step)).append("</li>");
        }
        actions.append("</ol>\n");
      }
      approaches(actions, approaches);
      actions.append("</article>\n");
    }
    if (actions.length() == 0) {
      return;
    }
    h.append("<section id=\"moving-up\" aria-labelledby=\"moving-up-h\"><h2 id=\"moving-up-h\">"
        + "What moving up takes</h2>\n<p>For each action that counts below level 3 (established) in the"
            + " self-assessment of ")
        .append(Plain.date(latest.getAssessedOn())).append(": what the next level looks"
            + " like, the framework's next steps and community approaches that support it. Guidance for co-produced reflection, not a rule"
            + " of scoring.</p>\n")
        .append(actions).append("</section>\n");
  }

  /**
   * The community approaches that support an action, from the catalogue the scorer's registry
   * holds for the framework, in the catalogue's order; none when it holds no catalogue for it.
   *
   * @param framework the framework of the assessment
   * @param action one of its actions
   * @return the approaches that support it
   */
  List<Approach> approachesFor(Framework framework, Action action) {
    return scorer.getRegistry().findCatalogue(framework.getId())
        .map(catalogue -> catalogue.supporting(action.getId()))
        .orElse(List.of());
  }

  /** The approaches that support an action, as a list; nothing when there are none. */
  static void approaches(StringBuilder h, List<Approach> approaches) {
    if (approaches.isEmpty()) {
      return;
    }
    h.append("<p class=\"approaches-h\"><strong>Approaches that support this action:</strong></p>"
        + "<ul class=\"approaches\">");
    for (Approach approach : approaches) {
      h.append("<li><strong>").append(Html.text(approach.getTitle())).append("</strong>: ")
          .append(Html.text(approach.getDescription()))
          .append(" <span class=\"small\">Evidence of it: ")
          .append(Html.text(approach.getEvidence())).append("</span></li>");
    }
    h.append("</ul>\n");
  }

  private void outcomes(StringBuilder h, AreaReport area) {
    h.append("<section id=\"outcomes\" aria-labelledby=\"outcomes-h\"><h2 id=\"outcomes-h\">Outcomes for people</h2>\n");
    if (area.getOutcomes().isEmpty()) {
      h.append("<p>No outcome data were given for this area.</p>\n</section>\n");
      return;
    }
    List<OutcomeReport> all = area.getOutcomes();
    OutcomeReport latest = all.get(all.size() - 1);
    Optional<OutcomeReport> earlier = Optional.empty();
    String comparison = "There is no earlier period to compare with.";
    if (all.size() > 1) {
      OutcomeReport previous = all.get(all.size() - 2);
      try {
        latest = Indicators.compare(previous, latest);
        earlier = Optional.of(previous);
        comparison = "Change since the period " + Plain.date(previous.getPeriod().getStart()) + " to "
            + Plain.date(previous.getPeriod().getEnd()) + " is judged on the difference between the two periods,"
            + " with its own 95 per cent interval: improving or worsening means the whole interval of"
            + " the difference lies on one side of no change.";
      } catch (IllegalArgumentException e) {
        comparison = "The earlier outcome data cannot be compared with these ("
            + Objects.requireNonNullElse(e.getMessage(), "they differ") + ").";
      }
    }
    Framework framework = framework(latest.getFramework());
    Optional<ScoreReport> scores = area.getAssessments().isEmpty()
        ? Optional.empty() : Optional.of(latest(area).getReport());
    boolean baselines = latest.getIndicators().stream().anyMatch(r -> r.getBaseline().isPresent());
    h.append("<p>Period ").append(Plain.date(latest.getPeriod().getStart())).append(" to ")
        .append(Plain.date(latest.getPeriod().getEnd())).append(". ").append(Html.user(comparison))
        .append(baselines ? " A baseline given with the data (a target, say) is met or missed when the"
            + " whole 95 per cent interval of this period's value lies on one side of it." : "")
        .append(latest.isWeighted() ? " Figures are weighted with the survey weights given with the"
            + " data; their intervals use the effective sample size." : "")
        .append(" There is no combined outcome score.</p>\n");
    h.append("<p>").append(Html.text(disclosureNote(latest.getDisclosure())))
        .append(analyst() ? " <strong>The raw figures are for the area's own analysis and are not for"
            + " publication.</strong>" : " Only published figures are shown.").append("</p>\n");
    for (OutcomeResult outcome : latest.getOutcomes()) {
      String title = framework.getOutcomes().stream().filter(o -> o.getId().equals(outcome.getOutcome()))
          .map(Outcome::getTitle).findFirst().orElse(outcome.getOutcome());
      h.append("<article class=\"outcome\"><h3>").append(Html.text(title)).append("</h3>\n");
      h.append("<p class=\"small\">Actions expected to move it: ");
      List<String> actions = new ArrayList<>();
      for (String id : outcome.getActions()) {
        String actionTitle = framework.findAction(id).map(Action::getTitle).orElse(id);
        String effective = scores.flatMap(s -> s.findAction(id))
            .map(a -> " (" + Plain.level(a.getEffectiveRating()) + ")").orElse(" (not assessed)");
        actions.add(actionTitle + effective);
      }
      h.append(Html.text(String.join("; ", actions))).append("</p>\n");
      if (outcome.getIndicators().isEmpty()) {
        h.append("<p class=\"muted\">No indicator of this outcome has a value.</p></article>\n");
        continue;
      }
      h.append("<table class=\"indicators\"><caption>").append(Html.text(title))
          .append(": indicators</caption>\n<thead><tr><th scope=\"col\">Indicator</th>"
              + "<th scope=\"col\">Published value (95% interval)</th>"
              + "<th scope=\"col\">Change since the earlier period (95% interval)</th>"
              + "<th scope=\"col\">Change</th>")
          .append(baselines ? "<th scope=\"col\">Against the baseline</th>" : "")
          .append("<th scope=\"col\">Both periods</th>")
          .append(analyst() ? "<th scope=\"col\">Raw figures (not for publication)</th>" : "")
          .append("</tr></thead>\n<tbody>\n");
      for (IndicatorResult r : outcome.getIndicators()) {
        Optional<IndicatorDefinition> def = framework.findIndicator(r.getIndicator());
        String name = def.map(IndicatorDefinition::getTitle).orElse(r.getIndicator());
        boolean share = r.getStatistic() == Statistic.SHARE;
        Optional<IndicatorResult> before = earlier.flatMap(e -> e.findIndicator(r.getIndicator()));
        Change change = r.getDifference().map(Difference::getChange).orElse(Change.NOT_COMPARABLE);
        // a judgement of a suppressed figure would reveal it: [c] in its place
        boolean changeHidden =
            r.getDifference().map(d -> d.getPublished().getMarker().isPresent()).orElse(false);
        h.append("<tr class=\"indicator\" data-indicator=\"").append(Html.text(r.getIndicator()))
            .append("\"><th scope=\"row\">").append(Html.text(name)).append("<br><span class=\"small\">")
            .append(r.isHigherIsBetter() ? "higher is better" : "lower is better")
            .append(def.flatMap(IndicatorDefinition::getEdition)
                .map(e -> "; follows " + Html.text(e)).orElse(""))
            .append("</span></th><td class=\"num published\" data-label=\"Published value\">").append(published(r.getPublished(), share))
            .append("</td><td class=\"num difference\" data-label=\"Change since the earlier period\">")
            .append(r.getDifference().map(d -> difference(d.getPublished(), share))
                .orElse(marker(Marker.NOT_AVAILABLE)))
            .append("</td><td class=\"change ")
            .append(changeHidden ? "suppressed" : change.name().toLowerCase(Locale.ROOT).replace('_', '-'))
            .append("\" data-label=\"Change\">").append(changeHidden ? marker(Marker.CONFIDENTIAL) : changeLabel(change))
            .append("</td>");
        if (baselines) {
          h.append("<td class=\"baseline\" data-label=\"Against the baseline\">").append(r.getBaseline()
              .map(b -> value(b, share) + ": " + (r.getPublished().getMarker().isPresent()
                  ? marker(Marker.CONFIDENTIAL)
                  : changeLabel(r.getChange()).toLowerCase(Locale.ROOT)))
              .orElse("none")).append("</td>");
        }
        h.append("<td class=\"chart\">").append(Charts.interval(r.getPublished(),
                before.map(IndicatorResult::getPublished), r.getBaseline(), share, scale(outcome, earlier, framework, r)))
            .append("</td>");
        if (!analyst()) {
          h.append("</tr>\n");
          continue;
        }
        h.append("<td class=\"raw small\" data-label=\"Raw figures (not for publication)\"><span class=\"value\">").append(value(r.getValue(), share))
            .append("</span> <span class=\"interval\">")
            .append(r.getInterval().map(i -> "(" + value(i.getLower(), share) + " to " + value(i.getUpper(), share) + ")")
                .orElse("(no interval: fewer than 2 respondents)"))
            .append("</span>, <span class=\"respondents\">n = ").append(r.getRespondents()).append("</span>")
            .append(latest.isWeighted() ? String.format(Locale.ROOT, ", effective n = %.1f", r.getEffectiveRespondents()) : "")
            .append("</td></tr>\n");
      }
      h.append("</tbody></table>\n</article>\n");
    }
    h.append("</section>\n");
  }

  /** The disclosure policy in words, from its data. */
  static String disclosureNote(DisclosurePolicy policy) {
    StringBuilder note = new StringBuilder("Published values follow the disclosure policy '")
        .append(policy.getId()).append("': a value resting on fewer than ")
        .append(policy.getMinRespondents()).append(" respondents");
    if (policy.getMinCount() > 1) {
      note.append(", or a share whose count in or out of the category is from 1 to ")
          .append(policy.getMinCount() - 1).append(',');
    }
    note.append(" is suppressed and shown as [c]; values are rounded to ").append(policy.getDecimals())
        .append(policy.getDecimals() == 1 ? " decimal place" : " decimal places");
    if (policy.getRoundingBase() > 1) {
      note.append(" and counts to the nearest ").append(policy.getRoundingBase());
    }
    return note.append(". [x] means not available.").toString();
  }

  /**
   * The axis of an indicator's interval chart, in the unit of its published figures (a share in
   * per cent), common to the rows of the same unit in its outcome's table: see {@link
   * Charts#intervalScale}.
   */
  private static Charts.Scale scale(OutcomeResult outcome, Optional<OutcomeReport> earlier,
      Framework framework, IndicatorResult r) {
    return Charts.intervalScale(outcome, earlier, framework, r);
  }

  private static String changeLabel(Change change) {
    switch (change) {
      case IMPROVING:
        return "Improving";
      case WORSENING:
        return "Worsening";
      case NO_SIGNIFICANT_CHANGE:
        return "No significant change";
      default:
        return "Not comparable";
    }
  }

  private static String published(PublishedValue published, boolean share) {
    if (published.getMarker().isPresent()) {
      return marker(published.getMarker().get()) + respondents(published);
    }
    String unit = share ? "%" : "";
    String interval = published.getLower().isPresent()
        ? " <span class=\"small\">(" + published.getLower().get().toPlainString() + unit + " to "
            + published.getUpper().orElseThrow().toPlainString() + unit + ")</span>"
        : "";
    return published.getValue().orElseThrow().toPlainString() + unit + interval + respondents(published);
  }

  private static String respondents(PublishedValue published) {
    return published.getRespondents().isPresent()
        ? " <span class=\"small\">n&#8776;" + published.getRespondents().getAsLong() + "</span>" : "";
  }

  /** A published difference: a share's in percentage points, signed. */
  private static String difference(PublishedValue published, boolean share) {
    if (published.getMarker().isPresent()) {
      return marker(published.getMarker().get());
    }
    String unit = share ? " percentage points" : "";
    String interval = published.getLower().isPresent()
        ? " <span class=\"small\">(" + signedDecimal(published.getLower().get()) + " to "
            + signedDecimal(published.getUpper().orElseThrow()) + ")</span>"
        : "";
    return signedDecimal(published.getValue().orElseThrow()) + unit + interval;
  }

  private static String signedDecimal(BigDecimal value) {
    return (value.signum() > 0 ? "+" : value.signum() < 0 ? "&#8722;" : "") + value.abs().toPlainString();
  }

  private static String marker(Marker marker) {
    return "<abbr class=\"marker\" title=\"" + marker.meaning() + "\">" + marker.symbol() + "</abbr>";
  }

  // -- helpers -------------------------------------------------------------------------------

  private Framework framework(String id) {
    return scorer.getRegistry().find(id).orElseThrow(() -> new IllegalArgumentException(
        "framework '" + id + "' is not known to the report's scorer"));
  }

  private static AreaReport.Scored latest(AreaReport area) {
    return area.getAssessments().get(area.getAssessments().size() - 1);
  }

  static String groupingTitle(Framework framework, String id) {
    return framework.findGrouping(id).map(Grouping::getTitle).orElse(id);
  }

  static String percent(Optional<BigDecimal> percentage) {
    return percentage.map(p -> p.toPlainString() + "%").orElse("none");
  }

  static String value(double value, boolean share) {
    return share ? String.format(Locale.ROOT, "%.1f%%", value * 100) : String.format(Locale.ROOT, "%.2f", value);
  }

  private static String bandMove(Direction direction) {
    return direction == Direction.SAME ? " (band unchanged)"
        : direction == Direction.UP ? " (band up)" : " (band down)";
  }

  private static String signed(int change) {
    return change > 0 ? "+" + change : String.valueOf(change);
  }

  private static String signedPoints(BigDecimal change) {
    return (change.signum() > 0 ? "+" : "") + change.toPlainString() + " points";
  }

  static String bandBadge(Optional<Band> band) {
    if (band.isEmpty()) {
      return "<span class=\"band band-none\">No band</span>";
    }
    return "<span class=\"band band-" + band.get().name().toLowerCase(Locale.ROOT).replace('_', '-')
        + "\">" + Html.text(band.get().getLabel()) + "</span>";
  }

  /** The head with a page's own style (its print page rule, say) after the shared sheet. */
  static void head(StringBuilder h, String title, String pageStyle) {
    h.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<meta name=\"referrer\" content=\"no-referrer\">\n<title>")
        .append(Html.text(title)).append("</title>\n<style>\n").append(Style.CSS).append(pageStyle)
        .append("</style>\n</head>\n<body>\n");
  }

  static void foot(StringBuilder h) {
    h.append("<footer><p>Made by the <code>aba</code> tool. Scores follow the library's own rule set"
        + " (built on the Care Quality Commission's published rating method); the Asset-Based Area"
        + " literature itself defines no score. All data shown are as given by the area.</p></footer>\n"
        + "</body>\n</html>\n");
  }
}
