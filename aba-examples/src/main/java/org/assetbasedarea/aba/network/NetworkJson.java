package org.assetbasedarea.aba.network;

import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.assetbasedarea.aba.framework.Action;
import org.assetbasedarea.aba.framework.Grouping;
import org.assetbasedarea.aba.outcomes.PublishedValue;
import org.assetbasedarea.aba.scoring.Band;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link NetworkView} as {@code network.json}, streaming (the areas' series can be large),
 * as the published schema {@code network} describes (resource {@value #SCHEMA}).
 */
public final class NetworkJson {
  /** The schema's resource, beside this class. */
  public static final String SCHEMA = "network.schema.json";

  /** The schema's {@code $id}. */
  public static final String SCHEMA_ID = "https://assetbasedarea.org/schema/aba/1/network.schema.json";

  /** How the quartiles are defined, as the JSON states it. */
  static final String QUARTILES =
      "linear interpolation between order statistics (Hyndman and Fan type 7: R's default, Excel's QUARTILE.INC)";

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(JsonWriteFeature.ESCAPE_NON_ASCII).disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private NetworkJson() {}

  /**
   * The published schema's text.
   *
   * @return the schema (draft 2020-12)
   */
  public static String schema() {
    try (var in = NetworkJson.class.getResourceAsStream(SCHEMA)) {
      if (in == null) {
        throw new IllegalStateException("the network schema is missing from the build");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Writes the view. Non-ASCII characters are written as {@code \\uXXXX} escapes, so no text a
   * document supplied can reach a terminal or a log as a control or a direction override.
   *
   * @param view the view
   * @param out where to write (not closed)
   */
  public static void write(NetworkView view, Writer out) {
    try (JsonGenerator g = MAPPER.createGenerator(out)) {
      g.writeStartObject();
      g.writeNumberProperty("schemaVersion", 1);
      g.writeStringProperty("framework", view.getFramework().getId());
      g.writeStringProperty("rules", view.getRules());
      g.writeNumberProperty("minGroupSize", view.getMinGroupSize());
      g.writeStringProperty("quartiles", QUARTILES);
      g.writeStringProperty("groupsFrom", view.getGroupsSource());
      nullableString(g, "disclosure", view.getDisclosure());
      g.writeNumberProperty("areaCount", view.getAreas().size());
      g.writeNumberProperty("assessmentCount", view.getAssessments());
      nullableString(g, "withheld", view.getWithheldReason().orElse(null));
      g.writeArrayPropertyStart("actions");
      for (Action action : view.getFramework().getActions()) {
        g.writeStartObject();
        g.writeStringProperty("id", action.getId());
        g.writeStringProperty("grouping", action.getGrouping());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("groupings");
      for (Grouping grouping : view.getFramework().getGroupings()) {
        g.writeString(grouping.getId());
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("indicators");
      for (String indicator : view.getIndicators()) {
        g.writeString(indicator);
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("groups");
      for (NetworkView.PeerGroup group : view.getGroups()) {
        g.writeStartObject();
        g.writeStringProperty("id", group.id());
        g.writeStringProperty("label", group.label());
        g.writeNumberProperty("areas", group.areas());
        g.writeStringProperty("status", group.status().name());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("comparisons");
      if (view.getNetwork().isPresent()) {
        comparison(g, view.getNetwork().get());
      }
      for (NetworkView.Comparison comparison : view.getGroupComparisons()) {
        comparison(g, comparison);
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("areas");
      int groupings = view.getFramework().getGroupings().size();
      int actions = view.getFramework().getActions().size();
      for (AreaSeries area : view.getAreas()) {
        area(g, area, groupings, actions);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  private static void comparison(JsonGenerator g, NetworkView.Comparison c) {
    g.writeStartObject();
    g.writeStringProperty("id", c.id());
    g.writeStringProperty("label", c.label());
    g.writeNumberProperty("areas", c.areas());
    g.writeArrayPropertyStart("heatmap");
    for (int a = 0; a < c.actions().size(); a++) {
      int[] counts = c.heatmap().get(a);
      g.writeStartObject();
      g.writeStringProperty("action", c.actions().get(a).action());
      g.writeArrayPropertyStart("levels");
      for (int level = 1; level <= 4; level++) {
        g.writeNumber(counts[level]);
      }
      g.writeEndArray();
      g.writeNumberProperty("notAssessed", counts[0]);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("spread");
    for (NetworkView.Spread s : c.spread()) {
      g.writeStartObject();
      g.writeStringProperty("measure", s.measure());
      g.writeNumberProperty("n", s.n());
      number(g, "q1", s.q1());
      number(g, "median", s.median());
      number(g, "q3", s.q3());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("actions");
    for (NetworkView.ActionFigure a : c.actions()) {
      g.writeStartObject();
      g.writeStringProperty("action", a.action());
      g.writeStringProperty("grouping", a.grouping());
      g.writeNumberProperty("rated", a.rated());
      number(g, "meanRating", a.meanRating());
      g.writeNumberProperty("changed", a.changed());
      number(g, "meanChange", a.meanChange());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("weakest");
    for (NetworkView.ActionFigure a : c.weakest()) {
      g.writeString(a.action());
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("mostImproved");
    for (NetworkView.ActionFigure a : c.mostImproved()) {
      g.writeString(a.action());
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("years");
    for (NetworkView.YearFigure y : c.years()) {
      g.writeStartObject();
      g.writeNumberProperty("year", y.year());
      g.writeNumberProperty("n", y.n());
      number(g, "q1", y.q1());
      number(g, "median", y.median());
      number(g, "q3", y.q3());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("outcomes");
    for (NetworkView.OutcomeFigure o : c.outcomes()) {
      g.writeStartObject();
      g.writeStringProperty("indicator", o.indicator());
      g.writeNumberProperty("published", o.published());
      number(g, "median", o.median());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void area(JsonGenerator g, AreaSeries area, int groupings, int actions) {
    g.writeStartObject();
    g.writeStringProperty("code", area.getCode().toString());
    g.writeStringProperty("name", area.getName());
    g.writeStringProperty("group", area.getGroup());
    nullableString(g, "comparedIn", area.getComparedIn());
    NetworkView.Position p = area.getPosition();
    if (p == null) {
      g.writeNullProperty("position");
    } else {
      g.writeObjectPropertyStart("position");
      g.writeNumberProperty("overall", p.overall());
      g.writeNumberProperty("networkMedian", p.networkMedian());
      g.writeNumberProperty("vsNetwork", p.vsNetwork());
      g.writeNumberProperty("networkPercentile", p.networkPercentile());
      nullableString(g, "comparison", p.comparison());
      number(g, "groupMedian", p.groupMedian());
      number(g, "vsGroup", p.vsGroup());
      if (p.groupPercentile() == null) {
        g.writeNullProperty("groupPercentile");
      } else {
        g.writeNumberProperty("groupPercentile", p.groupPercentile().intValue());
      }
      g.writeEndObject();
    }
    if (area.getOutcomePeriod() == null) {
      g.writeNullProperty("outcomes");
    } else {
      g.writeObjectPropertyStart("outcomes");
      g.writeStringProperty("periodStart", area.getOutcomePeriod().getStart().toString());
      g.writeStringProperty("periodEnd", area.getOutcomePeriod().getEnd().toString());
      g.writeArrayPropertyStart("indicators");
      for (Map.Entry<String, PublishedValue> e : area.getOutcomes().entrySet()) {
        PublishedValue v = e.getValue();
        g.writeStartObject();
        g.writeStringProperty("indicator", e.getKey());
        number(g, "value", v.getValue().orElse(null));
        number(g, "lower", v.getLower().orElse(null));
        number(g, "upper", v.getUpper().orElse(null));
        nullableString(g, "marker", v.getMarker().map(m -> m.symbol()).orElse(null));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeArrayPropertyStart("assessments");
    for (int i = 0; i < area.size(); i++) {
      g.writeStartObject();
      g.writeStringProperty("assessedOn", area.assessedOn(i).toString());
      number(g, "overall", area.overall(i));
      Band band = area.band(i);
      nullableString(g, "band", band == null ? null : band.name());
      g.writeStringProperty("status", area.status(i).name());
      g.writeArrayPropertyStart("groupings");
      for (int k = 0; k < groupings; k++) {
        BigDecimal pct = area.grouping(i, k);
        if (pct == null) {
          g.writeNull();
        } else {
          g.writeNumber(pct);
        }
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("ratings");
      for (int a = 0; a < actions; a++) {
        int rating = area.rating(i, a);
        if (rating == 0) {
          g.writeNull();
        } else {
          g.writeNumber(rating);
        }
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void number(JsonGenerator g, String name, @Nullable BigDecimal value) {
    if (value == null) {
      g.writeNullProperty(name);
    } else {
      g.writeNumberProperty(name, value);
    }
  }

  private static void nullableString(JsonGenerator g, String name, @Nullable String value) {
    if (value == null) {
      g.writeNullProperty(name);
    } else {
      g.writeStringProperty(name, value);
    }
  }

  /** For the CSV writer: the ids of a list of action figures. */
  static List<String> ids(List<NetworkView.ActionFigure> figures) {
    return figures.stream().map(NetworkView.ActionFigure::action).toList();
  }
}
