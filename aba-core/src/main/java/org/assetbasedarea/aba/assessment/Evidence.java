package org.assetbasedarea.aba.assessment;

import java.net.URI;
import java.util.Objects;
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

  /**
   * Where the evidence can be found, exactly as written: the text of {@link #getSource()}. Two
   * items are equal when their sources are written alike.
   *
   * @return the source's text, or empty
   */
  public abstract Optional<String> getSourceText();

  /**
   * Where the evidence can be found: an absolute {@code http} or {@code https} URI. It is parsed
   * from {@link #getSourceText()} on the first call (reading and scoring a document never need
   * it); every item holds a text that parses, as building checks.
   *
   * @return the source, or empty
   */
  @Value.Lazy
  public Optional<@WebUri URI> getSource() {
    Optional<String> text = getSourceText();
    return text.isPresent() ? Optional.of(URI.create(text.get())) : Optional.empty();
  }

  /**
   * Whether the source is a plain web address ({@link WebUri.Validator#isPlainWebUri}), decided
   * once when the item is built: such a source is a valid web URI without parsing it.
   *
   * @return true when there is a source and it is plain
   */
  @Value.Derived
  @Value.Auxiliary
  public boolean isSourcePlain() {
    Optional<String> text = getSourceText();
    return text.isPresent() && WebUri.Validator.isPlainWebUri(text.get());
  }

  /** A source's text must be a URI (not necessarily a web one: validation reports that). */
  @Value.Check
  void checkSource() {
    Optional<String> text = getSourceText();
    if (text.isPresent() && !isSourcePlain()) {
      URI.create(text.get()); // throws IllegalArgumentException when it is not a URI
    }
  }

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

    /**
     * Sets where the evidence can be found.
     *
     * @param source an absolute {@code http} or {@code https} URI
     * @return this builder
     */
    public Builder source(URI source) {
      sourceText(Objects.requireNonNull(source, "source").toString());
      return this;
    }

    /**
     * Sets where the evidence can be found, or that it says nowhere.
     *
     * @param source an absolute {@code http} or {@code https} URI, or empty
     * @return this builder
     */
    public Builder source(Optional<? extends URI> source) {
      sourceText(Objects.requireNonNull(source, "source").map(URI::toString));
      return this;
    }
  }
}
