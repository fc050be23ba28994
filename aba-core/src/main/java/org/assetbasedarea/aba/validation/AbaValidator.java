package org.assetbasedarea.aba.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
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
import org.assetbasedarea.aba.outcomes.AscofAnswers;
import org.assetbasedarea.aba.outcomes.ConsistentOutcomeData;
import org.assetbasedarea.aba.outcomes.LonelinessAnswers;
import org.assetbasedarea.aba.outcomes.Ons4Answers;
import org.assetbasedarea.aba.outcomes.OutcomeData;
import org.assetbasedarea.aba.scoring.ScoreReport;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jspecify.annotations.Nullable;

/**
 * The one validator entry point: checks any document of the library (an assessment, outcome
 * inputs) and returns every issue at once, each with a JSON Pointer, a stable {@link IssueCode} and
 * an English message, in document order. It never throws for bad data.
 *
 * <p>A valid assessment is answered by a hand-written check of the same rules; Hibernate Validator
 * is bootstrapped (a few hundred milliseconds) only when a document needs it: any other document
 * type, or an assessment with an issue to report. So build one validator and share it: {@link
 * #shared()} is a lazily built instance over the built-in frameworks, and every instance is
 * thread-safe.
 */
public final class AbaValidator {
  private static final Comparator<Issue> DOCUMENT_ORDER =
      Comparator.comparing(Issue::getPath, Pointers.DOCUMENT_ORDER)
          .thenComparing(Issue::getCode)
          .thenComparing(Issue::getMessage);

  /**
   * What {@link #validate(Object)} accepts: the library's documents and their parts, that is the
   * value types of these packages (one type from each names it).
   */
  private static final Set<String> MODEL_PACKAGES = Set.of(
      Assessment.class.getPackageName(), OutcomeData.class.getPackageName(),
      Framework.class.getPackageName(), ScoreReport.class.getPackageName());

  private final FrameworkRegistry registry;
  private volatile @Nullable Validator validator;

  private AbaValidator(FrameworkRegistry registry) {
    this.registry = registry;
  }

  /** Hibernate Validator, bootstrapped on first use (cold start of a valid assessment skips it). */
  private Validator validator() {
    Validator current = validator;
    if (current == null) {
      synchronized (this) {
        current = validator;
        if (current == null) {
          current = bootstrap(registry);
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
  private static final Logger HIBERNATE_VALIDATOR_VERSION =
      Logger.getLogger("org.hibernate.validator.internal.util.Version");

  private static Validator bootstrap(FrameworkRegistry registry) {
    synchronized (HIBERNATE_VALIDATOR_VERSION) {
      if (HIBERNATE_VALIDATOR_VERSION.getLevel() == null) {
        HIBERNATE_VALIDATOR_VERSION.setLevel(Level.WARNING);
      }
    }
    HibernateValidatorConfiguration configuration =
        Validation.byProvider(HibernateValidator.class).configure();
    ConstraintValidatorFactory defaults = configuration.getDefaultConstraintValidatorFactory();
    ValidatorFactory factory = configuration
        .messageInterpolator(new ParameterMessageInterpolator())
        .constraintValidatorFactory(new RegistryAwareFactory(defaults, registry))
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
   * @param document a document of the library (an assessment, outcome data, a framework, a score
   *     report, progress or an outcome report) or a part of one (a rating, say: paths are then
   *     relative to it)
   * @return every issue, in document order; empty when the document is valid
   * @throws NullPointerException when {@code document} is null
   * @throws IllegalArgumentException when {@code document} is not a value of the library's model
   *     (a programming error: there would be nothing to validate)
   */
  public List<Issue> validate(Object document) {
    requireDocument(document);
    if (document instanceof Assessment
        && AssessmentFastPath.isCertainlyValid((Assessment) document, registry)) {
      return List.of();
    }
    Set<ConstraintViolation<Object>> violations = validator().validate(document);
    if (violations.isEmpty()) {
      return List.of();
    }
    List<Issue> issues = new ArrayList<>(violations.size());
    for (ConstraintViolation<Object> violation : violations) {
      issues.add(toIssue(violation));
    }
    issues.sort(DOCUMENT_ORDER);
    return List.copyOf(issues);
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
    if (document instanceof Assessment
        && AssessmentFastPath.isCertainlyValid((Assessment) document, registry)) {
      return true;
    }
    return validator().validate(document).isEmpty();
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
    if (type == NotBlank.class) {
      return IssueCode.BLANK_TEXT;
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
          return IssueCode.RATING_OUT_OF_RANGE;
        case "count":
          return IssueCode.COUNT_OUT_OF_RANGE;
        default:
          return IssueCode.VALUE_OUT_OF_RANGE;
      }
    }
    return IssueCode.CONSTRAINT_VIOLATED;
  }

  /** Gives the cross-field rules this validator's registry; everything else as by default. */
  private static final class RegistryAwareFactory implements ConstraintValidatorFactory {
    private final ConstraintValidatorFactory defaults;
    private final FrameworkRegistry registry;

    RegistryAwareFactory(ConstraintValidatorFactory defaults, FrameworkRegistry registry) {
      this.defaults = defaults;
      this.registry = registry;
    }

    @Override
    public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
      if (key == ConsistentAssessment.Validator.class) {
        return key.cast(new ConsistentAssessment.Validator(registry));
      }
      if (key == ConsistentOutcomeData.Validator.class) {
        return key.cast(new ConsistentOutcomeData.Validator(registry));
      }
      return defaults.getInstance(key);
    }

    @Override
    public void releaseInstance(ConstraintValidator<?, ?> instance) {
      if (!(instance instanceof ConsistentAssessment.Validator)
          && !(instance instanceof ConsistentOutcomeData.Validator)) {
        defaults.releaseInstance(instance);
      }
    }
  }
}
