package org.assetbasedarea.aba.json;

import java.util.ArrayList;
import java.util.List;
import org.assetbasedarea.aba.framework.ApproachCatalogue;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.InvalidFrameworkException;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stages of reading that decide whether a text is an aba value at all, before any cross-field
 * rule: parsing under {@link ReadLimits} (duplicate keys, encodings, limits), the published schema
 * (or one part of it), and binding through the contract's mix-ins. {@link AbaJson#read} runs them
 * and then the validator; {@link AbaModule} runs exactly them, whatever mapper it is registered
 * with. What they report is what this library calls a structural issue.
 */
final class StructuralReader {
  private final ReadLimits limits;
  private final JsonFactory factory;
  private final FastAssessmentRead fastAssessments;
  /** Built on first need: a valid assessment is read without any mapper (a faster cold start). */
  private volatile @Nullable JsonMapper mapper;

  StructuralReader(ReadLimits limits) {
    this.limits = limits;
    this.factory = LocatedTree.factory(limits);
    this.fastAssessments = new FastAssessmentRead(factory, limits);
  }

  /**
   * The fast path for assessments under these limits: a certainly valid assessment (structure
   * and cross-field rules), or null when the stages must decide.
   */
  FastAssessmentRead fastAssessments() {
    return fastAssessments;
  }

  /** @return the strict mapper with the contract's mix-ins (and no strict deserializers) */
  JsonMapper mapper() {
    JsonMapper built = mapper;
    if (built == null) {
      synchronized (this) {
        built = mapper;
        if (built == null) {
          built = AbaJson.strictMapper(JsonMapper.builder(factory).addModule(new ContractModule()));
          mapper = built;
        }
      }
    }
    return built;
  }

  /**
   * Reads a text as a value of a type.
   *
   * @param json UTF-8 bytes
   * @param type the Java type to bind
   * @param schema the schema (part) the text must satisfy, or null for a type without one
   */
  <T> Structure<T> read(byte[] json, Class<T> type, @Nullable SchemaCheck schema) {
    Structure<T> result = new Structure<>(LocatedTree.parse(factory, limits, json));
    LocatedTree tree = result.tree();
    JsonNode root = tree.root();
    for (Issue issue : tree.issues()) {
      result.add(issue);
    }
    if (root == null) {
      return result;
    }
    if (schema != null) {
      for (Issue issue : schema.check(root)) {
        if (!tree.isDamaged(issue.getPath())) {
          result.add(tree.locate(issue));
        }
      }
    }
    T document = null;
    try {
      document = mapper().treeToValue(root, type);
    } catch (JacksonException e) {
      // Binding refuses what the schema let through (an invariant of a value type) or what the
      // schema already reported; only the first case is news.
      if (result.issues().isEmpty()) {
        for (Issue issue : bindIssues(e, type)) {
          result.add(tree.locate(issue));
        }
      }
    }
    if (document == null && result.issues().isEmpty()) {
      result.add(Issue.of("", IssueCode.CONSTRAINT_VIOLATED, "could not be read").atLocation(1, 1));
    }
    result.bound(document);
    return result;
  }

  /**
   * Binds a tree that may not bind (what parsed of a document with structural issues, pruned):
   * null when it does not, which is an answer here, not a failure.
   */
  <T> @Nullable T bindOrNull(JsonNode tree, Class<T> type) {
    try {
      return mapper().treeToValue(tree, type);
    } catch (JacksonException e) {
      return null;
    }
  }

  private static List<Issue> bindIssues(JacksonException e, Class<?> type) {
    Throwable cause = e.getCause();
    if (e instanceof ValueInstantiationException && cause instanceof InvalidFrameworkException) {
      // Every broken framework rule, each at its pointer: the exception's pointers are relative
      // to the value being built, which is at the exception's path.
      String base = pointer(e);
      List<Issue> issues = new ArrayList<>();
      for (Issue issue : ((InvalidFrameworkException) cause).getIssues()) {
        issues.add(Issue.builder().from(issue).path(base + issue.getPath()).build());
      }
      return issues;
    }
    return List.of(bindIssue(e, type));
  }

  private static Issue bindIssue(JacksonException e, Class<?> type) {
    String path = pointer(e);
    Throwable cause = e.getCause();
    if (e instanceof ValueInstantiationException) {
      // Thrown when building a value breaks its invariant (@Value.Check): those messages name
      // ids and numbers, never the document's free text.
      String why = cause instanceof IllegalArgumentException
          ? String.valueOf(cause.getMessage()) : "a required value is missing";
      if (type == Framework.class || type == ApproachCatalogue.class) {
        return Issue.of(path, IssueCode.INVALID_FRAMEWORK, "breaks a framework rule: " + why);
      }
      return Issue.of(path, IssueCode.CONSTRAINT_VIOLATED, "is inconsistent: " + why);
    }
    if (e instanceof UnrecognizedPropertyException) {
      return Issue.of(path, IssueCode.UNKNOWN_FIELD, "is not a field of this document");
    }
    if (e instanceof InvalidFormatException
        && ((InvalidFormatException) e).getValue() instanceof Number) {
      return Issue.of(path, IssueCode.WRONG_TYPE, "must be an integer, without a fraction part");
    }
    if (e instanceof InvalidFormatException) {
      return Issue.of(path, IssueCode.INVALID_VALUE, "is not a valid value here");
    }
    String message = String.valueOf(e.getMessage());
    if (message.contains("schemaVersion")) {
      return Issue.of("/schemaVersion", IssueCode.UNSUPPORTED_SCHEMA_VERSION,
          "must be 1: this library reads schemaVersion 1");
    }
    if (e instanceof InputCoercionException) {
      // an integer beyond the Java type's range (a count of 10^20, say)
      return Issue.of(path, IssueCode.VALUE_OUT_OF_RANGE, "is a number too large for this field");
    }
    if (e instanceof MismatchedInputException) {
      return Issue.of(path, IssueCode.WRONG_TYPE, "has the wrong type");
    }
    return Issue.of(path, IssueCode.CONSTRAINT_VIOLATED, "is not a valid value here");
  }

  private static String pointer(JacksonException e) {
    StringBuilder pointer = new StringBuilder();
    for (JacksonException.Reference reference : e.getPath()) {
      if (reference.getPropertyName() != null) {
        pointer.append('/').append(Pointers.escape(reference.getPropertyName()));
      } else if (reference.getIndex() >= 0) {
        pointer.append('/').append(reference.getIndex());
      }
    }
    return pointer.toString();
  }
}
