package org.assetbasedarea.aba.assessment;

import java.net.URI;
import java.util.Optional;
import org.assetbasedarea.aba.issues.PlainText;
import org.assetbasedarea.aba.issues.VisibleText;
import org.immutables.value.Value;

/** One item of evidence for a rating: its kind, a summary, and optionally where to find it. */
@Value.Immutable
public abstract class Evidence {
  Evidence() {}

  /** @return the kind of evidence */
  public abstract EvidenceKind getKind();

  /** @return what the evidence shows, 1-2000 characters, with a visible character and no disallowed one */
  @VisibleText
  @PlainText
  @MaxChars(value = 2000, message = "must be at most 2000 characters")
  public abstract String getSummary();

  /** @return where the evidence can be found: an absolute {@code http} or {@code https} URI */
  public abstract Optional<@WebUri URI> getSource();

  /**
   * The community approach this evidence is of, by its id in the catalogue of approaches the
   * registry holds for the assessment's framework, such as {@code shared-lives}. {@link
   * ConsistentAssessment} reports an approach the catalogue does not have.
   *
   * @return the approach id, or empty when the evidence names none
   */
  public abstract Optional<String> getApproach();

  /**
   * Creates an evidence item without a source.
   *
   * @param kind the kind of evidence
   * @param summary what it shows
   * @return the item
   */
  public static Evidence of(EvidenceKind kind, String summary) {
    return builder().kind(kind).summary(summary).build();
  }

  /**
   * Creates an evidence item with a source.
   *
   * @param kind the kind of evidence
   * @param summary what it shows
   * @param source where to find it
   * @return the item
   */
  public static Evidence of(EvidenceKind kind, String summary, URI source) {
    return builder().kind(kind).summary(summary).source(source).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Evidence} item. */
  public static final class Builder extends ImmutableEvidence.Builder {
    Builder() {}
  }
}
