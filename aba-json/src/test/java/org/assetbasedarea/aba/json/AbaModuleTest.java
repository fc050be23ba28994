package org.assetbasedarea.aba.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Random;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.assetbasedarea.aba.scoring.GroupingScore;
import org.assetbasedarea.aba.testing.AssessmentGenerator;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson module on its own, as a council system's mapper would use it. */
class AbaModuleTest {
  private static final Assessment ASSESSMENT =
      AssessmentGenerator.completeAssessment(new Random(AssessmentGenerator.BASE_SEED));

  @Test
  void findAndAddModules_findsTheModule_andWritesTheContract() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    assertThat(mapper.registeredModules()).anySatisfy(
        module -> assertThat(module).isInstanceOf(AbaModule.class));
    String json = mapper.writeValueAsString(ASSESSMENT);
    assertThat(json).isEqualTo(AbaJson.standard().writeString(ASSESSMENT));
    assertThat(mapper.readValue(json, Assessment.class)).isEqualTo(ASSESSMENT);
  }

  @Test
  void plainMapperWithModule_requiresSchemaVersion1() {
    JsonMapper mapper = JsonMapper.builder().addModule(new AbaModule()).build();
    String json = AbaJson.standard().writeString(ASSESSMENT);
    assertThatThrownBy(() -> mapper.readValue(json.replace("\"schemaVersion\":1,", ""),
        Assessment.class)).isInstanceOf(JacksonException.class).hasMessageContaining("schemaVersion");
    assertThatThrownBy(() -> mapper.readValue(json.replace("\"schemaVersion\":1", "\"schemaVersion\":2"),
        Assessment.class)).isInstanceOf(JacksonException.class).hasMessageContaining("schemaVersion");
  }

  @Test
  void strictMapper_rejectsUnknownFieldsDuplicateKeysAndTrailingTokens() {
    JsonMapper mapper = AbaJson.standard().mapper();
    String json = AbaJson.standard().writeString(ASSESSMENT);
    assertThatThrownBy(() -> mapper.readValue(json.replaceFirst("\\{", "{\"extra\":1,"),
        Assessment.class)).isInstanceOf(JacksonException.class);
    assertThatThrownBy(() -> mapper.readValue(
        json.replaceFirst("\\{", "{\"framework\":\"aba-2020\","), Assessment.class))
        .isInstanceOf(JacksonException.class);
    assertThatThrownBy(() -> mapper.readValue(json + " 1", Assessment.class))
        .isInstanceOf(JacksonException.class);
    assertThatThrownBy(() -> mapper.readValue(
        json.replaceFirst("\"rating\":([0-9])", "\"rating\":\"$1\""), Assessment.class))
        .isInstanceOf(JacksonException.class);
    assertThat(mapper.readValue(json, Assessment.class)).isEqualTo(ASSESSMENT);
  }

  @Test
  void bigDecimalPercentages_areWrittenPlain_neverInExponentForm() {
    GroupingScore full = GroupingScore.builder().grouping("co-production").rated(3).actions(3)
        .percentage(new BigDecimal("1E+2")).band(org.assetbasedarea.aba.scoring.Band.ASSET_BASED)
        .build();
    String json = AbaJson.standard().mapper().writeValueAsString(full);
    assertThat(json).isEqualTo("{\"grouping\":\"co-production\",\"rated\":3,\"actions\":3,"
        + "\"percentage\":100.00,\"band\":\"ASSET_BASED\"}");
  }

  @Test
  void groupingWithNothingRated_writesNullPercentageAndBand() {
    GroupingScore none = GroupingScore.builder().grouping("strategic").rated(0).actions(4).build();
    assertThat(AbaJson.standard().mapper().writeValueAsString(none)).isEqualTo(
        "{\"grouping\":\"strategic\",\"rated\":0,\"actions\":4,\"percentage\":null,\"band\":null}");
    assertThat(AbaJson.standard().mapper().readValue(
        "{\"grouping\":\"strategic\",\"rated\":0,\"actions\":4,\"percentage\":null,\"band\":null}",
        GroupingScore.class)).isEqualTo(none);
  }

  @Test
  void issue_roundTrips_withAndWithoutLocation() {
    JsonMapper mapper = AbaJson.standard().mapper();
    Issue plain = Issue.of("/ratings/3/rating", IssueCode.RATING_OUT_OF_RANGE, "must be from 1 to 4");
    Issue located = plain.atLocation(12, 7);
    assertThat(mapper.writeValueAsString(plain)).isEqualTo("{\"path\":\"/ratings/3/rating\","
        + "\"code\":\"RATING_OUT_OF_RANGE\",\"message\":\"must be from 1 to 4\"}");
    assertThat(mapper.writeValueAsString(located)).endsWith(",\"line\":12,\"column\":7}");
    assertThat(mapper.readValue(mapper.writeValueAsString(plain), Issue.class)).isEqualTo(plain);
    assertThat(mapper.readValue(mapper.writeValueAsString(located), Issue.class)).isEqualTo(located);
  }

  @Test
  void write_rejectsObjectsThatAreNotDocuments() {
    assertThatThrownBy(() -> AbaJson.standard().write("text"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AbaJson.standard().write(Frameworks.aba2020().getActions().get(0)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * The exception's message goes to server logs (Spring Boot logs it): a field name cannot put a
   * control, separator or bidirectional character there, while getIssues() keeps it exact.
   */
  @Test
  void exceptionMessage_neutralisesControlCharactersOfFieldNames() {
    String name = "\u001b]0;pwned\u0007\u001b[2K\r\nWARN fake\u2028\u202e\u0085";
    String escaped = name.replace("\u001b", "\\u001b").replace("\u0007", "\\u0007")
        .replace("\r", "\\r").replace("\n", "\\n").replace("\u0085", "\\u0085");
    String json = "{\"" + escaped + "\":1," + AbaJson.standard().writeString(ASSESSMENT).substring(1);
    JsonMapper mapper = JsonMapper.builder().addModule(new AbaModule()).build();
    assertThatThrownBy(() -> mapper.readValue(json, Assessment.class))
        .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
          assertThat(e.getIssues()).extracting(Issue::getPath).contains("/" + name);
          assertThat(e.getOriginalMessage()).contains("/\\u001b]0;pwned")
              .doesNotContainPattern("[\\x00-\\x1f\\x7f-\\x9f\\u2028\\u2029\\u202a-\\u202e]");
        });
  }
}
