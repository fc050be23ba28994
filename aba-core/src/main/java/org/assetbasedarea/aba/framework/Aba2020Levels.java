package org.assetbasedarea.aba.framework;

import java.util.List;
import java.util.Map;

/**
 * What each level of each {@code aba-2020} action looks like, and the next steps from it: the
 * library's own words, written from the framework's descriptions and its kinds of evidence. Level
 * 1 is not yet, 2 emerging, 3 established and 4 embedded; the steps from levels 1 to 3 are small
 * enough for a team to take in a 100-day challenge. Guidance for co-produced reflection, not
 * rules of scoring.
 */
final class Aba2020Levels {
  private static final Map<String, List<Level>> LEVELS = Map.of(
      "map-community-assets", List.of(
          Level.of(1, "There is no shared picture of the area's community assets. What staff know"
                  + " about local groups, skills and places stays in their heads or in old"
                  + " directories.",
              "Bring the lists of local groups that council teams and partners already keep"
                  + " into one list.",
              "Ask residents in two neighbourhoods to add what they know to the list.",
              "Agree who keeps the list up to date and where people can find it."),
          Level.of(2, "The council has made a one-off list of local groups. Residents had little"
                  + " part in it, it is going out of date, and few decisions use it.",
              "Walk two neighbourhoods with residents to map the skills, places and groups they"
                  + " value.",
              "Publish the neighbourhood maps where residents and staff can see and correct"
                  + " them.",
              "Use the maps in one commissioning decision and write down what they changed."),
          Level.of(3, "Neighbourhood maps built with residents cover much of the area, are kept up"
                  + " to date and are used when services are commissioned.",
              "Let citizens add and correct entries on the map themselves.",
              "Report each year which investment decisions the map changed.",
              "Fill the gaps in the map with the groups least often heard."),
          Level.of(4, "A living map that citizens edit covers the whole area, and it steers where"
              + " the council and its partners invest in community groups and organisations.")),
      "share-power", List.of(
          Level.of(1, "Strategy, plans and services are designed by officers and professionals."
                  + " People who draw on care and support are asked for their views late, if at"
                  + " all.",
              "Invite people who draw on care and support, and carers, to plan one service"
                  + " change from the start.",
              "Pay people for their time and expenses when they take part.",
              "Run a session for staff on what co-production means in practice."),
          Level.of(2, "Some plans are designed together with people who draw on care and support,"
                  + " but it depends on a few committed staff, and those involved are mostly"
                  + " people who are already well connected.",
              "Set up a standing co-production group with a budget and a say in decisions.",
              "Reach people who are usually left out through the groups they already trust.",
              "Train front-line staff and partners in strengths-based conversations."),
          Level.of(3, "Co-production groups work with the council and partners on strategy and on"
                  + " most service changes, and staff are trained in strengths-based practice.",
              "Give the co-production group a vote on priorities and budgets, not only advice.",
              "Ask people with lived experience to chair or co-chair key boards.",
              "Review together each year what power has been shared and what has not."),
          Level.of(4, "Equal partnership is the normal way of working: people who draw on care and"
              + " support, carers and people usually left out share decisions on strategy,"
              + " budgets and services.")),
      "tackle-inequalities", List.of(
          Level.of(1, "Few people know who gets less support or worse outcomes. Groups that"
                  + " services do not reach are called hard to reach.",
              "Break down who uses care and support, and how they fare, by age, ethnicity,"
                  + " disability and neighbourhood.",
              "Meet two community groups that speak for people who are missing from services."),
          Level.of(2, "Some figures on gaps in access and outcomes have been gathered, but little"
                  + " has changed, and the people affected have not shaped what is done.",
              "Choose one gap in access or outcomes and work on it with the people affected.",
              "Fund a trusted community organisation to lead the outreach.",
              "Agree how to measure the gap and measure it again at the end of the 100 days."),
          Level.of(3, "Gaps in access and outcomes are tracked for each group, support is being"
                  + " reshaped with the people affected, and some gaps are narrowing.",
              "Publish the figures on gaps each year, with what was done about them.",
              "Check every commissioning and funding decision for its effect on the gaps.",
              "Share budgets with community organisations led by the people most affected."),
          Level.of(4, "Fair access and outcomes are checked in every decision, the gaps are"
              + " closing, and the people affected lead the work to close them.")),
      "shared-story-and-outcomes", List.of(
          Level.of(1, "Each organisation has its own plans and measures. The council, the NHS,"
                  + " partners and communities share no story of the change they want.",
              "Bring leaders, partners and citizens together to agree why change is needed.",
              "Collect stories from people who draw on care and support about what a good life"
                  + " looks like."),
          Level.of(2, "A story of change has been written, mostly by the council, and a few"
                  + " partners use it. Its outcomes are not yet measured together.",
              "Rewrite the story in plain words with citizens and partners.",
              "Agree a short list of shared outcomes and how to measure each one.",
              "Ask each partner to name one way its work will move the shared outcomes."),
          Level.of(3, "The council, partners and communities tell one story of change and have"
                  + " agreed a small set of shared outcomes, which most partners report against.",
              "Report progress on the shared outcomes in public, in a form citizens can use.",
              "Measure what matters to people, such as warmth and connection, beside the usual"
                  + " figures.",
              "Use the shared outcomes to decide where joint budgets go."),
          Level.of(4, "One story of change, owned across agencies and communities, guides the work,"
              + " and everyone reports against the same few outcomes, including what matters to"
              + " people.")),
      "asset-based-commissioning", List.of(
          Level.of(1, "Services are bought on price and activity. Contracts do not ask whether a"
                  + " service builds people's connections or the strengths of their community.",
              "Add a social value question to the next contract that goes out to tender.",
              "Check whether one service up for renewal helps people stay connected to their"
                  + " community.",
              "Invite a citizen onto one commissioning panel."),
          Level.of(2, "A few contracts include social value, and some commissioners ask whether a"
                  + " service builds people's connections, but this is not yet usual.",
              "Add to the commissioning guidance a check of whether a service builds people's"
                  + " connections.",
              "Design one service specification with the people who would use the service.",
              "Judge one contract on outcomes for people rather than on counts of activity."),
          Level.of(3, "Most new contracts ask for social value and for services that build people's"
                  + " connections, citizens help to commission, and many contracts are judged on"
                  + " outcomes.",
              "Check older contracts for their effect on people's connections when they come"
                  + " up for renewal.",
              "Set aside part of the budget for community organisations and small providers.",
              "Share commissioning decisions with a standing group of citizens."),
          Level.of(4, "Commissioning starts from the strengths of people and communities:"
              + " contracts are commissioned with citizens, built on social value and on whether a"
              + " service builds people's connections, and judged on outcomes.")),
      "grant-giving", List.of(
          Level.of(1, "There is little money for community groups, and what there is comes with"
                  + " long forms and heavy reporting.",
              "List every small grant the council and its partners already give to community"
                  + " groups.",
              "Cut the application form for small grants down to one page."),
          Level.of(2, "Small grants exist, but they are scattered, short-term and hard for new or"
                  + " informal groups to get.",
              "Pool the small grants into one light-touch community fund.",
              "Let residents help decide which groups are funded.",
              "Publish who received a grant and how much."),
          Level.of(3, "A light-touch community fund supports many groups each year, residents help"
                  + " decide the awards, and the grants are published.",
              "Offer longer grants to groups whose work is going well.",
              "Publish the grants as open data that anyone can reuse.",
              "Use the map of community assets to fund groups where there are gaps."),
          Level.of(4, "Community investment is a steady part of the budget: light-touch grants"
              + " reach many groups, residents share the decisions, and every grant is"
              + " published as open data.")),
      "provider-market-development", List.of(
          Level.of(1, "Care and support come from a few large providers. Small, community-based"
                  + " options are rare, and commissioners know little about them.",
              "Find out which small, community-based kinds of support already work in the"
                  + " area.",
              "Meet two organisations that run approaches such as Shared Lives or Homeshare."),
          Level.of(2, "A few small, community-based approaches run in the area, often as pilots on"
                  + " short-term money.",
              "Describe the community-based approaches the area wants in the market position"
                  + " statement.",
              "Find funding beyond the pilot for one approach that works.",
              "Make it easier for small providers to bid, for example with smaller contracts."),
          Level.of(3, "A range of community-based approaches, such as Shared Lives and Local Area"
                  + " Coordination, run on steady funding, and the market position statement"
                  + " counts them.",
              "Set a target for the share of support that community-based approaches give.",
              "Help approaches that work grow into new neighbourhoods.",
              "Tell people about these options when their support is planned."),
          Level.of(4, "Many small, community-based approaches are an ordinary choice for people"
              + " across the area, counted in the market position statement and growing year on"
              + " year.")),
      "volunteers-and-social-entrepreneurs", List.of(
          Level.of(1, "Volunteering and small local enterprise get little support, and no one"
                  + " counts the volunteers or the very small care businesses.",
              "Count the volunteers and very small care businesses already active in the area.",
              "Name one person to help local people who want to start a small care service."),
          Level.of(2, "Some help exists for volunteers and for people starting small care"
                  + " businesses, but it is patchy and not joined up.",
              "Offer a simple package of advice and training to people starting a"
                  + " micro-enterprise.",
              "Join up support for volunteers across the council, the NHS and the voluntary"
                  + " sector.",
              "Ask local businesses to back one community project."),
          Level.of(3, "Volunteers and micro-enterprises get steady support, their numbers are"
                  + " counted and growing, and local businesses are partners.",
              "Publish each year how many volunteers and micro-enterprises were supported.",
              "Help micro-enterprises reach people who hold their own budget for support.",
              "Bring volunteers and social entrepreneurs into planning."),
          Level.of(4, "Volunteering, social and community enterprise and micro-enterprise are a"
              + " large and growing part of local support, backed by the council, its partners"
              + " and local business.")),
      "value-lived-experience", List.of(
          Level.of(1, "Few staff or decision-makers are known to have lived experience of care and"
                  + " support, and lived experience is not paid for.",
              "Agree a fair rate to pay people for sharing their lived experience.",
              "Ask staff and board members, in confidence, whether they have lived experience"
                  + " of care and support."),
          Level.of(2, "Some people with lived experience are paid for their advice, and a few jobs"
                  + " are open to them, but not yet on boards or in senior posts.",
              "Create paid roles for people with lived experience in one team.",
              "Offer a place on one board to a person with lived experience, with support to"
                  + " take part.",
              "Remove job requirements that shut out people with lived experience."),
          Level.of(3, "The share of staff and decision-makers with lived experience is counted and"
                  + " rising, and their expertise is paid for.",
              "Set a yearly target for lived experience on boards and in the workforce.",
              "Open routes into senior roles for people with lived experience.",
              "Report progress against the target each year."),
          Level.of(4, "People with current or recent lived experience of care and support work and"
              + " decide at every level, and their expertise is paid for.")),
      "mutuals-and-co-ops", List.of(
          Level.of(1, "There are few or no mutuals or co-operatives in care and support, and"
                  + " community rights to bid for or buy local assets are not used.",
              "Find out which mutuals, co-operatives and community-owned buildings already"
                  + " exist locally.",
              "Hold an open meeting on shared ownership for staff, people who use support and"
                  + " community groups."),
          Level.of(2, "One or two mutuals or co-operatives exist or are being planned, and some"
                  + " buildings or land have been listed as community assets.",
              "Give advice and start-up help to one group planning a care co-operative.",
              "Agree a policy for passing buildings and land into community ownership.",
              "Help residents list the places they value as assets of community value."),
          Level.of(3, "Several mutuals and co-operatives provide support in which the people who"
                  + " use it and the staff have a say, and community assets are passed to local"
                  + " groups.",
              "Give co-operatives and mutuals a fair chance in commissioning.",
              "Help existing co-operatives share what works with new ones.",
              "Pass more assets into community ownership where groups are ready."),
          Level.of(4, "Shared ownership is common: mutuals and co-operatives in which people who"
              + " use support, staff and communities have a say provide much local support, and"
              + " communities own key assets.")));

  private Aba2020Levels() {}

  /**
   * The four levels of an {@code aba-2020} action.
   *
   * @param actionId an action id of {@code aba-2020}
   * @return its levels 1 to 4
   * @throws IllegalArgumentException when {@code aba-2020} has no such action
   */
  static List<Level> of(String actionId) {
    List<Level> levels = LEVELS.get(actionId);
    if (levels == null) {
      throw new IllegalArgumentException("no levels for action '" + actionId + "'");
    }
    return levels;
  }

  /** @return the ids of the actions described, in no particular order */
  static java.util.Set<String> actions() {
    return LEVELS.keySet();
  }
}
