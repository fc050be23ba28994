package org.assetbasedarea.aba.assessment;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assetbasedarea.aba.framework.ApproachCatalogue;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.FrameworkRegistry;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.assetbasedarea.aba.issues.RuleSink;
import org.jspecify.annotations.Nullable;

/**
 * The cross-field rules of an assessment: its framework is known, every rated action belongs to
 * it, no action is rated twice, no role appears twice, and every approach that evidence names is
 * in the registry's catalogue of approaches for the framework.
 *
 * <p>A default-configured Jakarta Validator checks them against the built-in frameworks; {@code
 * AbaValidator} checks them against its own registry.
 */
@Documented
@Constraint(validatedBy = ConsistentAssessment.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentAssessment {
  /** @return the message */
  String message() default "must be consistent with its framework";

  /** @return the groups */
  Class<?>[] groups() default {};

  /** @return the payload */
  Class<? extends Payload>[] payload() default {};

  /** Checks {@link ConsistentAssessment}, reporting each broken rule at its own path. */
  final class Validator implements ConstraintValidator<ConsistentAssessment, Assessment> {
    private final FrameworkRegistry registry;

    /** Creates the validator over the built-in frameworks, as a plain Jakarta Validator does. */
    public Validator() {
      this(FrameworkRegistry.builtIn());
    }

    /**
     * Creates the validator over a registry.
     *
     * @param registry the frameworks to resolve assessments against
     */
    public Validator(FrameworkRegistry registry) {
      this.registry = registry;
    }

    @Override
    public boolean isValid(@Nullable Assessment assessment, ConstraintValidatorContext context) {
      return assessment == null
          || RuleSink.violations(context, sink -> check(assessment, sink));
    }

    /**
     * The same rules as {@link #isValid}, as issues with JSON Pointers relative to the assessment
     * ({@code /ratings/3/action}), in the order the rules find them. {@code AbaValidator} reports
     * the rules this way, in time linear in their number.
     *
     * @param assessment the assessment
     * @return every broken rule; empty when none is
     */
    public List<Issue> issues(Assessment assessment) {
      return RuleSink.collect(sink -> check(assessment, sink));
    }

    private boolean check(Assessment assessment, RuleSink sink) {
      boolean valid = true;
      Optional<Framework> framework = registry.find(assessment.getFramework());
      if (framework.isEmpty()) {
        valid = false;
        sink.report(IssueCode.UNKNOWN_FRAMEWORK,
            "names a framework that is not known (known: "
                + (registry.ids().isEmpty() ? "none" : String.join(", ", registry.ids())) + ")",
            "framework", -1, null);
      }
      List<Rating> ratings = assessment.getRatings();
      Set<String> seenActions = new HashSet<>();
      Optional<ApproachCatalogue> catalogue = framework.isPresent()
          ? registry.findCatalogue(framework.get().getId()) : Optional.empty();
      for (int i = 0; i < ratings.size(); i++) {
        String action = ratings.get(i).getAction();
        if (framework.isPresent() && framework.get().findAction(action).isEmpty()) {
          valid = false;
          sink.report(IssueCode.UNKNOWN_ACTION,
              "is not an action of framework '" + framework.get().getId() + "'", "ratings", i,
              "action");
        } else if (!seenActions.add(action)) {
          valid = false;
          sink.report(IssueCode.DUPLICATE_ACTION,
              "is rated more than once; an action takes at most one rating", "ratings", i,
              "action");
        }
        valid &= approachesKnown(ratings.get(i), i, framework, catalogue, sink);
      }
      List<Participant> participants = assessment.getParticipants();
      Set<Role> seenRoles = EnumSet.noneOf(Role.class);
      for (int i = 0; i < participants.size(); i++) {
        if (!seenRoles.add(participants.get(i).getRole())) {
          valid = false;
          sink.report(IssueCode.DUPLICATE_ROLE,
              "appears more than once; list each role once with its count", "participants", i,
              "role");
        }
      }
      return valid;
    }

    /**
     * Reports each evidence item of a rating that names an approach the framework's catalogue
     * does not have. Nothing is reported when the framework is unknown: there is no catalogue to
     * check against.
     */
    private static boolean approachesKnown(Rating rating, int index,
        Optional<Framework> framework, Optional<ApproachCatalogue> catalogue, RuleSink sink) {
      if (framework.isEmpty()) {
        return true;
      }
      boolean valid = true;
      List<Evidence> evidence = rating.getEvidence();
      for (int j = 0; j < evidence.size(); j++) {
        Optional<String> approach = evidence.get(j).getApproach();
        if (approach.isPresent()
            && (catalogue.isEmpty() || catalogue.get().findApproach(approach.get()).isEmpty())) {
          valid = false;
          sink.report(IssueCode.UNKNOWN_APPROACH, catalogue.isEmpty()
                  ? "names an approach, but framework '" + framework.get().getId()
                      + "' has no catalogue of approaches"
                  : "is not an approach of catalogue '" + catalogue.get().getId() + "'",
              "ratings", index, "evidence/" + j + "/approach");
        }
      }
      return valid;
    }
  }
}
