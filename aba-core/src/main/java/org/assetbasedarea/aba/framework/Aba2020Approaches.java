package org.assetbasedarea.aba.framework;

/**
 * The built-in catalogue of community approaches for {@code aba-2020}, in the library's own
 * words: twelve approaches that areas use to grow community capacity, each with the actions it
 * supports (most closely supported first) and what evidence of it looks like.
 */
final class Aba2020Approaches {
  /** The catalogue's id. */
  static final String ID = "aba-2020-approaches";

  private static final String MAP = "map-community-assets";
  private static final String SHARE_POWER = "share-power";
  private static final String INEQUALITIES = "tackle-inequalities";
  private static final String STORY = "shared-story-and-outcomes";
  private static final String GRANTS = "grant-giving";
  private static final String MARKET = "provider-market-development";
  private static final String VOLUNTEERS = "volunteers-and-social-entrepreneurs";
  private static final String LIVED = "value-lived-experience";
  private static final String MUTUALS = "mutuals-and-co-ops";

  private Aba2020Approaches() {}

  static ApproachCatalogue build() {
    return ApproachCatalogue.builder()
        .id(ID)
        .title("Community approaches for the Asset-Based Area (2020)")
        .framework(Frameworks.ABA_2020_ID)
        .addApproaches(
            Approach.of("shared-lives", "Shared Lives",
                "An adult who needs support lives with, or regularly visits, a trained Shared"
                    + " Lives carer and their family, and shares in their family and community"
                    + " life.",
                "How many people approved Shared Lives carers support, and what those people say"
                    + " about their lives.",
                MARKET, VOLUNTEERS),
            Approach.of("homeshare", "Homeshare",
                "An older person with a spare room is matched with someone who gives some help"
                    + " and company in exchange for somewhere to live.",
                "Matches made and kept, and what householders and sharers say about the help and"
                    + " company they found.",
                MARKET, MAP),
            Approach.of("keyring", "KeyRing",
                "Small networks of people who live near each other, with a volunteer, support"
                    + " each other and take part in their community.",
                "Networks running, the members and volunteers in them, and what members say about"
                    + " the support they give and get.",
                MARKET, VOLUNTEERS),
            Approach.of("local-area-coordination", "Local Area Coordination",
                "Coordinators based in a neighbourhood walk alongside people before they reach a"
                    + " crisis and help them connect with their community.",
                "People introduced to a coordinator, the community connections they made, and the"
                    + " crises and use of services avoided.",
                SHARE_POWER, INEQUALITIES, MAP),
            Approach.of("community-circles", "Community Circles",
                "A facilitated circle of friends and neighbours forms around one person and helps"
                    + " them change what they want to change in their life.",
                "Circles running, their volunteer facilitators, and what the people at their"
                    + " centre say has changed.",
                SHARE_POWER, VOLUNTEERS),
            Approach.of("community-micro-enterprises", "Community micro-enterprises",
                "Very small local care and support businesses, with five or fewer workers,"
                    + " offering personal and flexible help.",
                "How many micro-enterprises are supported, how many people they help, and what"
                    + " those people say about the help.",
                MARKET, VOLUNTEERS),
            Approach.of("time-banking", "Time banking",
                "People exchange hours of help with each other, and every hour is worth the same,"
                    + " whoever gives it.",
                "Members, hours exchanged and the kinds of help traded, as the time bank records"
                    + " them.",
                VOLUNTEERS, MAP),
            Approach.of("social-prescribing", "Social prescribing and community link workers",
                "GP practices and others refer people to link workers, who connect them with"
                    + " community activity and support.",
                "Referrals to link workers, the community activities people joined, and changes"
                    + " in their wellbeing.",
                MAP, STORY),
            Approach.of("asset-based-community-development",
                "Asset-based community development",
                "Community builders help residents find, connect and grow the gifts, skills and"
                    + " assets already in their neighbourhood.",
                "Residents connected, groups that residents started, and local assets found and"
                    + " put to use.",
                MAP, SHARE_POWER),
            Approach.of("community-investment-funds", "Community investment funds",
                "Light-touch grants and investment for community groups and social action, such"
                    + " as the fund of Wigan's Deal for Communities.",
                "Published grants: how much went to how many groups, and what the groups did"
                    + " with it.",
                GRANTS),
            Approach.of("mutuals-and-co-operatives", "Mutuals and co-operatives",
                "Organisations owned and run together by the people who use support, the staff"
                    + " and the community.",
                "Mutuals and co-operatives registered, their members, and the say that people who"
                    + " use support have in them.",
                MUTUALS, LIVED),
            Approach.of("peer-support-and-lived-experience-roles",
                "Peer support and lived-experience roles",
                "Paid and volunteer roles in which people use their own experience of care and"
                    + " support to help others and to shape services.",
                "How many peer and lived-experience roles there are, paid and unpaid, and where"
                    + " they sit in teams and on boards.",
                LIVED, SHARE_POWER))
        .build();
  }
}
