package org.assetbasedarea.aba.validation;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.assessment.Evidence;
import org.assetbasedarea.aba.assessment.MaxChars;
import org.assetbasedarea.aba.assessment.Participant;
import org.assetbasedarea.aba.assessment.Rating;
import org.assetbasedarea.aba.assessment.Role;
import org.assetbasedarea.aba.assessment.WebUri;
import org.assetbasedarea.aba.framework.ApproachCatalogue;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.FrameworkRegistry;
import org.assetbasedarea.aba.issues.PlainText;
import org.assetbasedarea.aba.issues.VisibleText;

/**
 * A hand-written check of every constraint an {@link Assessment} carries, so that {@link
 * AbaValidator} can answer a valid assessment without Hibernate Validator's traversal (about ten
 * times slower on a typical assessment). It only decides "certainly valid": when it finds anything,
 * the validator runs Hibernate Validator, which reports the issues. The Jakarta annotations stay the
 * definition; a test pins the constraint inventory this check mirrors and that it agrees with a
 * plain Jakarta Validator on generated valid and single-mutation invalid assessments.
 *
 * <p>Mirrors: {@code Area.name} not blank, at most 200 chars; {@code Participant.count} 1-100000;
 * {@code Rating.rating} 1-4; {@code Rating.evidence} at most 50 items; {@code Rating.rationale} at
 * most 4000 chars; {@code Evidence.summary} not blank, at most 2000 chars; {@code Evidence.source}
 * {@link WebUri}; and {@code ConsistentAssessment}: framework known, actions known, no action
 * rated twice, no role listed twice, every approach named by evidence in the framework's
 * catalogue.
 */
final class AssessmentFastPath {
  private AssessmentFastPath() {}

  /**
   * Whether an assessment certainly has no issue.
   *
   * @param assessment the assessment
   * @param registry the frameworks it is resolved against
   * @return true when every constraint holds; false when any may not
   */
  static boolean isCertainlyValid(Assessment assessment, FrameworkRegistry registry) {
    String name = assessment.getArea().getName();
    if (!MaxChars.Validator.fits(name, 200) || !isContent(name)) {
      return false;
    }
    Optional<Framework> found = registry.find(assessment.getFramework());
    if (found.isEmpty()) {
      return false;
    }
    Framework framework = found.get();
    List<Participant> participants = assessment.getParticipants();
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (int i = 0; i < participants.size(); i++) {
      Participant participant = participants.get(i);
      int count = participant.getCount();
      if (count < 1 || count > Participant.MAX_COUNT || !roles.add(participant.getRole())) {
        return false;
      }
    }
    Optional<ApproachCatalogue> catalogue = registry.findCatalogue(framework.getId());
    List<Rating> ratings = assessment.getRatings();
    Set<String> actions = new HashSet<>(ratings.size() * 2);
    for (int i = 0; i < ratings.size(); i++) {
      if (!isCertainlyValid(ratings.get(i), framework, catalogue, actions)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isCertainlyValid(Rating rating, Framework framework,
      Optional<ApproachCatalogue> catalogue, Set<String> actions) {
    String action = rating.getAction();
    if (framework.findAction(action).isEmpty() || !actions.add(action)) {
      return false;
    }
    if (rating.getRating() < 1 || rating.getRating() > 4) {
      return false;
    }
    Optional<String> rationale = rating.getRationale();
    if (rationale.isPresent() && (!MaxChars.Validator.fits(rationale.get(), 4000)
        || !PlainText.Validator.isPlain(rationale.get()))) {
      return false;
    }
    List<Evidence> evidence = rating.getEvidence();
    if (evidence.size() > Rating.MAX_EVIDENCE) {
      return false;
    }
    for (int i = 0; i < evidence.size(); i++) {
      Evidence item = evidence.get(i);
      String summary = item.getSummary();
      if (!MaxChars.Validator.fits(summary, 2000) || !isContent(summary)) {
        return false;
      }
      // a plain address (decided when the item was built) is a web URI without parsing it
      Optional<String> source = item.getSourceText();
      if (source.isPresent() && !item.isSourcePlain()
          && !WebUri.Validator.isWebUri(source.get())) {
        return false;
      }
      Optional<String> approach = item.getApproach();
      if (approach.isPresent()
          && (catalogue.isEmpty() || catalogue.get().findApproach(approach.get()).isEmpty())) {
        return false;
      }
    }
    return true;
  }

  /** A text that must have content: {@link VisibleText} and {@link PlainText}. */
  private static boolean isContent(String text) {
    return VisibleText.Validator.hasVisible(text) && PlainText.Validator.isPlain(text);
  }
}
