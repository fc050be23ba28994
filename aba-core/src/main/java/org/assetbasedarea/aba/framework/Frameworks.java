package org.assetbasedarea.aba.framework;

import java.util.List;
import java.util.Optional;

/** The frameworks built into the library. */
public final class Frameworks {
  /** The id of the built-in framework: ten actions in three groupings, as the 2020 text groups them. */
  public static final String ABA_2020_ID = "aba-2020";

  /** The id of the built-in catalogue of community approaches for {@code aba-2020}. */
  public static final String ABA_2020_APPROACHES_ID = Aba2020Approaches.ID;

  private static final Framework ABA_2020 = buildAba2020();

  private static final ApproachCatalogue ABA_2020_APPROACHES = Aba2020Approaches.build();

  private Frameworks() {}

  /** @return the built-in {@code aba-2020} framework */
  public static Framework aba2020() {
    return ABA_2020;
  }

  /** @return every built-in framework */
  public static List<Framework> builtIn() {
    return List.of(ABA_2020);
  }

  /**
   * The built-in catalogue of community approaches for {@code aba-2020}: twelve approaches, such
   * as Shared Lives and time banking, with the actions each supports and what evidence of it looks
   * like.
   *
   * @return the catalogue {@code aba-2020-approaches}
   */
  public static ApproachCatalogue aba2020Approaches() {
    return ABA_2020_APPROACHES;
  }

  /** @return every built-in catalogue of approaches, at most one per built-in framework */
  public static List<ApproachCatalogue> builtInCatalogues() {
    return List.of(ABA_2020_APPROACHES);
  }

  /**
   * Looks a built-in framework up by id.
   *
   * @param id a framework id, such as {@code aba-2020}
   * @return the framework, or empty when no built-in framework has that id
   */
  public static Optional<Framework> find(String id) {
    return ABA_2020_ID.equals(id) ? Optional.of(ABA_2020) : Optional.empty();
  }

  private static Framework buildAba2020() {
    String coProduction = "co-production";
    String strategic = "strategic";
    String workforce = "workforce-and-enterprise";
    return Framework.builder()
        .id(ABA_2020_ID)
        .title("Asset-Based Area: ten actions in three groupings (2020)")
        .addGroupings(
            Grouping.of(coProduction, "Co-production, partnership and power sharing"),
            Grouping.of(strategic, "A strategic approach"),
            Grouping.of(workforce, "Diversifying workforces and building local enterprise"))
        .addActions(
            withLevels(Action.of("map-community-assets", coProduction,
                "Map and grow community assets",
                "Keep a living, neighbourhood-based map of the area's assets (people's skills, groups,"
                    + " organisations, buildings, land, money), built with citizens and kept current,"
                    + " and use it to value and invest in community capacity and community"
                    + " organisations.")),
            withLevels(Action.of("share-power", coProduction,
                "Share power through co-production",
                "Make equal partnership the default: co-design strategy, plans and services with"
                    + " people who draw on care and support, carers and people usually excluded;"
                    + " train staff and partners in asset-based, strengths-based practice.")),
            withLevels(Action.of("tackle-inequalities", coProduction, "Tackle inequalities",
                "Find where access and outcomes are worst (poverty, racism, disability, multiple"
                    + " disadvantage) and shape support with the people affected, instead of"
                    + " labelling them hard to reach.")),
            withLevels(Action.of("shared-story-and-outcomes", strategic,
                "Tell a shared story, agree shared outcomes",
                "A clear, human story of change owned across agencies and communities, translated"
                    + " into a small set of shared outcomes and indicators that everyone reports"
                    + " against.")),
            withLevels(Action.of("asset-based-commissioning", strategic, "Commission for assets",
                "Contracts built on social value and the connection test (does this intervention"
                    + " build people's resilience and connections?), co-commissioned with citizens,"
                    + " judged on outcomes.")),
            withLevels(Action.of("grant-giving", strategic,
                "Fund community action through grants",
                "Light-touch grants and community investment funds for groups and social action,"
                    + " published openly.")),
            withLevels(Action.of("provider-market-development", strategic,
                "Grow a diverse provider market",
                "Grow a wide range of small, community-based approaches: Shared Lives, Homeshare,"
                    + " KeyRing, Local Area Coordination, Community Circles, community"
                    + " micro-enterprises, time-banking.")),
            withLevels(Action.of("volunteers-and-social-entrepreneurs", workforce,
                "Invest in volunteers and social entrepreneurs",
                "Support volunteering, social and community enterprise and micro-enterprise, and"
                    + " partnerships with local business.")),
            withLevels(Action.of("value-lived-experience", workforce, "Value lived experience",
                "Grow, year on year, the share of the workforce and of decision-makers with current"
                    + " or recent lived experience of care and support; pay for that expertise.")),
            withLevels(Action.of("mutuals-and-co-ops", workforce,
                "Grow mutuals and co-operatives",
                "Encourage shared ownership: mutuals and multi-stakeholder co-ops in which people"
                    + " who use support, staff and communities have a say; use community rights to"
                    + " bid and buy.")))
        .addAllIndicators(IndicatorCatalogue.all())
        .addOutcomes(
            Outcome.builder()
                .id("live-the-life-they-want")
                .title("People live the life they want")
                .addIndicators("ascof-1a", "ons4-life-satisfaction", "ons4-life-satisfaction-high")
                .addActions("share-power", "asset-based-commissioning",
                    "provider-market-development", "value-lived-experience")
                .build(),
            Outcome.builder()
                .id("control-over-daily-life")
                .title("People have control over their daily life")
                .addIndicators("ascof-1b")
                .addActions("share-power", "asset-based-commissioning", "mutuals-and-co-ops",
                    "value-lived-experience")
                .build(),
            Outcome.builder()
                .id("relationships-and-connections")
                .title("People have the relationships and community connections they want")
                .addIndicators("ascof-1i1", "loneliness-often-always", "ucla3-loneliness")
                .addActions("map-community-assets", "grant-giving",
                    "volunteers-and-social-entrepreneurs", "provider-market-development")
                .build(),
            Outcome.builder()
                .id("wellbeing-and-worthwhile")
                .title("People feel well and that what they do is worthwhile")
                .addIndicators("ons4-worthwhile", "ons4-worthwhile-high", "ons4-happiness",
                    "ons4-happiness-high", "ons4-anxiety", "ons4-anxiety-high")
                .addActions("map-community-assets", "tackle-inequalities",
                    "shared-story-and-outcomes", "volunteers-and-social-entrepreneurs")
                .build())
        .build();
  }

  /** The action with its four levels, as {@link Aba2020Levels} describes them. */
  private static Action withLevels(Action action) {
    return Action.builder().from(action).levels(Aba2020Levels.of(action.getId())).build();
  }
}
