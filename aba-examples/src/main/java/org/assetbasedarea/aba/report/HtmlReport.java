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

  /**
   * A renderer resolving frameworks (titles, outcomes) in a scorer's registry.
   *
   * @param scorer the scorer the reports were made with
   */
  public HtmlReport(Scorer scorer) {
    this.scorer = Objects.requireNonNull(scorer, "scorer");
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
    head(h, "Asset-Based Area reports");
    h.append("<header><h1>Asset-Based Area reports</h1>\n<p class=\"lede\">")
        .append(areas.size()).append(areas.size() == 1 ? " area" : " areas")
        .append(". Each page shows the latest self-assessment, its score under the named rule set,"
            + " progress over time and outcome indicators.</p></header>\n<main>\n");
    h.append("<table class=\"index\"><caption>Areas</caption>\n<thead><tr><th scope=\"col\">Area</th>"
        + "<th scope=\"col\">Code</th><th scope=\"col\">Latest assessment</th>"
        + "<th scope=\"col\">Overall</th><th scope=\"col\">Band</th>"
        + "<th scope=\"col\">Outcome periods</th></tr></thead>\n<tbody>\n");
    for (AreaReport area : areas) {
      h.append("<tr><td><a href=\"").append(Html.text(area.getFileName())).append("\">")
          .append(Html.user(area.getName())).append("</a></td><td>")
          .append(Html.text(area.getCode().toString())).append("</td>");
      if (area.getAssessments().isEmpty()) {
        h.append("<td>none</td><td></td><td></td>");
      } else {
        ScoreReport latest = latest(area).getReport();
        h.append("<td>").append(latest.getAssessedOn()).append("</td><td>")
            .append(percent(latest.getOverall().getPercentage())).append("</td><td>")
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
    head(h, title + ": Asset-Based Area report");
    h.append("<header>")
        .append(linkIndex ? "<p class=\"crumb\"><a href=\"index.html\">All areas</a></p>\n" : "")
        .append("<h1>")
        .append(Html.user(area.getName())).append(" <span class=\"code\">")
        .append(Html.text(area.getCode().toString())).append("</span></h1>\n");
    if (!area.getAssessments().isEmpty()) {
      ScoreReport latest = latest(area).getReport();
      h.append("<p class=\"lede\">Self-assessment of ").append(latest.getAssessedOn())
          .append(" against framework <code>").append(Html.text(latest.getFramework()))
          .append("</code>, scored with rules <code>").append(Html.text(latest.getRules()))
          .append("</code>.</p>\n");
    }
    h.append("</header>\n<main>\n");
    if (!area.getAssessments().isEmpty()) {
      AreaReport.Scored latest = latest(area);
      Framework framework = framework(latest.getReport().getFramework());
      summary(h, latest);
      actions(h, latest, framework);
      groupings(h, latest.getReport(), framework);
      explanations(h, latest.getReport());
      if (area.getAssessments().size() > 1) {
        progress(h, area, framework);
      }
    } else {
      h.append("<section><h2>Self-assessment</h2><p>No assessment of this area was given.</p></section>\n");
    }
    if (!area.getPlans().isEmpty()) {
      plans(h, area);
    }
    if (!area.getAssessments().isEmpty()) {
      AreaReport.Scored latest = latest(area);
      movingUp(h, latest.getReport(), framework(latest.getReport().getFramework()));
    }
    outcomes(h, area);
    h.append("</main>\n");
    foot(h);
    return h.toString();
  }

  // -- sections ------------------------------------------------------------------------------

  private static void summary(StringBuilder h, AreaReport.Scored scored) {
    ScoreReport report = scored.getReport();
    OverallScore overall = report.getOverall();
    h.append("<section id=\"overall\" aria-labelledby=\"overall-h\"><h2 id=\"overall-h\">Overall</h2>\n");
    h.append("<div class=\"overall\"><div class=\"figure\"><span class=\"big\">")
        .append(percent(overall.getPercentage())).append("</span><span class=\"small\">overall, ")
        .append(overall.getRated()).append(" of ").append(overall.getActions())
        .append(" actions rated</span></div>\n<div class=\"figure\">")
        .append(bandBadge(overall.getBand()))
        .append("<span class=\"small\">overall band");
    if (overall.getPercentageBand().isPresent() && !overall.getPercentageBand().equals(overall.getBand())) {
      h.append(", lowered from ").append(Html.text(overall.getPercentageBand().get().getLabel()))
          .append(" by ").append(overall.getLimiters().size() == 1 ? "a limiter" : "limiters");
    }
    h.append("</span></div>\n<div class=\"figure\"><span class=\"big status\">")
        .append(Html.text(statusLabel(report))).append("</span><span class=\"small\">status</span></div>\n")
        .append("</div>\n");
    h.append("<dl class=\"facts\"><dt>Percentage band</dt><dd>")
        .append(overall.getPercentageBand().map(b -> Html.text(b.getLabel())).orElse("none"))
        .append("</dd><dt>Band after limiters</dt><dd class=\"band-text\">")
        .append(overall.getBand().map(b -> Html.text(b.getLabel())).orElse("none (too few actions rated)"))
        .append("</dd><dt>Co-produced</dt><dd>").append(report.isCoProduced() ? "yes" : "no")
        .append("</dd><dt>Participants</dt><dd>").append(participants(scored.getAssessment()))
        .append("</dd></dl>\n</section>\n");
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
        .append(framework.getActions().size()).append(" actions</h2>\n<div class=\"two\">\n");
    h.append(Charts.radar(framework, report));
    h.append("<div class=\"legend\" aria-hidden=\"true\"><p><span class=\"key key-rating\"></span>Rating as given</p>"
        + "<p><span class=\"key key-effective\"></span>Effective rating (after evidence caps)</p>"
        + "<p class=\"small\">Scale 1 not yet, 2 emerging, 3 established, 4 embedded; an action not"
        + " assessed sits at the centre.</p></div>\n</div>\n");
    h.append("<table class=\"actions\"><caption>Ratings by action (the radar chart's figures)</caption>\n"
        + "<thead><tr><th scope=\"col\">#</th><th scope=\"col\">Action</th><th scope=\"col\">Grouping</th>"
        + "<th scope=\"col\">Rating</th><th scope=\"col\">Effective</th><th scope=\"col\">Caps</th>"
        + "<th scope=\"col\">Evidence</th></tr></thead>\n<tbody>\n");
    int number = 0;
    for (Action action : framework.getActions()) {
      number++;
      Optional<ActionScore> score = report.findAction(action.getId());
      Optional<Rating> rating = scored.getAssessment().findRating(action.getId());
      String grouping = framework.findGrouping(action.getGrouping()).map(Grouping::getTitle)
          .orElse(action.getGrouping());
      h.append("<tr id=\"action-").append(Html.text(action.getId())).append("\"><td>").append(number)
          .append("</td><th scope=\"row\">").append(Html.text(action.getTitle()))
          .append("<br><code>").append(Html.text(action.getId())).append("</code></th><td>")
          .append(Html.text(grouping)).append("</td>");
      if (score.isEmpty()) {
        h.append("<td colspan=\"4\" class=\"muted\">not assessed</td></tr>\n");
        continue;
      }
      ActionScore s = score.get();
      h.append("<td class=\"num\">").append(s.getRating()).append("</td><td class=\"num")
          .append(s.isCapped() ? " capped" : "").append("\">").append(s.getEffectiveRating())
          .append("</td><td>");
      List<String> caps = new ArrayList<>();
      for (Cap cap : s.getCaps()) {
        caps.add(cap.explain(s.getRating()));
      }
      h.append(caps.isEmpty() ? "none" : Html.text(String.join("; ", caps))).append("</td><td>");
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
      if (e.getSource().isPresent()) {
        String uri = e.getSource().get().toString();
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

  private static void explanations(StringBuilder h, ScoreReport report) {
    h.append("<section id=\"explanations\" aria-labelledby=\"explanations-h\">"
        + "<h2 id=\"explanations-h\">Why the result is what it is</h2>\n");
    List<String> sentences = report.explain();
    if (sentences.isEmpty()) {
      h.append("<p>Every action is rated, no rating is capped for want of evidence and no limiter"
          + " lowers the band.</p>\n");
    } else {
      h.append("<ul class=\"explanations\">\n");
      for (String sentence : sentences) {
        h.append("<li>").append(Html.text(capitalise(sentence))).append(".</li>\n");
      }
      h.append("</ul>\n");
    }
    h.append("<h3>Limiters checked</h3>\n<ul class=\"limiters\">\n");
    for (Limiter limiter : Limiter.values()) {
      boolean applied = report.getOverall().getLimiters().contains(limiter);
      h.append("<li class=\"").append(applied ? "applied" : "not-applied").append("\"><code>")
          .append(limiter.name()).append("</code> ").append(applied ? "(applied) " : "(not applied) ")
          .append(Html.text(capitalise(limiter.explain(report)))).append(".</li>\n");
    }
    h.append("</ul>\n</section>\n");
  }

  private void progress(StringBuilder h, AreaReport area, Framework framework) {
    List<AreaReport.Scored> all = area.getAssessments();
    h.append("<section id=\"progress\" aria-labelledby=\"progress-h\"><h2 id=\"progress-h\">Progress over time</h2>\n");
    h.append(Charts.overTime(all));
    h.append("<table class=\"over-time\"><caption>Overall percentage by date (the line chart's figures)</caption>\n"
        + "<thead><tr><th scope=\"col\">Assessed on</th><th scope=\"col\">Framework</th>"
        + "<th scope=\"col\">Rules</th><th scope=\"col\">Status</th><th scope=\"col\">Overall</th>"
        + "<th scope=\"col\">Band</th></tr></thead>\n<tbody>\n");
    for (AreaReport.Scored s : all) {
      ScoreReport r = s.getReport();
      h.append("<tr><td>").append(r.getAssessedOn()).append("</td><td><code>")
          .append(Html.text(r.getFramework())).append("</code></td><td><code>")
          .append(Html.text(r.getRules())).append("</code></td><td>").append(Html.text(statusLabel(r)))
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
    h.append("<table class=\"changes\"><caption>Changes from ").append(p.getEarlierAssessedOn())
        .append(" to ").append(p.getLaterAssessedOn()).append(" (effective ratings)</caption>\n"
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
        .append("</dd><dt>Dates</dt><dd class=\"dates\">").append(plan.getStartsOn()).append(" to ")
        .append(plan.getEndsOn()).append(" (").append(plan.lengthInDays()).append(" days)");
    plan.getMidpointReviewOn().ifPresent(d -> h.append("; mid-point review ").append(d));
    h.append("</dd><dt>Starts from</dt><dd>the assessment of ").append(plan.getBaselineAssessedOn())
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
      h.append("the assessment of ").append(review.get().getLaterAssessedOn()).append(": ")
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
  private static void baselineCheck(StringBuilder h, AreaReport area, Plan plan) {
    for (AreaReport.Scored s : area.getAssessments()) {
      ScoreReport r = s.getReport();
      if (r.getFramework().equals(plan.getFramework())
          && r.getAssessedOn().equals(plan.getBaselineAssessedOn())) {
        List<Issue> issues = Plans.checkBaseline(plan, r);
        if (!issues.isEmpty()) {
          h.append("<div class=\"mismatch\"><p>The plan does not match the assessment of ")
              .append(r.getAssessedOn()).append(" it starts from:</p><ul>");
          for (Issue issue : issues) {
            h.append("<li><code>").append(Html.text(issue.getPath())).append("</code> ")
                .append(Html.user(issue.getMessage())).append("</li>");
          }
          h.append("</ul></div>\n");
        }
        return;
      }
    }
    h.append("<p class=\"small muted baseline-unchecked\">The baselines of this plan are not"
        + " checked: the assessment of ").append(plan.getBaselineAssessedOn())
        .append(" it starts from is not among this report's inputs.</p>\n");
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
        h.append("<li><time datetime=\"").append(step.getDueOn()).append("\">").append(step.getDueOn())
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
        h.append("<br><span class=\"small\">latest published value (").append(latest.getPeriod().getStart())
            .append(" to ").append(latest.getPeriod().getEnd()).append("): ")
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
          .append("\">").append(checkIn.getOn()).append("</time>")
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
          .append(" <span class=\"small\">effective rating ").append(rating).append(" (")
          .append(Level.nameOf(rating)).append(")</span></h3>\n");
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
        + "What moving up takes</h2>\n<p>For each action whose effective rating in the assessment of ")
        .append(latest.getAssessedOn()).append(" is below 3 (established): what the next level looks"
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
        comparison = "Change since the period " + previous.getPeriod().getStart() + " to "
            + previous.getPeriod().getEnd() + " is judged on the difference between the two periods,"
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
    h.append("<p>Period ").append(latest.getPeriod().getStart()).append(" to ")
        .append(latest.getPeriod().getEnd()).append(". ").append(Html.user(comparison))
        .append(baselines ? " A baseline given with the data (a target, say) is met or missed when the"
            + " whole 95 per cent interval of this period's value lies on one side of it." : "")
        .append(latest.isWeighted() ? " Figures are weighted with the survey weights given with the"
            + " data; their intervals use the effective sample size." : "")
        .append(" There is no combined outcome score.</p>\n");
    h.append("<p>").append(Html.text(disclosureNote(latest.getDisclosure())))
        .append(" The raw figures are for the area's own analysis and are not for publication.</p>\n");
    for (OutcomeResult outcome : latest.getOutcomes()) {
      String title = framework.getOutcomes().stream().filter(o -> o.getId().equals(outcome.getOutcome()))
          .map(Outcome::getTitle).findFirst().orElse(outcome.getOutcome());
      h.append("<article class=\"outcome\"><h3>").append(Html.text(title)).append("</h3>\n");
      h.append("<p class=\"small\">Actions expected to move it: ");
      List<String> actions = new ArrayList<>();
      for (String id : outcome.getActions()) {
        String actionTitle = framework.findAction(id).map(Action::getTitle).orElse(id);
        String effective = scores.flatMap(s -> s.findAction(id))
            .map(a -> " (" + a.getEffectiveRating() + ")").orElse(" (not assessed)");
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
          .append("<th scope=\"col\">Both periods</th>"
              + "<th scope=\"col\">Raw figures (not for publication)</th></tr></thead>\n<tbody>\n");
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
            .append("</span></th><td class=\"num published\">").append(published(r.getPublished(), share))
            .append("</td><td class=\"num difference\">")
            .append(r.getDifference().map(d -> difference(d.getPublished(), share))
                .orElse(marker(Marker.NOT_AVAILABLE)))
            .append("</td><td class=\"change ")
            .append(changeHidden ? "suppressed" : change.name().toLowerCase(Locale.ROOT).replace('_', '-'))
            .append("\">").append(changeHidden ? marker(Marker.CONFIDENTIAL) : changeLabel(change))
            .append("</td>");
        if (baselines) {
          h.append("<td class=\"baseline\">").append(r.getBaseline()
              .map(b -> value(b, share) + ": " + (r.getPublished().getMarker().isPresent()
                  ? marker(Marker.CONFIDENTIAL)
                  : changeLabel(r.getChange()).toLowerCase(Locale.ROOT)))
              .orElse("none")).append("</td>");
        }
        h.append("<td class=\"chart\">").append(Charts.interval(r.getPublished(),
                before.map(IndicatorResult::getPublished), r.getBaseline(), share, scale(outcome, earlier, framework, r)))
            .append("</td><td class=\"raw small\"><span class=\"value\">").append(value(r.getValue(), share))
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

  private static String capitalise(String sentence) {
    return sentence.isEmpty() ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
  }

  static String bandBadge(Optional<Band> band) {
    if (band.isEmpty()) {
      return "<span class=\"band band-none\">No band</span>";
    }
    return "<span class=\"band band-" + band.get().name().toLowerCase(Locale.ROOT).replace('_', '-')
        + "\">" + Html.text(band.get().getLabel()) + "</span>";
  }

  static void head(StringBuilder h, String title) {
    h.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<meta name=\"referrer\" content=\"no-referrer\">\n<title>")
        .append(Html.text(title)).append("</title>\n<style>\n").append(Style.CSS).append("</style>\n</head>\n<body>\n");
  }

  static void foot(StringBuilder h) {
    h.append("<footer><p>Made by the <code>aba</code> tool. Scores follow the library's own rule set"
        + " (built on the Care Quality Commission's published rating method); the Asset-Based Area"
        + " literature itself defines no score. All data shown are as given by the area.</p></footer>\n"
        + "</body>\n</html>\n");
  }
}
