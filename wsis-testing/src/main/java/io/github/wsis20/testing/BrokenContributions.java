package io.github.wsis20.testing;

import io.github.wsis20.model.contribution.Attachment;
import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.model.contribution.Stakeholder;
import io.github.wsis20.model.contribution.StakeholderGroup;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Contributions built in code that each break one Jakarta constraint of the model, for tests
 * that run the constraints under a provider of their own (a framework's {@code @Valid}): the
 * contract's example with one value changed, the pointer of that value and the constraint's
 * simple name.
 */
public final class BrokenContributions {
  private BrokenContributions() {}

  /** A contribution that breaks one constraint, where and which. */
  public static final class Case {
    private final String pointer;
    private final String constraint;
    private final Contribution contribution;

    Case(String pointer, String constraint, Contribution contribution) {
      this.pointer = Objects.requireNonNull(pointer, "pointer");
      this.constraint = Objects.requireNonNull(constraint, "constraint");
      this.contribution = Objects.requireNonNull(contribution, "contribution");
    }

    /**
     * The JSON Pointer of the broken value.
     *
     * @return the pointer, such as {@code /contributor/country}
     */
    public String getPointer() {
      return pointer;
    }

    /**
     * The constraint it breaks.
     *
     * @return the annotation's simple name, such as {@code CountryCode}
     */
    public String getConstraint() {
      return constraint;
    }

    /**
     * The contribution.
     *
     * @return the broken contribution
     */
    public Contribution getContribution() {
      return contribution;
    }

    @Override
    public String toString() {
      return pointer + " " + constraint;
    }
  }

  private static Contribution example() {
    return Samples.contractExample();
  }

  private static Contribution contributor(UnaryOperator<Stakeholder> change) {
    return example().withContributor(change.apply(example().getContributor()));
  }

  private static Contribution attachment(UnaryOperator<Attachment> change) {
    return example().withAttachments(change.apply(example().getAttachments().get(0)));
  }

  private static Case broken(String pointer, String constraint, Contribution contribution) {
    return new Case(pointer, constraint, contribution);
  }

  /**
   * One case per constraint of {@link Contribution}, {@link Stakeholder} and {@link Attachment}.
   *
   * @return the cases
   */
  public static List<Case> everyConstraint() {
    return List.of(
        broken("/id", "ContributionId", example().withId("-x")),
        broken("/title", "VisibleText", example().withTitle(" ")),
        broken("/title", "NoFormattingCharacters", example().withTitle("a\u202Eb")),
        broken("/title", "CodePointLength", example().withTitle("t".repeat(301))),
        broken("/title", "NoControlCharacters", example().withTitle("a\u0001")),
        broken("/language", "LanguageTag", example().withLanguage("qqq")),
        broken("/contributor/name", "VisibleText", contributor(s -> s.withName(" "))),
        broken("/contributor/name", "NoControlCharacters", contributor(s -> s.withName("a\u0001"))),
        broken("/contributor/name", "NoFormattingCharacters", contributor(s -> s.withName("a\u202Eb"))),
        broken("/contributor/name", "CodePointLength", contributor(s -> s.withName("n".repeat(301)))),
        broken("/contributor/country", "CountryCode", contributor(s -> s.withCountry("ken"))),
        broken("/contributor/country", "GovernmentHasCountry",
            contributor(s -> s.withStakeholderGroup(StakeholderGroup.GOVERNMENT).withCountry(Optional.empty()))),
        broken("/contributor/email", "EmailAddress", contributor(s -> s.withEmail("a@b"))),
        broken("/submittedAt", "NotAfterNow", example().withSubmittedAt(OffsetDateTime.parse("3000-01-01T00:00:00Z"))),
        broken("/submittedAt", "CompleteUnlessDraft", example().withSubmittedAt(Optional.empty())),
        broken("/actionLines", "CompleteUnlessDraft", example().withActionLines(List.of())),
        broken("/summary", "CompleteUnlessDraft", example().withSummary(Optional.empty())),
        broken("/actionLines", "UniqueItems",
            example().withActionLines(example().getActionLines().get(0), example().getActionLines().get(0))),
        broken("/sdgs", "UniqueItems", example().withSdgs(example().getSdgs().get(0), example().getSdgs().get(0))),
        broken("/summary", "VisibleText", example().withSummary(" ")),
        broken("/summary", "NoFormattingCharacters", example().withSummary("a\u2066b")),
        broken("/summary", "CodePointLength", example().withSummary("s".repeat(2001))),
        broken("/body", "CodePointLength", example().withBody("b".repeat(200_001))),
        broken("/attachments", "Size",
            example().withAttachments(Collections.nCopies(21, example().getAttachments().get(0)))),
        broken("/attachments/0/uri", "HttpsUri", attachment(a -> a.withUri("ftp://example.org/x"))),
        broken("/attachments/0/mediaType", "MediaType", attachment(a -> a.withMediaType("pdf"))),
        broken("/attachments/0/sha256", "Sha256Digest", attachment(a -> a.withSha256("x"))),
        broken("/attachments/0/title", "VisibleText", attachment(a -> a.withTitle(""))),
        broken("/attachments/0/title", "CodePointLength", attachment(a -> a.withTitle("t".repeat(301)))),
        broken("/attachments/0/title", "NoControlCharacters", attachment(a -> a.withTitle("a\u0001"))),
        broken("/attachments/0/title", "NoFormattingCharacters", attachment(a -> a.withTitle("a\u202Eb"))),
        broken("/keywords", "Size",
            example().withKeywords(Stream.iterate(0, i -> i + 1).limit(31).map(i -> "k" + i).toArray(String[]::new))),
        broken("/keywords", "UniqueItems", example().withKeywords("a", "a")),
        broken("/keywords/0", "VisibleText", example().withKeywords("")),
        broken("/keywords/0", "CodePointLength", example().withKeywords("k".repeat(101))),
        broken("/keywords/0", "NoControlCharacters", example().withKeywords("a\u0000")),
        broken("/keywords/0", "NoFormattingCharacters", example().withKeywords("a\uDB40\uDC41")));
  }
}
