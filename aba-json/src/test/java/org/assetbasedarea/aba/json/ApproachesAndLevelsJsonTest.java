package org.assetbasedarea.aba.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.time.LocalDate;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.assessment.Evidence;
import org.assetbasedarea.aba.assessment.EvidenceKind;
import org.assetbasedarea.aba.assessment.Rating;
import org.assetbasedarea.aba.framework.Action;
import org.assetbasedarea.aba.framework.ApproachCatalogue;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.FrameworkRegistry;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON of issue 12's framework side: an action's levels in a framework, an evidence item's
 * approach in an assessment, and the approach catalogue document.
 */
class ApproachesAndLevelsJsonTest {
  private static final AbaJson JSON = AbaJson.standard();
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  private static ObjectNode tree(Object document) {
    return (ObjectNode) PLAIN.readTree(JSON.writeString(document));
  }

  private static ObjectNode firstLevel(ObjectNode framework) {
    return (ObjectNode) framework.get("actions").get(0).get("levels").get(0);
  }

  // -- levels -----------------------------------------------------------------------------------

  @Test
  void framework_levelsAreWrittenOnEveryAction_inContractOrder() {
    String json = JSON.writeString(Frameworks.aba2020());
    assertThat(json).contains("\"description\":").contains(",\"levels\":[{\"rating\":1,"
        + "\"looksLike\":\"There is no shared picture");
    assertThat(json).contains("{\"rating\":4,\"looksLike\":\"A living map that citizens edit");
    assertThat(json).contains("\"nextSteps\":[]}");
    String bare = JSON.writeString(OutcomeDocuments.localFramework());
    assertThat(bare).contains("\"description\":\"A map residents keep.\",\"levels\":[]}");
  }

  @Test
  void framework_withoutLevels_readsAsNone() {
    ObjectNode tree = tree(OutcomeDocuments.localFramework());
    ((ObjectNode) tree.get("actions").get(0)).remove("levels");
    ReadResult<Framework> read = JSON.read(tree.toString(), DocumentType.FRAMEWORK);
    assertThat(read.getIssues()).isEmpty();
    assertThat(read.getDocument().orElseThrow()).isEqualTo(OutcomeDocuments.localFramework());
    assertThat(PublishedSchemas.errors(DocumentType.FRAMEWORK, tree.toString())).isEmpty();
  }

  @Test
  void framework_levelsBrokenInTheSchemasTerms_areReportedAtTheirPointers() {
    ObjectNode tree = tree(Frameworks.aba2020());
    ObjectNode level = firstLevel(tree);
    level.put("rating", 5);
    level.put("looksLike", "\u2003");
    level.remove("nextSteps");
    ((ObjectNode) tree.get("actions").get(1).get("levels").get(3)).put("extra", true);
    assertThat(JSON.read(tree.toString(), DocumentType.FRAMEWORK).getIssues())
        .extracting(Issue::getPath, Issue::getCode)
        .containsExactlyInAnyOrder(
            tuple("/actions/0/levels/0/rating", IssueCode.RATING_OUT_OF_RANGE),
            tuple("/actions/0/levels/0/looksLike", IssueCode.BLANK_TEXT),
            tuple("/actions/0/levels/0/nextSteps", IssueCode.MISSING_FIELD),
            tuple("/actions/1/levels/3/extra", IssueCode.UNKNOWN_FIELD));
    assertThat(PublishedSchemas.errors(DocumentType.FRAMEWORK, tree.toString())).isNotEmpty();
  }

  @Test
  void framework_levelsBreakingTheFrameworkRules_areInvalidFramework() {
    ObjectNode tree = tree(Frameworks.aba2020());
    ((ArrayNode) firstLevel(tree).get("nextSteps")).removeAll();
    ((ArrayNode) tree.get("actions").get(1).get("levels").get(3).get("nextSteps")).add("More.");
    String json = tree.toString();
    assertThat(PublishedSchemas.errors(DocumentType.FRAMEWORK, json)).as("the schema allows it")
        .isEmpty();
    assertThat(JSON.read(json, DocumentType.FRAMEWORK).getIssues())
        .extracting(Issue::getPath, Issue::getCode)
        .containsExactly(
            tuple("/actions/0/levels/0/nextSteps", IssueCode.INVALID_FRAMEWORK));
    ((ArrayNode) firstLevel(tree).get("nextSteps")).add("Start.");
    assertThat(JSON.read(tree.toString(), DocumentType.FRAMEWORK).getIssues())
        .extracting(Issue::getPath, Issue::getCode, Issue::getMessage)
        .containsExactly(tuple("/actions/1/levels/3/nextSteps", IssueCode.INVALID_FRAMEWORK,
            "level 4 (embedded) is the top level and has no next steps"));
  }

  @Test
  void framework_threeLevelsOrLevelsOutOfOrder_areInvalidFrameworkAtTheAction() {
    ObjectNode three = tree(Frameworks.aba2020());
    ((ArrayNode) three.get("actions").get(4).get("levels")).remove(3);
    assertThat(JSON.read(three.toString(), DocumentType.FRAMEWORK).getIssues())
        .extracting(Issue::getPath, Issue::getCode)
        .containsExactly(tuple("/actions/4/levels", IssueCode.INVALID_FRAMEWORK));
    ObjectNode swapped = tree(Frameworks.aba2020());
    ArrayNode levels = (ArrayNode) swapped.get("actions").get(2).get("levels");
    var second = levels.get(1);
    levels.set(1, levels.get(0));
    levels.set(0, second);
    assertThat(JSON.read(swapped.toString(), DocumentType.FRAMEWORK).getIssues())
        .extracting(Issue::getPath, Issue::getCode)
        .containsExactly(tuple("/actions/2/levels/0/rating", IssueCode.INVALID_FRAMEWORK),
            tuple("/actions/2/levels/1/rating", IssueCode.INVALID_FRAMEWORK));
  }

  @Test
  void level_boundOnItsOwn_throughTheModule() {
    JsonMapper mapper = JsonMapper.builder().addModule(new AbaModule()).build();
    Action action = Frameworks.aba2020().getActions().get(0);
    String level = PLAIN.writeValueAsString(tree(Frameworks.aba2020()).get("actions").get(0)
        .get("levels").get(1));
    assertThat(mapper.readValue(level, org.assetbasedarea.aba.framework.Level.class))
        .isEqualTo(action.findLevel(2).orElseThrow());
  }

  // -- evidence approach ------------------------------------------------------------------------

  private static Assessment namingApproach(String approach) {
    return Assessment.builder()
        .framework("aba-2020")
        .area(Area.of("E08000035", "Leeds"))
        .assessedOn(LocalDate.of(2026, 3, 31))
        .addRatings(Rating.of("share-power", 3,
            Evidence.builder().kind(EvidenceKind.PEOPLES_EXPERIENCE).summary("Circle members")
                .source(URI.create("https://example.org/circles")).approach(approach).build(),
            Evidence.of(EvidenceKind.PROCESSES, "Plan")))
        .build();
  }

  @Test
  void evidenceApproach_isWrittenAfterTheSource_andOmittedWhenAbsent() {
    String json = JSON.writeString(namingApproach("community-circles"));
    assertThat(json).contains("\"source\":\"https://example.org/circles\","
        + "\"approach\":\"community-circles\"}");
    assertThat(json).contains("{\"kind\":\"PROCESSES\",\"summary\":\"Plan\"}");
    assertThat(JSON.read(json, DocumentType.ASSESSMENT).getDocument())
        .contains(namingApproach("community-circles"));
  }

  @Test
  void evidenceApproach_unknownOrMalformed_isUnknownApproach() {
    String unknown = JSON.writeString(namingApproach("no-such-approach"));
    assertThat(JSON.read(unknown, DocumentType.ASSESSMENT).getIssues())
        .extracting(Issue::getPath, Issue::getCode, Issue::getMessage)
        .containsExactly(tuple("/ratings/0/evidence/0/approach", IssueCode.UNKNOWN_APPROACH,
            "is not an approach of catalogue 'aba-2020-approaches'"));
    assertThat(PublishedSchemas.errors(DocumentType.ASSESSMENT, unknown)).isEmpty();
    String malformed = unknown.replace("no-such-approach", "Community Circles");
    assertThat(JSON.read(malformed, DocumentType.ASSESSMENT).getIssues())
        .extracting(Issue::getPath, Issue::getCode)
        .containsExactly(tuple("/ratings/0/evidence/0/approach", IssueCode.UNKNOWN_APPROACH));
    assertThat(PublishedSchemas.errors(DocumentType.ASSESSMENT, malformed)).isNotEmpty();
    assertThat(JSON.read(unknown.replace("\"no-such-approach\"", "null"), DocumentType.ASSESSMENT)
        .getIssues()).extracting(Issue::getPath, Issue::getCode)
        .containsExactly(tuple("/ratings/0/evidence/0/approach", IssueCode.MISSING_FIELD));
  }

  // -- the approach catalogue document ----------------------------------------------------------

  @Test
  void catalogue_builtIn_readsBack_withSchemaVersionFirst() {
    String json = JSON.writeString(Frameworks.aba2020Approaches());
    assertThat(json).startsWith("{\"schemaVersion\":1,\"id\":\"aba-2020-approaches\",\"title\":")
        .contains(",\"framework\":\"aba-2020\",\"approaches\":[{\"id\":\"shared-lives\","
            + "\"title\":\"Shared Lives\",\"description\":");
    assertThat(JSON.read(json, DocumentType.APPROACH_CATALOGUE).getDocument())
        .contains(Frameworks.aba2020Approaches());
  }

  @Test
  void catalogue_namingActionsNoFrameworkHas_readsWithoutIssue_theRegistryRefusesIt() {
    ObjectNode tree = tree(Frameworks.aba2020Approaches());
    ((ArrayNode) tree.get("approaches").get(0).get("actions")).add("no-such-action");
    tree.put("framework", "no-such-framework");
    ReadResult<ApproachCatalogue> read = JSON.read(tree.toString(), DocumentType.APPROACH_CATALOGUE);
    assertThat(read.getIssues()).isEmpty();
    ApproachCatalogue catalogue = read.getDocument().orElseThrow();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FrameworkRegistry.of(Frameworks.aba2020()).with(catalogue))
        .withMessageContaining("'no-such-framework', which is not registered");
  }

  @Test
  void catalogue_brokenRules_areReportedAtTheirPointers() {
    ObjectNode tree = tree(Frameworks.aba2020Approaches());
    ArrayNode approaches = (ArrayNode) tree.get("approaches");
    ((ObjectNode) approaches.get(3)).put("id", "shared-lives");
    ((ObjectNode) approaches.get(5)).put("evidence", "");
    ((ArrayNode) approaches.get(6).get("actions")).add("share-power").add("share-power");
    assertThat(JSON.read(tree.toString(), DocumentType.APPROACH_CATALOGUE).getIssues())
        .extracting(Issue::getPath, Issue::getCode)
        .containsExactly(tuple("/approaches/5/evidence", IssueCode.BLANK_TEXT));
    // binding stops at the first value that breaks a rule: the approach, then the catalogue
    ((ObjectNode) approaches.get(5)).put("evidence", "Counts.");
    assertThat(JSON.read(tree.toString(), DocumentType.APPROACH_CATALOGUE).getIssues())
        .extracting(Issue::getPath, Issue::getCode, Issue::getMessage)
        .containsExactly(tuple("/approaches/6/actions/3", IssueCode.INVALID_FRAMEWORK,
            "approach 'time-banking' names action 'share-power' more than once"));
    ((ArrayNode) approaches.get(6).get("actions")).remove(3);
    assertThat(JSON.read(tree.toString(), DocumentType.APPROACH_CATALOGUE).getIssues())
        .extracting(Issue::getPath, Issue::getCode)
        .containsExactly(tuple("/approaches/3/id", IssueCode.INVALID_FRAMEWORK));
  }

  @Test
  void catalogue_structuralBreaks_haveTheirCodes() {
    ObjectNode tree = tree(OutcomeDocuments.localCatalogue());
    tree.remove("schemaVersion");
    ((ArrayNode) tree.get("approaches").get(0).get("actions")).removeAll();
    ((ObjectNode) tree.get("approaches").get(0)).put("id", "Street Audits");
    tree.put("colour", "blue");
    assertThat(JSON.read(tree.toString(), DocumentType.APPROACH_CATALOGUE).getIssues())
        .extracting(Issue::getPath, Issue::getCode)
        .containsExactlyInAnyOrder(
            tuple("/schemaVersion", IssueCode.MISSING_FIELD),
            tuple("/approaches/0/id", IssueCode.INVALID_VALUE),
            tuple("/approaches/0/actions", IssueCode.VALUE_OUT_OF_RANGE),
            tuple("/colour", IssueCode.UNKNOWN_FIELD));
    ObjectNode empty = tree(OutcomeDocuments.localCatalogue());
    ((ArrayNode) empty.get("approaches")).removeAll();
    empty.put("schemaVersion", 2);
    assertThat(JSON.read(empty.toString(), DocumentType.APPROACH_CATALOGUE).getIssues())
        .extracting(Issue::getPath, Issue::getCode)
        .containsExactly(tuple("/schemaVersion", IssueCode.UNSUPPORTED_SCHEMA_VERSION),
            tuple("/approaches", IssueCode.VALUE_OUT_OF_RANGE));
  }

  @Test
  void catalogue_readAndRegistered_checksTheApproachesOfALocalFramework() {
    ApproachCatalogue catalogue = JSON.read(JSON.write(OutcomeDocuments.localCatalogue()),
        DocumentType.APPROACH_CATALOGUE).getDocument().orElseThrow();
    AbaJson local = AbaJson.builder()
        .registry(FrameworkRegistry.builtIn().with(OutcomeDocuments.localFramework())
            .with(catalogue))
        .build();
    Assessment assessment = Assessment.builder()
        .framework("kirkby-local-2026")
        .area(Area.of("E08000011", "Knowsley"))
        .assessedOn(LocalDate.of(2026, 5, 1))
        .addRatings(Rating.of("map-assets", 2, Evidence.builder().kind(EvidenceKind.PROCESSES)
            .summary("Audit of Park Street").approach("street-audits").build()))
        .build();
    assertThat(local.read(JSON.write(assessment), DocumentType.ASSESSMENT).getIssues()).isEmpty();
    assertThat(JSON.read(JSON.write(assessment), DocumentType.ASSESSMENT).getIssues())
        .extracting(Issue::getPath).containsExactly("/framework");
    AbaJson withoutCatalogue = AbaJson.builder()
        .registry(FrameworkRegistry.builtIn().with(OutcomeDocuments.localFramework())).build();
    assertThat(withoutCatalogue.read(JSON.write(assessment), DocumentType.ASSESSMENT).getIssues())
        .extracting(Issue::getPath, Issue::getMessage)
        .containsExactly(tuple("/ratings/0/evidence/0/approach", "names an approach, but framework"
            + " 'kirkby-local-2026' has no catalogue of approaches"));
  }
}
