package org.assetbasedarea.aba.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.assessment.ConsistentAssessment;
import org.assetbasedarea.aba.assessment.MaxChars;
import org.assetbasedarea.aba.assessment.WebUri;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.FrameworkRegistry;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.assetbasedarea.aba.issues.PlainText;
import org.assetbasedarea.aba.issues.VisibleText;
import org.assetbasedarea.aba.outcomes.AscofAnswers;
import org.assetbasedarea.aba.outcomes.ConsistentOutcomeData;
import org.assetbasedarea.aba.outcomes.LonelinessAnswers;
import org.assetbasedarea.aba.outcomes.Ons4Answers;
import org.assetbasedarea.aba.outcomes.OutcomeData;
import org.assetbasedarea.aba.plan.ConsistentPlan;
import org.assetbasedarea.aba.plan.Plan;
import org.assetbasedarea.aba.scoring.ScoreReport;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jspecify.annotations.Nullable;

/**
 * The one validator entry point: checks any document of the library (an assessment, outcome
 * inputs, a plan) and returns every issue at once, each with a JSON Pointer, a stable {@link IssueCode} and
 * an English message, in document order. It never throws for bad data.
 *
 * <p>A valid assessment, and valid outcome data, are answered by a hand-written check of the same
 * rules; Hibernate Validator is bootstrapped (a few hundred milliseconds) only when a document
 * needs it: any other document type, or an assessment or outcome data with an issue to report. So
 * build one validator and share it: {@link #shared()} is a lazily built instance over the built-in
 * frameworks, and every instance is thread-safe.
 */
public final class AbaValidator {
  /**
   * What {@link #validate(Object)} accepts: the library's documents and their parts, that is the
   * value types of these packages (one type from each names it).
   */
  private static final Set<String> MODEL_PACKAGES = Set.of(
      Assessment.class.getPackageName(), OutcomeData.class.getPackageName(),
      Framework.class.getPackageName(), ScoreReport.class.getPackageName(),
      Plan.class.getPackageName());

  private final FrameworkRegistry registry;
  private final ConsistentAssessment.Validator assessmentRules;
  private final ConsistentOutcomeData.Validator outcomeRules;
  private final ConsistentPlan.Validator planRules;
  private volatile @Nullable Validator validator;

  private AbaValidator(FrameworkRegistry registry) {
    this.registry = registry;
    this.assessmentRules = new ConsistentAssessment.Validator(registry);
    this.outcomeRules = new ConsistentOutcomeData.Validator(registry);
    this.planRules = new ConsistentPlan.Validator(registry);
  }

  /** Hibernate Validator, bootstrapped on first use (cold start of a valid assessment skips it). */
  private Validator validator() {
    Validator current = validator;
    if (current == null) {
      synchronized (this) {
        current = validator;
        if (current == null) {
          current = bootstrap();
          validator = current;
        }
      }
    }
    return current;
  }

  /**
   * Hibernate Validator announces itself once per JVM at INFO ("HV000001: Hibernate Validator
   * ...") through java.util.logging when no other logging framework is present, which by default
   * prints it on standard error. A library should not: before bootstrapping, that one logger is
   * set to WARNING unless the caller has configured it. Held here because java.util.logging keeps
   * loggers only weakly.
   */
  private static final class VersionLog {
    // in a holder: java.util.logging starts (tens of milliseconds cold) only when bootstrapping
    static final Logger LOGGER = Logger.getLogger("org.hibernate.validator.internal.util.Version");
  }

  private static Validator bootstrap() {
    synchronized (VersionLog.LOGGER) {
      if (VersionLog.LOGGER.getLevel() == null) {
        VersionLog.LOGGER.setLevel(Level.WARNING);
      }
    }
    HibernateValidatorConfiguration configuration =
        Validation.byProvider(HibernateValidator.class).configure();
    // The class-level rules (ConsistentAssessment, ConsistentOutcomeData, ConsistentPlan) are run
    // directly, as
    // issues (see validate): Hibernate Validator would keep their violations in a hash set whose
    // hash ignores list indexes, so n of them cost time quadratic in n.
    ConstraintMapping mapping = configuration.createConstraintMapping();
    mapping.type(Assessment.class).ignoreAnnotations(true);
    mapping.type(OutcomeData.class).ignoreAnnotations(true);
    mapping.type(Plan.class).ignoreAnnotations(true);
    ValidatorFactory factory = configuration
        .messageInterpolator(new ParameterMessageInterpolator())
        .addMapping(mapping)
        .buildValidatorFactory();
    return factory.getValidator();
  }

  private static final class Shared {
    static final AbaValidator INSTANCE = new AbaValidator(FrameworkRegistry.builtIn());
  }

  /** @return the shared validator over the built-in frameworks, built on first use */
  public static AbaValidator shared() {
    return Shared.INSTANCE;
  }

  /**
   * Builds a validator that resolves frameworks in a registry. Build it once and share it.
   *
   * @param registry the frameworks assessments may name
   * @return the validator
   */
  public static AbaValidator create(FrameworkRegistry registry) {
    return new AbaValidator(Objects.requireNonNull(registry, "registry"));
  }

  /** @return the frameworks this validator resolves assessments against */
  public FrameworkRegistry getRegistry() {
    return registry;
  }

  /**
   * Checks a document.
   *
   * @param document a document of the library (an assessment, outcome data, a plan, a framework,
   *     a score report, progress or an outcome report) or a part of one (a rating, say: paths are then
   *     relative to it)
   * @return the issues in document order, at most {@link Issue#MAX_PER_DOCUMENT} of them and then,
   *     when more were found, one {@link IssueCode#TOO_MANY_ISSUES} issue saying how many more;
   *     empty when the document is valid
   * @throws NullPointerException when {@code document} is null
   * @throws IllegalArgumentException when {@code document} is not a value of the library's model
   *     (a programming error: there would be nothing to validate)
   */
  public List<Issue> validate(Object document) {
    List<Issue> issues = validateAll(document);
    return issues.size() > Issue.MAX_PER_DOCUMENT ? capped(issues) : issues;
  }

  /**
   * Checks a document and returns every issue, however many: for a caller that merges them with
   * issues of its own and caps the whole (the JSON reader does). Time and memory are linear in
   * the size of the document.
   *
   * @param document a document of the library or a part of one, as for {@link #validate}
   * @return every issue, in document order; empty when the document is valid
   * @throws NullPointerException when {@code document} is null
   * @throws IllegalArgumentException when {@code document} is not a value of the library's model
   */
  public List<Issue> validateAll(Object document) {
    requireDocument(document);
    if (isCertainlyValid(document)) {
      return List.of();
    }
    Set<ConstraintViolation<Object>> violations = validator().validate(document);
    List<Issue> rules = crossFieldIssues(document);
    if (violations.isEmpty() && rules.isEmpty()) {
      return List.of();
    }
    List<Issue> issues = new ArrayList<>(violations.size() + rules.size());
    for (ConstraintViolation<Object> violation : violations) {
      issues.add(toIssue(violation));
    }
    issues.addAll(rules);
    return sorted(issues);
  }

  /** The class-level rules of a document, which Hibernate Validator is configured not to run. */
  private List<Issue> crossFieldIssues(Object document) {
    if (document instanceof Assessment) {
      return assessmentRules.issues((Assessment) document);
    }
    if (document instanceof OutcomeData) {
      return outcomeRules.issues((OutcomeData) document);
    }
    if (document instanceof Plan) {
      return planRules.issues((Plan) document);
    }
    return List.of();
  }

  /** Issues in document order. */
  private static List<Issue> sorted(List<Issue> issues) {
    List<Keyed> keyed = new ArrayList<>(issues.size());
    for (Issue issue : issues) {
      keyed.add(new Keyed(Pointers.key(issue.getPath()), issue));
    }
    keyed.sort(Keyed.ORDER);
    List<Issue> result = new ArrayList<>(keyed.size());
    for (Keyed k : keyed) {
      result.add(k.issue);
    }
    return List.copyOf(result);
  }

  /**
   * Keeps the first {@link Issue#MAX_PER_DOCUMENT} of issues in the order given, then one {@link
   * IssueCode#TOO_MANY_ISSUES} issue at the whole document saying how many more there were.
   */
  static List<Issue> capped(List<Issue> issues) {
    int kept = Math.min(issues.size(), Issue.MAX_PER_DOCUMENT);
    List<Issue> result = new ArrayList<>(issues.subList(0, kept));
    int more = issues.size() - kept;
    if (more > 0) {
      result.add(Issue.tooMany(more));
    }
    return List.copyOf(result);
  }

  /** An issue with its pointer's sort key, computed once (sorting compares each many times). */
  private static final class Keyed {
    static final Comparator<Keyed> ORDER =
        Comparator.<Keyed, List<String>>comparing(k -> k.key, Pointers.KEY_ORDER)
            .thenComparing(k -> k.issue.getCode())
            .thenComparing(k -> k.issue.getMessage());

    final List<String> key;
    final Issue issue;

    Keyed(List<String> key, Issue issue) {
      this.key = key;
      this.issue = issue;
    }
  }

  /**
   * Whether a document is valid.
   *
   * @param document a document of the library, as for {@link #validate(Object)}
   * @return true when {@link #validate(Object)} finds no issue
   * @throws NullPointerException when {@code document} is null
   * @throws IllegalArgumentException when {@code document} is not a document of the library
   */
  public boolean isValid(Object document) {
    requireDocument(document);
    if (isCertainlyValid(document)) {
      return true;
    }
    return validator().validate(document).isEmpty() && crossFieldIssues(document).isEmpty();
  }

  /**
   * Whether a hand-written check of the same constraints finds a document valid, without
   * Hibernate Validator: for an assessment and for outcome data; false for any other document.
   */
  private boolean isCertainlyValid(Object document) {
    if (document instanceof Assessment) {
      return AssessmentFastPath.isCertainlyValid((Assessment) document, registry);
    }
    return document instanceof OutcomeData
        && OutcomeFastPath.isCertainlyValid((OutcomeData) document, registry);
  }

  private static void requireDocument(Object document) {
    Objects.requireNonNull(document, "document");
    Class<?> type = document.getClass();
    // Every value of the model is built by its builder, so it is an instance of the generated
    // ImmutableX of a model package; services (Scorer, FrameworkRegistry), enums and foreign
    // objects are not.
    if (!MODEL_PACKAGES.contains(type.getPackageName())
        || !type.getSimpleName().startsWith("Immutable")) {
      throw new IllegalArgumentException("not a document of the library, nor a part of one: "
          + type.getName());
    }
  }

  static Issue toIssue(ConstraintViolation<?> violation) {
    String path = Pointers.fromPath(violation.getPropertyPath());
    return Issue.of(path, codeOf(violation, path), violation.getMessage());
  }

  static IssueCode codeOf(ConstraintViolation<?> violation, String path) {
    HibernateConstraintViolation<?> hibernate =
        violation.unwrap(HibernateConstraintViolation.class);
    IssueCode dynamic = hibernate.getDynamicPayload(IssueCode.class);
    if (dynamic != null) {
      return dynamic;
    }
    Class<? extends Annotation> type =
        violation.getConstraintDescriptor().getAnnotation().annotationType();
    String leaf = path.substring(path.lastIndexOf('/') + 1);
    if (type == VisibleText.class) {
      return IssueCode.BLANK_TEXT;
    }
    if (type == PlainText.class) {
      return IssueCode.DISALLOWED_CHARACTER;
    }
    if (type == MaxChars.class) {
      return IssueCode.TEXT_TOO_LONG;
    }
    if (type == WebUri.class) {
      return IssueCode.INVALID_SOURCE_URI;
    }
    if (type == Size.class) { // only on lists: texts use @MaxChars
      return "evidence".equals(leaf) ? IssueCode.TOO_MANY_EVIDENCE_ITEMS : IssueCode.VALUE_OUT_OF_RANGE;
    }
    if (type == Min.class || type == Max.class) {
      Object bean = violation.getLeafBean();
      if (bean instanceof Ons4Answers || bean instanceof LonelinessAnswers
          || bean instanceof AscofAnswers) {
        return IssueCode.ANSWER_OUT_OF_RANGE;
      }
      switch (leaf) {
        case "rating":
        case "baseline":
        case "target":
          return IssueCode.RATING_OUT_OF_RANGE;
        case "count":
          return IssueCode.COUNT_OUT_OF_RANGE;
        default:
          return IssueCode.VALUE_OUT_OF_RANGE;
      }
    }
    return IssueCode.CONSTRAINT_VIOLATED;
  }
}
