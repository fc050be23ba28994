package org.assetbasedarea.aba.testing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assetbasedarea.aba.outcomes.IndicatorResult;
import org.assetbasedarea.aba.outcomes.Interval;
import org.assetbasedarea.aba.outcomes.OutcomeReport;
import org.assetbasedarea.aba.outcomes.PublishedValue;

/**
 * What holds between two outcome reports computed from the same people whose weight sums were
 * added up in different orders (by the library and by an SQL engine, say): everything counted is
 * identical (indicators, respondents, bands, the weighted flag, suppression, markers, published
 * counts, judgements); every raw number agrees within a relative {@link #RELATIVE} (and an
 * absolute 1e-12 near zero); and each published value, lower and upper end is identical unless
 * the raw number behind it lies within that distance of a rounding boundary, where either
 * rounding is right. Unweighted reports must be equal outright; this is for weighted ones.
 */
public final class ReportComparison {
  /** How far apart two raw numbers may be, relatively. */
  public static final double RELATIVE = 1e-9;

  private ReportComparison() {}

  /**
   * The differences between two reports beyond what summation order explains.
   *
   * @param expected the report from person-level responses
   * @param actual the report from tallies summed elsewhere
   * @return one line per difference; empty when the reports agree as described above
   */
  public static List<String> differences(OutcomeReport expected, OutcomeReport actual) {
    List<String> found = new ArrayList<>();
    check(found, "framework", expected.getFramework().equals(actual.getFramework()));
    check(found, "area", expected.getArea().equals(actual.getArea()));
    check(found, "period", expected.getPeriod().equals(actual.getPeriod()));
    check(found, "disclosure", expected.getDisclosure().equals(actual.getDisclosure()));
    check(found, "weighted", expected.isWeighted() == actual.isWeighted());
    check(found, "ons4Bands", expected.getOns4Bands().equals(actual.getOns4Bands()));
    check(found, "outcomes", expected.getOutcomes().size() == actual.getOutcomes().size());
    List<IndicatorResult> a = expected.getIndicators();
    List<IndicatorResult> b = actual.getIndicators();
    if (a.size() != b.size()) {
      found.add("indicators: " + a.size() + " against " + b.size());
      return found;
    }
    int decimals = expected.getDisclosure().getDecimals();
    for (int i = 0; i < a.size(); i++) {
      IndicatorResult x = a.get(i);
      IndicatorResult y = b.get(i);
      String id = x.getIndicator();
      check(found, id + " id", id.equals(y.getIndicator()));
      check(found, id + " statistic", x.getStatistic() == y.getStatistic());
      check(found, id + " respondents", x.getRespondents() == y.getRespondents());
      check(found, id + " change", x.getChange() == y.getChange());
      check(found, id + " baseline", x.getBaseline().equals(y.getBaseline()));
      close(found, id + " effectiveRespondents", x.getEffectiveRespondents(),
          y.getEffectiveRespondents());
      close(found, id + " value", x.getValue(), y.getValue());
      optional(found, id + " standardDeviation", x.getStandardDeviation(),
          y.getStandardDeviation());
      check(found, id + " interval present",
          x.getInterval().isPresent() == y.getInterval().isPresent());
      if (x.getInterval().isPresent() && y.getInterval().isPresent()) {
        Interval p = x.getInterval().get();
        Interval q = y.getInterval().get();
        close(found, id + " interval lower", p.getLower(), q.getLower());
        close(found, id + " interval upper", p.getUpper(), q.getUpper());
      }
      PublishedValue s = x.getPublished();
      PublishedValue t = y.getPublished();
      check(found, id + " published policy", s.getPolicy().equals(t.getPolicy()));
      check(found, id + " published marker", s.getMarker().equals(t.getMarker()));
      check(found, id + " published respondents", s.getRespondents().equals(t.getRespondents()));
      double scale = x.getStatistic().name().equals("SHARE") ? 100 : 1;
      published(found, id + " published value", s.getValue(), t.getValue(),
          x.getValue() * scale, decimals);
      published(found, id + " published lower", s.getLower(), t.getLower(),
          x.getInterval().map(v -> v.getLower() * scale).orElse(Double.NaN), decimals);
      published(found, id + " published upper", s.getUpper(), t.getUpper(),
          x.getInterval().map(v -> v.getUpper() * scale).orElse(Double.NaN), decimals);
    }
    return found;
  }

  private static void check(List<String> found, String what, boolean same) {
    if (!same) {
      found.add(what + " differs");
    }
  }

  private static void close(List<String> found, String what, double x, double y) {
    if (!(Math.abs(x - y) <= Math.max(1e-12, RELATIVE * Math.max(Math.abs(x), Math.abs(y))))) {
      found.add(what + ": " + x + " against " + y);
    }
  }

  private static void optional(List<String> found, String what, Optional<Double> x,
      Optional<Double> y) {
    if (x.isPresent() != y.isPresent()) {
      found.add(what + ": " + x + " against " + y);
    } else if (x.isPresent()) {
      close(found, what, x.get(), y.get());
    }
  }

  /**
   * Two published numbers: identical, or both roundings of a raw number that lies within the
   * tolerance of a boundary (rounding its two neighbours within the tolerance disagrees).
   */
  private static void published(List<String> found, String what, Optional<BigDecimal> x,
      Optional<BigDecimal> y, double raw, int decimals) {
    if (x.equals(y)) {
      return;
    }
    if (x.isPresent() && y.isPresent() && Double.isFinite(raw)) {
      double slack = Math.max(1e-12, RELATIVE * Math.abs(raw));
      BigDecimal below = round(raw - slack, decimals);
      BigDecimal above = round(raw + slack, decimals);
      if (below.compareTo(above) != 0
          && (x.get().compareTo(below) == 0 || x.get().compareTo(above) == 0)
          && (y.get().compareTo(below) == 0 || y.get().compareTo(above) == 0)) {
        return; // a boundary within the tolerance: either rounding is right
      }
    }
    found.add(what + ": " + x + " against " + y + " (raw " + raw + ")");
  }

  private static BigDecimal round(double value, int decimals) {
    return new BigDecimal(Double.toString(value)).setScale(decimals, RoundingMode.HALF_UP);
  }
}
