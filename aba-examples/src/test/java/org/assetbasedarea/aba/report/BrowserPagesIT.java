package org.assetbasedarea.aba.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.browser.Axe;
import org.assetbasedarea.aba.browser.Chromium;
import org.assetbasedarea.aba.browser.Overflow;
import org.assetbasedarea.aba.browser.PrintedPdf;
import org.assetbasedarea.aba.browser.Tab;
import org.assetbasedarea.aba.cli.InProcessAba;
import org.assetbasedarea.aba.json.AbaJson;
import org.assetbasedarea.aba.json.DocumentType;
import org.assetbasedarea.aba.network.NetworkData;
import org.assetbasedarea.aba.outcomes.OutcomeData;
import org.assetbasedarea.aba.scoring.Scorer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML reports in a real browser: every page of the demo, of the edge cases below and of the
 * network report, opened in Debian's headless Chromium (one browser for all, driven over the
 * DevTools protocol). For each page: axe-core finds no WCAG 2.2 AA violation on a 1280 x 800
 * desktop and on a 390 x 844 phone; on the phone nothing is wider than the screen; printed (as
 * the page's print style sheet asks), every sheet is A4, and every sheet of an area page names the
 * area. Each check is its own test, so one page's failure does not hide another's.
 *
 * <p>The renderings (desktop and phone screenshots of the whole page, the PDF) are written to
 * {@code target/renderings/} for a person to look at, with {@code findings.txt} listing what every
 * check found. Without {@code /usr/bin/chromium} the test is skipped, unless the environment says
 * {@code ABA_BROWSER=required} (CI does), where that is a failure.
 */
class BrowserPagesIT {
  static final Path RENDERINGS = Path.of("target", "renderings");
  /** The bundled sample documents, as the repository has them (the demo reads the same). */
  static final Path SAMPLES = Path.of("src", "main", "resources", "org", "assetbasedarea", "aba", "examples", "samples");
  static final Screen DESKTOP = new Screen("desktop", 1280, 800, 1, false);
  static final Screen PHONE = new Screen("phone", 390, 844, 1, true);
  static final AbaJson JSON = AbaJson.standard();

  /** A viewport: the page is laid out at this width, as on such a device. */
  record Screen(String name, int width, int height, double scale, boolean mobile) {
    @Override
    public String toString() {
      return name + " " + width + "x" + height;
    }
  }

  /**
   * A page to open.
   *
   * @param name its name in the renderings, such as {@code demo-index}
   * @param file the HTML file
   * @param area for an area page, the area's name (which every printed sheet must show)
   */
  record Page(String name, Path file, Optional<String> area) {}

  /** What the browser showed of a page. */
  record Rendering(Axe.Result desktopAxe, Overflow.Result desktopOverflow, Overflow.Result phoneOverflow, Axe.Result phoneAxe, PrintedPdf pdf) {}

  @TempDir
  static Path work;
  static List<Page> pages = List.of();
  static Chromium browser;
  static Tab tab;
  static long started;
  /** Each page's rendering, or the exception that stopped it, by page name. */
  static final Map<String, Object> rendered = new HashMap<>();
  static final Map<String, String> findings = new LinkedHashMap<>();

  @BeforeAll
  static void start() throws Exception {
    started = System.nanoTime();
    if (!Files.isExecutable(Chromium.BINARY)) {
      String missing = Chromium.BINARY + " is missing (Debian's package chromium: apt-get install chromium)";
      if ("required".equals(System.getenv("ABA_BROWSER"))) {
        throw new AssertionError("ABA_BROWSER=required, but " + missing);
      }
      String skipped = "BrowserPagesIT skipped: the reports are not tested in a browser, as " + missing
          + ". Set ABA_BROWSER=required to make this a failure.";
      System.out.println(skipped);
      Assumptions.abort(skipped);
    }
    Files.createDirectories(RENDERINGS);
    try (Stream<Path> old = Files.list(RENDERINGS)) { // the last run's, which would mislead
      for (Path file : (Iterable<Path>) old::iterator) {
        Files.delete(file);
      }
    }
    pages = pages(work);
    browser = Chromium.launch();
    tab = browser.newTab();
  }

  @AfterAll
  static void stop() throws IOException {
    try {
      if (browser != null) {
        browser.close();
      }
    } finally {
      if (browser != null) {
        StringBuilder text = new StringBuilder();
        findings.forEach((page, found) -> text.append(page).append('\n').append(found).append('\n'));
        Files.writeString(RENDERINGS.resolve("findings.txt"), text, StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "BrowserPagesIT: %d pages in %.1f s; renderings and findings.txt in %s%n",
            pages.size(), Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0,
            RENDERINGS.toAbsolutePath());
      }
    }
  }

  // -- the pages --------------------------------------------------------------------------------

  /**
   * Every page the test opens: one line per report run. Every HTML page a run writes is opened,
   * so a report's new pages are covered by themselves; a new command or mode is one more line.
   * The analyst mode ({@code --analyst} of {@code demo} and {@code report}, issue 14) is rendered
   * as soon as the command offers it.
   */
  static List<Page> pages(Path work) throws Exception {
    Map<String, String> sample = areaNames(readSample(), List.of());
    Path edges = edgeCases(work.resolve("edge-input"));
    Map<String, String> edgeAreas = areaNames(edgeAssessments(), edgeOutcomes());
    Path generated = work.resolve("network-40x6.ndjson");
    try (Writer out = Files.newBufferedWriter(generated, StandardCharsets.UTF_8)) {
      NetworkData.write(out, 40, 6, 13, 2025);
    }
    List<Page> pages = new ArrayList<>();
    pages.addAll(run(work, "demo", sample, "demo"));
    if (InProcessAba.hasOption("demo", "--analyst")) {
      pages.addAll(run(work, "demo-analyst", sample, "demo", "--analyst"));
    }
    pages.addAll(run(work, "edge", edgeAreas, "report", edges.toString()));
    if (InProcessAba.hasOption("report", "--analyst")) {
      pages.addAll(run(work, "edge-analyst", edgeAreas, "report", edges.toString(), "--analyst"));
    }
    pages.addAll(run(work, "network-generated", Map.of(), "network", generated.toString()));
    pages.addAll(run(work, "network-sample", Map.of(), "network", SAMPLES.toString()));
    return pages;
  }

  /**
   * Runs {@code aba ARGS --out FOLDER} in-process and lists every HTML page it wrote.
   *
   * @param areas the area pages the run must write: file name to area name
   */
  static List<Page> run(Path work, String name, Map<String, String> areas, String... args) throws IOException {
    Path out = work.resolve(name);
    String[] command = Arrays.copyOf(args, args.length + 2);
    command[args.length] = "--out";
    command[args.length + 1] = out.toString();
    InProcessAba.run(command);
    List<Page> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(out)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".html")).sorted()::iterator) {
        String fileName = file.getFileName().toString();
        found.add(new Page(name + "-" + fileName.substring(0, fileName.length() - ".html".length()), file,
            Optional.ofNullable(areas.get(fileName))));
      }
    }
    for (String areaPage : areas.keySet()) {
      assertThat(out.resolve(areaPage)).as("aba %s writes the area page", String.join(" ", args)).isRegularFile();
    }
    return found;
  }

  /** The file name and name of each area's page, as the report names them. */
  static Map<String, String> areaNames(List<Assessment> assessments, List<OutcomeData> outcomes) {
    Map<String, String> names = new LinkedHashMap<>();
    for (AreaReport area : AreaReport.group(assessments, outcomes, Scorer.standard())) {
      names.put(area.getFileName(), area.getName());
    }
    return names;
  }

  static List<Assessment> readSample() throws IOException {
    List<Assessment> assessments = new ArrayList<>();
    for (String year : List.of("2025", "2026")) {
      assessments.add(JSON.read(Files.readString(SAMPLES.resolve("brackenford-" + year + ".json")),
          DocumentType.ASSESSMENT).getDocument().orElseThrow());
    }
    return assessments;
  }

  static final Area LONG_NAME = Area.of("E07000001",
      "Upper Corve Valley, Much Wenlock and Brown Clee Community Partnership (fictional)");
  static final Area OUTCOMES_ONLY = Area.of("E08000001", "Outcomes Only (fictional)");

  /**
   * The edge cases, from {@link HtmlReportTest}'s fixtures: an area (with a hostile name) whose
   * latest band a limiter lowers, with progress since an earlier assessment and two periods of
   * outcome data; an area with a long name where one action is capped by two evidence rules,
   * another is not assessed and every outcome figure is suppressed (two respondents); and an area
   * with outcome data only.
   */
  static List<Assessment> edgeAssessments() {
    return List.of(
        HtmlReportTest.notCoProduced(LocalDate.of(2026, 3, 31)),
        HtmlReportTest.earlier(LocalDate.of(2025, 3, 31)),
        Assessment.builder().from(HtmlReportTest.earlier(LocalDate.of(2025, 6, 30))).area(LONG_NAME).build());
  }

  static List<OutcomeData> edgeOutcomes() {
    return List.of(
        HtmlReportTest.outcomes(LocalDate.of(2024, 10, 1), 60, 0),
        HtmlReportTest.outcomes(LocalDate.of(2025, 10, 1), 80, 2),
        OutcomeData.builder().from(HtmlReportTest.outcomes(LocalDate.of(2024, 10, 1), 2, 0)).area(LONG_NAME).build(),
        OutcomeData.builder().from(HtmlReportTest.outcomes(LocalDate.of(2025, 10, 1), 2, 1)).area(LONG_NAME).build(),
        OutcomeData.builder().from(HtmlReportTest.outcomes(LocalDate.of(2025, 10, 1), 30, 1)).area(OUTCOMES_ONLY).build());
  }

  /** Writes the edge cases as JSON documents, as a user would give them to {@code aba report}. */
  static Path edgeCases(Path folder) throws IOException {
    Files.createDirectories(folder);
    int i = 0;
    for (Object document : List.of(edgeAssessments(), edgeOutcomes())) {
      for (Object each : (List<?>) document) {
        Files.write(folder.resolve(String.format(Locale.ROOT, "edge-%02d.json", ++i)), JSON.write(each));
      }
    }
    return folder;
  }

  // -- the checks -------------------------------------------------------------------------------

  @TestFactory
  Stream<DynamicContainer> everyPage() {
    assertThat(pages).as("pages to open").isNotEmpty();
    return pages.stream().map(page -> dynamicContainer(page.name(), checks(page)));
  }

  static Stream<DynamicTest> checks(Page page) {
    List<DynamicTest> checks = new ArrayList<>(List.of(
        dynamicTest(DESKTOP + ": no axe violation of WCAG 2.2 AA",
            () -> assertNoViolations(page, DESKTOP, render(page).desktopAxe())),
        dynamicTest(DESKTOP + ": nothing wider than the screen", () -> {
          Overflow.Result overflow = render(page).desktopOverflow();
          if (!overflow.fits()) {
            throw new AssertionError(page.name() + " at " + DESKTOP + " (" + page.file() + ") overflows:\n"
                + overflow.describe());
          }
        }),
        dynamicTest(PHONE + ": nothing wider than the screen", () -> {
          Overflow.Result overflow = render(page).phoneOverflow();
          if (!overflow.fits()) {
            throw new AssertionError(page.name() + " at " + PHONE + " (" + page.file() + ") overflows:\n"
                + overflow.describe());
          }
        }),
        dynamicTest(PHONE + ": no axe violation of WCAG 2.2 AA",
            () -> assertNoViolations(page, PHONE, render(page).phoneAxe())),
        dynamicTest("print: every sheet is A4", () -> {
          List<String> notA4 = render(page).pdf().notA4();
          if (!notA4.isEmpty()) {
            throw new AssertionError(page.name() + " prints on other paper than A4 (see " + page.name()
                + ".pdf):\n- " + String.join("\n- ", notA4));
          }
        })));
    page.area().ifPresent(area -> checks.add(dynamicTest("print: every sheet names the area (running header)", () -> {
      List<String> without = render(page).pdf().sheetsWithout(area);
      if (!without.isEmpty()) {
        throw new AssertionError(page.name() + ": the area, its date and status belong on every printed"
            + " sheet, but:\n- " + String.join("\n- ", without));
      }
    })));
    if (page.name().startsWith("demo-analyst-") || page.name().startsWith("edge-analyst-")) {
      checks.add(dynamicTest("print: every sheet of the analyst's version says it is not for publication", () -> {
        List<String> without = render(page).pdf().sheetsWithout("not for publication");
        if (!without.isEmpty()) {
          throw new AssertionError(page.name() + ": the analyst's version must say on every printed sheet"
              + " that it is not for publication, but:\n- " + String.join("\n- ", without));
        }
      }));
    }
    return checks.stream();
  }

  static void assertNoViolations(Page page, Screen screen, Axe.Result axe) {
    // axe really ran, the version we ship: a result with no passes would be no result at all
    assertThat(axe.version()).isEqualTo(Axe.bundledVersion());
    assertThat(axe.passes()).as("rules axe found passing").isPositive();
    if (!axe.violations().isEmpty()) {
      int elements = axe.violations().stream().mapToInt(v -> v.nodes().size()).sum();
      throw new AssertionError(page.name() + " at " + screen + " (" + page.file() + "): "
          + count(axe.violations().size(), "axe rule") + " broken by " + count(elements, "element")
          + " (all of them in target/renderings/" + page.name() + "-" + screen.name() + "-axe.json):\n"
          + Axe.describe(axe.violations()));
    }
  }

  /** Opens the page at each screen size and prints it, once; the checks share the result. */
  static Rendering render(Page page) throws Exception {
    Object done = rendered.get(page.name());
    if (done instanceof Rendering) {
      return (Rendering) done;
    }
    if (done instanceof Exception) {
      throw new AssertionError("the browser could not render " + page.name(), (Exception) done);
    }
    try {
      Rendering rendering = renderNow(page);
      rendered.put(page.name(), rendering);
      findings.put(page.name(), findings(rendering));
      return rendering;
    } catch (Exception e) {
      rendered.put(page.name(), e);
      findings.put(page.name(), "  not rendered: " + e + "\n");
      throw e;
    }
  }

  static Rendering renderNow(Page page) throws Exception {
    show(page.file(), DESKTOP);
    Overflow.Result desktopOverflow = Overflow.measure(tab, DESKTOP.width());
    Axe.Result desktopAxe = Axe.run(tab);
    save(page.name() + "-desktop-axe.json", desktopAxe);
    Files.write(RENDERINGS.resolve(page.name() + "-desktop.png"), tab.screenshot());
    byte[] pdf = tab.print();
    Files.write(RENDERINGS.resolve(page.name() + ".pdf"), pdf);
    show(page.file(), PHONE);
    Overflow.Result overflow = Overflow.measure(tab, PHONE.width());
    Axe.Result phoneAxe = Axe.run(tab);
    save(page.name() + "-phone-axe.json", phoneAxe);
    Files.write(RENDERINGS.resolve(page.name() + "-phone.png"), tab.screenshot());
    return new Rendering(desktopAxe, desktopOverflow, overflow, phoneAxe, PrintedPdf.read(pdf));
  }

  static void show(Path file, Screen screen) {
    tab.viewport(screen.width(), screen.height(), screen.scale(), screen.mobile());
    tab.open(file);
  }

  /** The whole axe answer beside the renderings, when it found anything (the messages shorten it). */
  static void save(String name, Axe.Result axe) throws IOException {
    if (!axe.violations().isEmpty()) {
      Files.writeString(RENDERINGS.resolve(name), axe.json().toPrettyString(), StandardCharsets.UTF_8);
    }
  }

  static String count(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }

  static String findings(Rendering r) {
    StringBuilder s = new StringBuilder();
    s.append("  ").append(DESKTOP).append(": ").append(axeSummary(r.desktopAxe())).append('\n');
    s.append("  ").append(DESKTOP).append(": ").append(r.desktopOverflow().fits() ? "fits\n"
        : "overflows\n" + r.desktopOverflow().describe().replaceAll("(?m)^", "    "));
    s.append("  ").append(PHONE).append(": ").append(axeSummary(r.phoneAxe())).append('\n');
    s.append("  ").append(PHONE).append(": ").append(r.phoneOverflow().fits() ? "fits\n"
        : "overflows\n" + r.phoneOverflow().describe().replaceAll("(?m)^", "    "));
    List<PrintedPdf.Sheet> sheets = r.pdf().sheets();
    s.append("  print: ").append(sheets.size()).append(sheets.size() == 1 ? " sheet" : " sheets");
    if (!sheets.isEmpty()) {
      s.append(String.format(Locale.ROOT, ", %.2f x %.2f pt", sheets.get(0).width(), sheets.get(0).height()));
    }
    return s.append('\n').toString();
  }

  static String axeSummary(Axe.Result axe) {
    if (axe.violations().isEmpty()) {
      return "no axe violations";
    }
    StringBuilder s = new StringBuilder("axe violations:");
    for (Axe.Violation v : axe.violations()) {
      s.append("\n    ").append(v.id()).append(" (").append(v.impact()).append("): ").append(v.nodes().size())
          .append(v.nodes().size() == 1 ? " element" : " elements").append(", e.g. ").append(v.nodes().get(0).target());
    }
    return s.toString();
  }

  // -- the harness itself can fail --------------------------------------------------------------

  /** The reports' own Content-Security-Policy meta, so the harness pages are under the same rules. */
  static String policy() throws IOException {
    Path demoPage = pages.stream().filter(p -> p.name().equals("demo-index")).findFirst().orElseThrow().file();
    Matcher meta = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"[^\"]*\">")
        .matcher(Files.readString(demoPage));
    assertThat(meta.find()).as("the report has a Content-Security-Policy").isTrue();
    return meta.group();
  }

  static Path harnessPage(String name, String style, String body) throws IOException {
    return Files.writeString(work.resolve(name), "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + policy() + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>" + name + "</title><style>" + style + "</style></head>\n<body>" + body + "</body></html>\n",
        StandardCharsets.UTF_8);
  }

  static String paragraphs(int count) {
    StringBuilder s = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      s.append("<p>Paragraph ").append(i).append(": the rating as given, the rating that counts after the"
          + " evidence rules, and why, in plain words for the people of the area.</p>");
    }
    return s.toString();
  }

  /** The analyst mode is found when a command offers it (else its pages would silently be left out). */
  @Test
  void harness_tellsWhichOptionsACommandHas() {
    assertThat(InProcessAba.hasOption("demo", "--disclosure")).isTrue();
    assertThat(InProcessAba.hasOption("report", "--out")).isTrue();
    assertThat(InProcessAba.hasOption("demo", "--disclose")).isFalse();
    assertThat(InProcessAba.hasOption("demo", "--no-such-option")).isFalse();
  }

  /**
   * A page with an image without a text alternative and a box 600 px wide, printed on the default
   * paper with its title on the first sheet only: every check reports it. Under the reports'
   * Content-Security-Policy, which keeps the page's own script from running.
   */
  @Test
  void harness_badPage_everyCheckReportsIt() throws Exception {
    Path bad = harnessPage("harness-bad.html", "",
        "<main><h1>Harness Vale (fictional)</h1>"
            + "<img src=\"data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7\""
            + " width=\"40\" height=\"40\">"
            + "<div class=\"wide\" style=\"width:600px\">A box 600 px wide</div>" + paragraphs(120) + "</main>"
            + "<script>document.title = 'a script ran';</script>");
    show(bad, PHONE);
    // The reports' policy forbids the page's own scripts, yet the harness's scripts run.
    assertThat(tab.evaluate("document.title").asString()).isEqualTo("harness-bad.html");
    Overflow.Result overflow = Overflow.measure(tab, PHONE.width());
    Axe.Result axe = Axe.run(tab);

    assertThat(axe.violations()).extracting(Axe.Violation::id).contains("image-alt");
    assertThat(Axe.describe(axe.violations()))
        .contains("- image-alt (critical, 1 element): Images must have alternative text")
        .contains("at img\n      <img src=\"data:image/gif;base64,");
    assertThat(overflow.fits()).isFalse();
    assertThat(overflow.scrollWidth()).isGreaterThan(PHONE.width());
    assertThat(overflow.outermost()).extracting(Overflow.Element::path).contains("body > main > div.wide");
    assertThat(overflow.describe())
        .contains("wider than the 390 px viewport")
        .contains("body > main > div.wide: x 8.0 to 608.0 (600.0 px wide)\n      \"A box 600 px wide\"");

    show(bad, DESKTOP); // printed from the desktop, as the reports are
    PrintedPdf pdf = PrintedPdf.read(tab.print());
    assertThat(pdf.sheets()).hasSizeGreaterThan(1);
    assertThat(pdf.notA4()).containsExactly("pages 1 to " + pdf.sheets().size() + " of " + pdf.sheets().size()
        + " are 612.00 x 792.00 pt (US Letter, Chromium's default when the page asks for no size),"
        + " not A4 portrait 595.28 x 841.89 pt");
    assertThat(pdf.sheetsWithout("Harness Vale (fictional)")).hasSize(pdf.sheets().size() - 1)
        .first().asString().startsWith("page 2 of " + pdf.sheets().size() + " does not name \"Harness Vale (fictional)\"");
  }

  /**
   * A page that does it right (A4, a running header that repeats on every printed sheet, text
   * that wraps): every check passes, so a failure on a report is the report's, not the harness's.
   */
  @Test
  void harness_goodPage_passesEveryCheck() throws Exception {
    Path good = harnessPage("harness-good.html",
        "@page{size:A4;margin:20mm 15mm}body{font-family:sans-serif;margin:0 1rem}"
            + "@media print{header{position:fixed;top:0}main{padding-top:2.5rem}}",
        "<header><p>Harness Vale (fictional), assessed 2026-03-31, complete</p></header>"
            + "<main><h1>Harness Vale (fictional)</h1>"
            + "<img src=\"data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7\""
            + " width=\"40\" height=\"40\" alt=\"A blank square\">" + paragraphs(120) + "</main>");
    for (Screen screen : List.of(DESKTOP, PHONE)) {
      show(good, screen);
      assertThat(Overflow.measure(tab, screen.width()).describe()).as(screen.toString()).isEmpty();
      Axe.Result axe = Axe.run(tab);
      assertThat(Axe.describe(axe.violations())).as(screen.toString()).isEmpty();
      assertThat(axe.passes()).isPositive();
    }
    show(good, DESKTOP);
    PrintedPdf pdf = PrintedPdf.read(tab.print());
    assertThat(pdf.sheets()).hasSizeGreaterThan(1);
    assertThat(pdf.notA4()).isEmpty();
    assertThat(pdf.sheetsWithout("Harness Vale (fictional)")).isEmpty();
  }
}
