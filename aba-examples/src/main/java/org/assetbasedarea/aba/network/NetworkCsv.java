package org.assetbasedarea.aba.network;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.assetbasedarea.aba.framework.Action;
import org.assetbasedarea.aba.framework.Grouping;
import org.assetbasedarea.aba.outcomes.PublishedValue;
import org.assetbasedarea.aba.scoring.Band;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link NetworkView} as tidy CSV files (RFC 4180, a header line, empty cells for
 * absent or withheld values); see docs/network.md for their columns.
 */
public final class NetworkCsv {
  /** The files, in the order written. */
  public static final List<String> FILES = List.of("network-areas.csv", "network-positions.csv",
      "network-heatmap.csv", "network-spread.csv", "network-actions.csv", "network-years.csv",
      "network-outcomes.csv");

  private NetworkCsv() {}

  /**
   * Writes one of the {@link #FILES}.
   *
   * @param view the view
   * @param file one of {@link #FILES}
   * @param out where to write (not closed)
   * @throws IOException when writing fails
   */
  public static void write(NetworkView view, String file, Writer out) throws IOException {
    CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180);
    switch (file) {
      case "network-areas.csv":
        areas(view, csv);
        break;
      case "network-positions.csv":
        positions(view, csv);
        break;
      case "network-heatmap.csv":
        heatmap(view, csv);
        break;
      case "network-spread.csv":
        spread(view, csv);
        break;
      case "network-actions.csv":
        actions(view, csv);
        break;
      case "network-years.csv":
        years(view, csv);
        break;
      case "network-outcomes.csv":
        outcomes(view, csv);
        break;
      default:
        throw new IllegalArgumentException("not a network CSV file: " + file);
    }
    csv.flush();
  }

  private static List<NetworkView.Comparison> comparisons(NetworkView view) {
    List<NetworkView.Comparison> all = new ArrayList<>();
    view.getNetwork().ifPresent(all::add);
    all.addAll(view.getGroupComparisons());
    return all;
  }

  private static void areas(NetworkView view, CSVPrinter csv) throws IOException {
    List<String> header = new ArrayList<>(List.of("area_code", "area_name", "peer_group",
        "assessed_on", "overall_percentage", "band", "status"));
    for (Grouping grouping : view.getFramework().getGroupings()) {
      header.add("percentage:" + grouping.getId());
    }
    for (Action action : view.getFramework().getActions()) {
      header.add("effective_rating:" + action.getId());
    }
    csv.printRecord(header);
    int groupings = view.getFramework().getGroupings().size();
    int actions = view.getFramework().getActions().size();
    List<Object> row = new ArrayList<>(header.size());
    for (AreaSeries area : view.getAreas()) {
      for (int i = 0; i < area.size(); i++) {
        row.clear();
        row.add(area.getCode());
        row.add(area.getName());
        row.add(area.getGroup());
        row.add(area.assessedOn(i));
        row.add(cell(area.overall(i)));
        Band band = area.band(i);
        row.add(band == null ? "" : band.name());
        row.add(area.status(i).name());
        for (int g = 0; g < groupings; g++) {
          row.add(cell(area.grouping(i, g)));
        }
        for (int a = 0; a < actions; a++) {
          int rating = area.rating(i, a);
          row.add(rating == 0 ? "" : String.valueOf(rating));
        }
        csv.printRecord(row);
      }
    }
  }

  private static void positions(NetworkView view, CSVPrinter csv) throws IOException {
    csv.printRecord("area_code", "area_name", "peer_group", "compared_in", "latest_assessed_on",
        "overall_percentage", "network_median", "vs_network", "network_percentile", "group_median",
        "vs_group", "group_percentile");
    for (AreaSeries area : view.getAreas()) {
      int latest = area.size() - 1;
      NetworkView.Position p = area.getPosition();
      csv.printRecord(area.getCode(), area.getName(), area.getGroup(),
          cell(area.getComparedIn()), area.assessedOn(latest), cell(area.overall(latest)),
          p == null ? "" : p.networkMedian().toPlainString(),
          p == null ? "" : p.vsNetwork().toPlainString(),
          p == null ? "" : String.valueOf(p.networkPercentile()),
          p == null ? "" : cell(p.groupMedian()), p == null ? "" : cell(p.vsGroup()),
          p == null || p.groupPercentile() == null ? "" : String.valueOf(p.groupPercentile()));
    }
  }

  private static void heatmap(NetworkView view, CSVPrinter csv) throws IOException {
    csv.printRecord("comparison", "action", "grouping", "level_1", "level_2", "level_3", "level_4",
        "not_assessed");
    for (NetworkView.Comparison c : comparisons(view)) {
      for (int a = 0; a < c.actions().size(); a++) {
        int[] n = c.heatmap().get(a);
        csv.printRecord(c.id(), c.actions().get(a).action(), c.actions().get(a).grouping(),
            n[1], n[2], n[3], n[4], n[0]);
      }
    }
  }

  private static void spread(NetworkView view, CSVPrinter csv) throws IOException {
    csv.printRecord("comparison", "measure", "n", "q1", "median", "q3");
    for (NetworkView.Comparison c : comparisons(view)) {
      for (NetworkView.Spread s : c.spread()) {
        csv.printRecord(c.id(), s.measure(), s.n(), cell(s.q1()), cell(s.median()), cell(s.q3()));
      }
    }
  }

  private static void actions(NetworkView view, CSVPrinter csv) throws IOException {
    csv.printRecord("comparison", "action", "grouping", "rated", "mean_rating", "weakest_rank",
        "changed", "mean_change", "improved_rank");
    for (NetworkView.Comparison c : comparisons(view)) {
      List<String> weakest = NetworkJson.ids(c.weakest());
      List<String> improved = NetworkJson.ids(c.mostImproved());
      for (NetworkView.ActionFigure a : c.actions()) {
        int w = weakest.indexOf(a.action());
        int m = improved.indexOf(a.action());
        csv.printRecord(c.id(), a.action(), a.grouping(), a.rated(), cell(a.meanRating()),
            w < 0 ? "" : String.valueOf(w + 1), a.changed(), cell(a.meanChange()),
            m < 0 ? "" : String.valueOf(m + 1));
      }
    }
  }

  private static void years(NetworkView view, CSVPrinter csv) throws IOException {
    csv.printRecord("comparison", "year", "n", "q1", "median", "q3");
    for (NetworkView.Comparison c : comparisons(view)) {
      for (NetworkView.YearFigure y : c.years()) {
        csv.printRecord(c.id(), y.year(), y.n(), cell(y.q1()), cell(y.median()), cell(y.q3()));
      }
    }
  }

  private static void outcomes(NetworkView view, CSVPrinter csv) throws IOException {
    csv.printRecord("area_code", "period_start", "period_end", "indicator", "value", "lower",
        "upper", "marker");
    for (AreaSeries area : view.getAreas()) {
      if (area.getOutcomePeriod() == null) {
        continue;
      }
      for (Map.Entry<String, PublishedValue> e : area.getOutcomes().entrySet()) {
        PublishedValue v = e.getValue();
        csv.printRecord(area.getCode(), area.getOutcomePeriod().getStart(),
            area.getOutcomePeriod().getEnd(), e.getKey(), cell(v.getValue().orElse(null)),
            cell(v.getLower().orElse(null)), cell(v.getUpper().orElse(null)),
            v.getMarker().map(m -> m.symbol()).orElse(""));
      }
    }
  }

  private static String cell(@Nullable Object value) {
    if (value == null) {
      return "";
    }
    return value instanceof BigDecimal ? ((BigDecimal) value).toPlainString() : value.toString();
  }
}
