package org.assetbasedarea.aba.browser;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;

/** A printed page read back with Apache PDFBox: each sheet's size and text. */
public final class PrintedPdf {
  /** A4 portrait in PDF points (1/72 inch): 210 x 297 mm. */
  public static final double A4_WIDTH = 595.28;
  /** A4 portrait height in points. */
  public static final double A4_HEIGHT = 841.89;
  /** How far a size may be from A4, in points. */
  public static final double TOLERANCE = 1.0;

  /**
   * One printed sheet.
   *
   * @param width points
   * @param height points
   * @param text its text, Unicode-normalised (NFKC: ligatures split, no-break spaces as spaces) and
   *     with white space collapsed
   */
  public record Sheet(double width, double height, String text) {}

  private final List<Sheet> sheets;

  private PrintedPdf(List<Sheet> sheets) {
    this.sheets = List.copyOf(sheets);
  }

  /**
   * Reads a PDF.
   *
   * @param pdf its bytes
   * @return its sheets
   * @throws IOException when it is not a readable PDF
   */
  public static PrintedPdf read(byte[] pdf) throws IOException {
    List<Sheet> sheets = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int i = 1; i <= document.getNumberOfPages(); i++) {
        PDRectangle box = document.getPage(i - 1).getMediaBox();
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        sheets.add(new Sheet(box.getWidth(), box.getHeight(), plain(stripper.getText(document))));
      }
    }
    return new PrintedPdf(sheets);
  }

  /** @return text as the sheets' text is kept: NFKC, white space collapsed */
  public static String plain(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
  }

  /** @return the sheets, first to last */
  public List<Sheet> sheets() {
    return sheets;
  }

  /** @return one line per size other than A4 portrait, with the sheets of that size; empty when all are A4 */
  public List<String> notA4() {
    if (sheets.isEmpty()) {
      return List.of("the PDF has no pages");
    }
    Map<String, List<Integer>> sizes = new LinkedHashMap<>();
    for (int i = 0; i < sheets.size(); i++) {
      Sheet sheet = sheets.get(i);
      if (Math.abs(sheet.width() - A4_WIDTH) > TOLERANCE || Math.abs(sheet.height() - A4_HEIGHT) > TOLERANCE) {
        sizes.computeIfAbsent(String.format(Locale.ROOT, "%.2f x %.2f pt (%s)", sheet.width(), sheet.height(),
            paper(sheet)), s -> new ArrayList<>()).add(i + 1);
      }
    }
    List<String> problems = new ArrayList<>();
    sizes.forEach((size, pages) -> problems.add(String.format(Locale.ROOT, "%s of %d %s %s, not A4 portrait %.2f x %.2f pt",
        numbers(pages), sheets.size(), pages.size() == 1 ? "is" : "are", size, A4_WIDTH, A4_HEIGHT)));
    return problems;
  }

  /** @return such as {@code page 3}, {@code pages 1 to 14} or {@code pages 1, 3, 5 to 7} */
  static String numbers(List<Integer> pages) {
    List<String> runs = new ArrayList<>();
    for (int i = 0; i < pages.size(); ) {
      int j = i;
      while (j + 1 < pages.size() && pages.get(j + 1) == pages.get(j) + 1) {
        j++;
      }
      runs.add(j == i ? String.valueOf(pages.get(i)) : pages.get(i) + " to " + pages.get(j));
      i = j + 1;
    }
    return (pages.size() == 1 ? "page " : "pages ") + String.join(", ", runs);
  }

  private static String paper(Sheet sheet) {
    if (Math.abs(sheet.width() - 612) <= TOLERANCE && Math.abs(sheet.height() - 792) <= TOLERANCE) {
      return "US Letter, Chromium's default when the page asks for no size";
    }
    return String.format(Locale.ROOT, "%.0f x %.0f mm", sheet.width() / 72 * 25.4, sheet.height() / 72 * 25.4);
  }

  /**
   * The sheets whose text does not contain a phrase (compared as the sheets' text is kept).
   *
   * @param phrase such as the area's name
   * @return one line per sheet without it; empty when every sheet has it
   */
  public List<String> sheetsWithout(String phrase) {
    String wanted = plain(phrase);
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < sheets.size(); i++) {
      String text = sheets.get(i).text();
      if (!text.contains(wanted)) {
        problems.add("page " + (i + 1) + " of " + sheets.size() + " does not name \"" + wanted + "\"; it begins \""
            + Text.snippet(text, 120) + "\"");
      }
    }
    return problems;
  }
}
