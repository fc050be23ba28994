package org.assetbasedarea.aba.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.framework.ApproachCatalogue;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.outcomes.OutcomeData;
import org.assetbasedarea.aba.outcomes.OutcomeReport;
import org.assetbasedarea.aba.plan.Plan;
import org.assetbasedarea.aba.scoring.Progress;
import org.assetbasedarea.aba.scoring.ScoreReport;

/**
 * A kind of JSON document the library reads and writes, with its Java type and its published JSON
 * Schema (draft 2020-12). The schemas ship in this jar under {@value #SCHEMA_RESOURCE_FOLDER} and
 * in the repository at {@code aba-json/src/main/resources/org/assetbasedarea/aba/json/schema/}.
 *
 * @param <T> the document's Java type
 */
public final class DocumentType<T> {
  /** The class-path folder of the schemas. */
  public static final String SCHEMA_RESOURCE_FOLDER = "org/assetbasedarea/aba/json/schema/";
  /** The prefix of every schema's {@code $id}. */
  public static final String SCHEMA_ID_PREFIX = "https://assetbasedarea.org/schema/aba/1/";

  /** An area's self-assessment (docs/contracts.md). */
  public static final DocumentType<Assessment> ASSESSMENT =
      new DocumentType<>("assessment", Assessment.class);
  /** A framework of actions in groupings, with outcomes and indicators. */
  public static final DocumentType<Framework> FRAMEWORK =
      new DocumentType<>("framework", Framework.class);

  /** The score of an assessment under a rule set (docs/contracts.md, docs/scoring.md). */
  public static final DocumentType<ScoreReport> SCORE_REPORT =
      new DocumentType<>("score-report", ScoreReport.class);
  /** The comparison of two score reports of one area (docs/contracts.md, docs/scoring.md). */
  public static final DocumentType<Progress> PROGRESS =
      new DocumentType<>("progress", Progress.class);
  /** An area's outcome inputs: people's answers and pre-aggregated figures. */
  public static final DocumentType<OutcomeData> OUTCOME_DATA =
      new DocumentType<>("outcome-data", OutcomeData.class);
  /** An area's outcome indicators with intervals, changes and disclosure-controlled values. */
  public static final DocumentType<OutcomeReport> OUTCOME_REPORT =
      new DocumentType<>("outcome-report", OutcomeReport.class);

  /** An area's improvement plan or 100-day challenge (docs/contracts.md, docs/plans.md). */
  public static final DocumentType<Plan> PLAN = new DocumentType<>("plan", Plan.class);
  /**
   * A catalogue of community approaches for one framework: what each approach is, the actions it
   * supports and what evidence of it looks like.
   */
  public static final DocumentType<ApproachCatalogue> APPROACH_CATALOGUE =
      new DocumentType<>("approach-catalogue", ApproachCatalogue.class);

  private static final List<DocumentType<?>> ALL = List.of(
      ASSESSMENT, SCORE_REPORT, FRAMEWORK, PROGRESS, OUTCOME_DATA, OUTCOME_REPORT, PLAN,
      APPROACH_CATALOGUE);

  private final String name;
  private final Class<T> javaType;

  private DocumentType(String name, Class<T> javaType) {
    this.name = name;
    this.javaType = javaType;
  }

  /** @return every document type, in a fixed order */
  public static List<DocumentType<?>> values() {
    return ALL;
  }

  /**
   * Looks a document type up by name.
   *
   * @param name a name such as {@code assessment} or {@code score-report}
   * @return the type
   * @throws IllegalArgumentException when no document type has that name
   */
  public static DocumentType<?> named(String name) {
    Objects.requireNonNull(name, "name");
    for (DocumentType<?> type : ALL) {
      if (type.name.equals(name)) {
        return type;
      }
    }
    throw new IllegalArgumentException("no document type is named '" + name + "'");
  }

  /** @return the name, such as {@code assessment}; the schema file is {@code NAME.schema.json} */
  public String getName() {
    return name;
  }

  /** @return the Java type of the document */
  public Class<T> getJavaType() {
    return javaType;
  }

  /** @return the schema's {@code $id}, such as {@code https://assetbasedarea.org/schema/aba/1/assessment.schema.json} */
  public String getSchemaId() {
    return SCHEMA_ID_PREFIX + name + ".schema.json";
  }

  /** @return the class-path resource of the schema, such as {@code org/assetbasedarea/aba/json/schema/assessment.schema.json} */
  public String getSchemaResource() {
    return SCHEMA_RESOURCE_FOLDER + name + ".schema.json";
  }

  /** @return the text of the published JSON Schema */
  public String getSchema() {
    // Through the class, not its loader: in a named module only the module itself reads its
    // resources.
    try (InputStream in = DocumentType.class.getResourceAsStream("/" + getSchemaResource())) {
      if (in == null) {
        throw new IllegalStateException("schema resource missing: " + getSchemaResource());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the name */
  @Override
  public String toString() {
    return name;
  }
}
