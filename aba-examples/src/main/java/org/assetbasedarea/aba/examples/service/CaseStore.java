package org.assetbasedarea.aba.examples.service;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.assetbasedarea.aba.assessment.AreaCode;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.json.AbaJson;
import org.assetbasedarea.aba.json.DocumentType;
import org.assetbasedarea.aba.json.ReadResult;
import org.assetbasedarea.aba.scoring.ScoreReport;
import org.assetbasedarea.aba.scoring.Scorer;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The documents in PostgreSQL, over Spring's {@link JdbcClient}: one table per kind, the document
 * as {@code jsonb} in {@code body}, an assessment's score report in {@code score}, and a version
 * for optimistic concurrency.
 *
 * <p><strong>Nothing invalid is stored.</strong> The HTTP layer refuses invalid documents before a
 * controller runs (aba-spring-boot's converter); this store checks every document again with the
 * application's plain Jakarta {@link Validator} (Spring Boot's, which resolves frameworks in the
 * application's registry, so it knows local frameworks too) and stores nothing that has a
 * violation, whoever calls it. The tables' checks hold the key columns to the document. Every read
 * checks the stored JSON with {@code AbaJson} (a column edited by hand is reported, never served as
 * valid).
 */
@Repository
class CaseStore {
  private final JdbcClient jdbc;
  private final AbaJson json;
  private final Scorer scorer;
  private final Validator validator;

  CaseStore(JdbcClient jdbc, AbaJson json, Scorer scorer, Validator validator) {
    this.jdbc = jdbc;
    this.json = json;
    this.scorer = scorer;
    this.validator = validator;
  }

  /**
   * Stores a new document, version 1.
   *
   * @param kind its kind
   * @param document a valid document
   * @param <T> its type
   * @return the document as stored
   * @throws DuplicateKeyException when a document with its key is stored already
   * @throws IllegalArgumentException when the document is not valid (nothing is stored)
   */
  <T> Stored<T> create(DocumentKind<T> kind, T document) {
    DocumentKey key = kind.keyOf(document);
    String body = checked(kind, document);
    StringBuilder columns = new StringBuilder("area_code");
    StringBuilder values = new StringBuilder(":area");
    for (int i = 0; i < kind.keyColumns().size(); i++) {
      columns.append(", ").append(kind.keyColumns().get(i));
      values.append(", :k").append(i);
    }
    columns.append(", body");
    values.append(", CAST(:body AS jsonb)");
    JdbcClient.StatementSpec insert;
    if (kind == DocumentKind.ASSESSMENT) {
      columns.append(", score");
      values.append(", CAST(:score AS jsonb)");
      insert = jdbc.sql("INSERT INTO " + kind.table() + " (" + columns + ") VALUES (" + values
          + ") RETURNING version").param("score", scoreOf((Assessment) document));
    } else {
      insert = jdbc.sql("INSERT INTO " + kind.table() + " (" + columns + ") VALUES (" + values
          + ") RETURNING version");
    }
    long version = keyParams(insert, key).param("body", body).query(Long.class).single();
    return new Stored<>(document, version);
  }

  /**
   * Replaces a stored document when its version is one of those given (the If-Match of the
   * request), as one statement: of two concurrent updates from the same version, exactly one
   * matches; the other finds the new version and changes nothing.
   *
   * @param kind its kind
   * @param document the new document, with the key of the one it replaces
   * @param versions the versions it may replace
   * @param <T> its type
   * @return the document as stored, or empty when no stored document has its key and one of the
   *     versions
   * @throws IllegalArgumentException when the document is not valid (nothing is stored)
   */
  <T> Optional<Stored<T>> update(DocumentKind<T> kind, T document, Collection<Long> versions) {
    DocumentKey key = kind.keyOf(document);
    String body = checked(kind, document);
    String set = "body = CAST(:body AS jsonb), version = version + 1, updated_at = now()";
    JdbcClient.StatementSpec update;
    if (kind == DocumentKind.ASSESSMENT) {
      update = jdbc.sql("UPDATE " + kind.table() + " SET " + set + ", score = CAST(:score AS jsonb)"
          + " WHERE " + where(kind) + " AND version = ANY(:versions) RETURNING version")
          .param("score", scoreOf((Assessment) document));
    } else {
      update = jdbc.sql("UPDATE " + kind.table() + " SET " + set
          + " WHERE " + where(kind) + " AND version = ANY(:versions) RETURNING version");
    }
    Optional<Long> version = keyParams(update, key).param("body", body)
        .param("versions", versions.toArray(new Long[0])).query(Long.class).optional();
    return version.map(v -> new Stored<>(document, v));
  }

  /**
   * @param key a document's key
   * @return its current version, or empty when no document has the key
   */
  Optional<Long> version(DocumentKey key) {
    return keyParams(jdbc.sql("SELECT version FROM " + key.kind().table() + " WHERE "
        + where(key.kind())), key).query(Long.class).optional();
  }

  /**
   * @param kind the kind
   * @param key the document's key, of that kind
   * @param <T> its type
   * @return the stored document, or empty when none has the key
   * @throws CorruptDocumentException when the stored JSON is no longer a valid document
   */
  <T> Optional<Stored<T>> find(DocumentKind<T> kind, DocumentKey key) {
    return keyParams(jdbc.sql("SELECT body::text AS body, version FROM " + kind.table()
        + " WHERE " + where(kind)), key)
        .query((rs, row) -> new Stored<>(
            read(kind.type(), rs.getString("body"), kind + " " + key.describe()),
            rs.getLong("version")))
        .optional();
  }

  /**
   * Every document of a kind of one area, oldest key first.
   *
   * @param kind the kind
   * @param area the area
   * @param <T> the document type
   * @return the documents
   */
  <T> List<T> all(DocumentKind<T> kind, AreaCode area) {
    return jdbc.sql("SELECT body::text AS body FROM " + kind.table() + " WHERE area_code = :area"
        + " ORDER BY " + String.join(", ", kind.keyColumns()))
        .param("area", area.toString())
        .query((rs, row) -> read(kind.type(), rs.getString("body"), kind + " of " + area))
        .list();
  }

  /**
   * The stored score report of an assessment, computed when it was written.
   *
   * @param key the assessment's key
   * @return the report, or empty when no such assessment is stored
   */
  Optional<ScoreReport> score(DocumentKey key) {
    return keyParams(jdbc.sql("SELECT score::text AS score FROM assessments WHERE "
        + where(DocumentKind.ASSESSMENT)), key)
        .query((rs, row) -> read(DocumentType.SCORE_REPORT, rs.getString("score"),
            "score report of the assessment " + key.describe()))
        .optional();
  }

  /**
   * @param area an area
   * @return its assessments, oldest first, as summaries read from the stored score reports
   */
  List<Summaries.Assessment> assessments(AreaCode area) {
    return jdbc.sql("SELECT assessed_on, version, body ->> 'framework' AS framework,"
        + " score ->> 'status' AS status, score #>> '{overall,percentage}' AS percentage,"
        + " score #>> '{overall,band}' AS band FROM assessments WHERE area_code = :area"
        + " ORDER BY assessed_on")
        .param("area", area.toString())
        .query((rs, row) -> Summaries.Assessment.of(area, date(rs, "assessed_on"),
            rs.getLong("version"), string(rs, "framework"), string(rs, "status"),
            decimal(rs, "percentage"), rs.getString("band")))
        .list();
  }

  /**
   * @param area an area
   * @return its outcome data, earliest period first, as summaries
   */
  List<Summaries.OutcomeData> outcomeData(AreaCode area) {
    return jdbc.sql("SELECT period_start, period_end, version, body ->> 'framework' AS framework,"
        + " jsonb_array_length(body -> 'responses') AS responses FROM outcome_data"
        + " WHERE area_code = :area ORDER BY period_start, period_end")
        .param("area", area.toString())
        .query((rs, row) -> Summaries.OutcomeData.of(area, date(rs, "period_start"),
            date(rs, "period_end"), rs.getLong("version"), string(rs, "framework"),
            rs.getInt("responses")))
        .list();
  }

  /**
   * @param area an area
   * @return its plans, earliest first, as summaries
   */
  List<Summaries.Plan> plans(AreaCode area) {
    return jdbc.sql("SELECT starts_on, version, body ->> 'framework' AS framework,"
        + " body ->> 'kind' AS kind, body ->> 'title' AS title, body ->> 'endsOn' AS ends_on"
        + " FROM plans WHERE area_code = :area ORDER BY starts_on")
        .param("area", area.toString())
        .query((rs, row) -> Summaries.Plan.of(area, date(rs, "starts_on"), rs.getLong("version"),
            string(rs, "framework"), string(rs, "kind"), string(rs, "title"),
            LocalDate.parse(string(rs, "ends_on"))))
        .list();
  }

  /**
   * Every area with a stored document, by code: named by its latest document (the latest
   * assessment date, period end or plan start), with its counts and latest assessment's result.
   *
   * @param only the one area wanted, or null for all
   * @return the areas
   */
  List<Summaries.Area> areas(@Nullable AreaCode only) {
    String sql = "WITH docs AS ("
        + " SELECT area_code, body #>> '{area,name}' AS name, assessed_on AS dated, 1 AS kind FROM assessments"
        + " UNION ALL SELECT area_code, body #>> '{area,name}', period_end, 2 FROM outcome_data"
        + " UNION ALL SELECT area_code, body #>> '{area,name}', starts_on, 3 FROM plans),"
        + " latest AS (SELECT DISTINCT ON (area_code) area_code, assessed_on,"
        + "   score #>> '{overall,percentage}' AS percentage, score #>> '{overall,band}' AS band"
        + "   FROM assessments ORDER BY area_code, assessed_on DESC)"
        + " SELECT d.area_code, (array_agg(d.name ORDER BY d.dated DESC, d.kind))[1] AS name,"
        + "   count(*) FILTER (WHERE d.kind = 1) AS assessments,"
        + "   count(*) FILTER (WHERE d.kind = 2) AS outcome_data,"
        + "   count(*) FILTER (WHERE d.kind = 3) AS plans,"
        + "   l.assessed_on, l.percentage, l.band"
        + " FROM docs d LEFT JOIN latest l USING (area_code)"
        + (only == null ? "" : " WHERE d.area_code = :area")
        + " GROUP BY d.area_code, l.assessed_on, l.percentage, l.band ORDER BY d.area_code";
    JdbcClient.StatementSpec query = jdbc.sql(sql);
    if (only != null) {
      query = query.param("area", only.toString());
    }
    return query.query((rs, row) -> {
      AreaCode code = AreaCode.of(string(rs, "area_code"));
      LocalDate latest = rs.getObject("assessed_on", LocalDate.class);
      return Summaries.Area.of(code, string(rs, "name"), rs.getInt("assessments"),
          rs.getInt("outcome_data"), rs.getInt("plans"),
          latest == null ? null : new Summaries.LatestAssessment(latest,
              decimal(rs, "percentage"), rs.getString("band")));
    }).list();
  }

  // -- helpers ------------------------------------------------------------------------------

  /**
   * The document's JSON (as {@code AbaJson} writes it), when the application's Jakarta Validator
   * finds no violation; otherwise nothing is stored.
   *
   * @throws IllegalArgumentException listing every violation, as {@code path: message}
   */
  private <T> String checked(DocumentKind<T> kind, T document) {
    Set<ConstraintViolation<T>> violations = validator.validate(document);
    if (!violations.isEmpty()) {
      Set<String> messages = new TreeSet<>();
      for (ConstraintViolation<T> violation : violations) {
        messages.add(violation.getPropertyPath() + ": " + violation.getMessage());
      }
      throw new IllegalArgumentException("not stored: the " + kind + " "
          + kind.keyOf(document).describe() + " is not valid: " + String.join("; ", messages));
    }
    return json.writeString(document);
  }

  private String scoreOf(Assessment assessment) {
    return json.writeString(scorer.score(assessment));
  }

  private <T> T read(DocumentType<T> type, String stored, String what) {
    ReadResult<T> read = json.read(stored, type);
    return read.getDocument().orElseThrow(() -> new CorruptDocumentException(
        "the stored " + what + " is no longer a valid document: " + read.getIssues()));
  }

  private static String where(DocumentKind<?> kind) {
    StringBuilder where = new StringBuilder("area_code = :area");
    for (int i = 0; i < kind.keyColumns().size(); i++) {
      where.append(" AND ").append(kind.keyColumns().get(i)).append(" = :k").append(i);
    }
    return where.toString();
  }

  private static JdbcClient.StatementSpec keyParams(JdbcClient.StatementSpec spec, DocumentKey key) {
    JdbcClient.StatementSpec bound = spec.param("area", key.area().toString());
    List<LocalDate> dates = new ArrayList<>(key.dates());
    for (int i = 0; i < dates.size(); i++) {
      bound = bound.param("k" + i, dates.get(i));
    }
    return bound;
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    LocalDate date = rs.getObject(column, LocalDate.class);
    if (date == null) {
      throw new SQLException(column + " is null");
    }
    return date;
  }

  private static String string(ResultSet rs, String column) throws SQLException {
    String value = rs.getString(column);
    if (value == null) {
      throw new SQLException(column + " is null");
    }
    return value;
  }

  private static @Nullable BigDecimal decimal(ResultSet rs, String column) throws SQLException {
    String value = rs.getString(column);
    return value == null ? null : new BigDecimal(value);
  }
}
