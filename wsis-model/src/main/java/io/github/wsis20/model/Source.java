package io.github.wsis20.model;

import io.github.wsis20.model.constraints.CodePointLength;
import io.github.wsis20.model.constraints.NotBlankText;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a fact comes from: the source text of the SDK, or a named public document, with the words
 * it uses where they matter.
 *
 * <p>When a public source corrects another, both are kept: the corrected one is marked
 * {@link #isSuperseded() superseded} and says by what in its {@link #getNote() note}. The end date
 * of UNESCO's 43rd General Conference is such a case: the source text says 15 November 2025, the
 * Conference's own record 13 November.
 *
 * <p>A fact recorded without confirmation is cited with a source that is not
 * {@link #isVerified() verified}: the source names where the fact comes from and its note says
 * what no public source read for the dataset confirms. A source seen only at second hand (a
 * third party's page reproducing or reporting a document) is verified as far as it goes, and its
 * note says that it is secondary.
 */
@Value.Immutable
public abstract class Source implements WithSource {

  Source() {}

  /**
   * The public title or address of the source, such as {@code "A/RES/80/173"} or
   * {@code "WSIS+20 review mandates (SDK source text)"}.
   *
   * @return the citation
   */
  @NotBlankText
  @CodePointLength(max = 500)
  public abstract String getCitation();

  /**
   * Where in the source: a paragraph, a page, a bullet.
   *
   * @return the locator, if given
   */
  public abstract Optional<@CodePointLength(max = 200) String> getLocator();

  /**
   * The source's own words for the fact, where they matter.
   *
   * @return the quote, if given
   */
  public abstract Optional<@CodePointLength(max = 2000) String> getQuote();

  /**
   * A remark: how the fact was derived, or what corrects this source.
   *
   * @return the note, if given
   */
  public abstract Optional<@CodePointLength(max = 2000) String> getNote();

  /**
   * Whether another source corrects what this one says; the entity's values follow the other.
   *
   * @return true when this source is kept for the record but not followed
   */
  @Value.Default
  public boolean isSuperseded() {
    return false;
  }

  /**
   * Whether the fact this source is cited for was confirmed in it.
   *
   * @return false when the fact is recorded as known but no public source read for the dataset
   *     confirms it (the note says what is unconfirmed); true by default
   */
  @Value.Default
  public boolean isVerified() {
    return true;
  }

  /**
   * A source with a citation only.
   *
   * @param citation the public title or address
   * @return the source
   */
  public static Source of(String citation) {
    return builder().citation(citation).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Source}. */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}
  }
}
