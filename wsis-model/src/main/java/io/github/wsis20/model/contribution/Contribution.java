package io.github.wsis20.model.contribution;

import io.github.wsis20.model.ActionLine;
import io.github.wsis20.model.Sdg;
import io.github.wsis20.model.constraints.CodePointLength;
import io.github.wsis20.model.constraints.CompleteUnlessDraft;
import io.github.wsis20.model.constraints.ContributionId;
import io.github.wsis20.model.constraints.LanguageTag;
import io.github.wsis20.model.constraints.NoControlCharacters;
import io.github.wsis20.model.constraints.NoFormattingCharacters;
import io.github.wsis20.model.constraints.NotAfterNow;
import io.github.wsis20.model.constraints.UniqueItems;
import io.github.wsis20.model.constraints.VisibleText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A stakeholder's input to a review process: the payload that services exchange and validate,
 * wire format 1.0. Every accessor is a member of the wire format under the name it has without
 * its {@code get}/{@code is} prefix ({@link #getTitle()} is {@code title}).
 *
 * <p>Building a contribution checks only what Java's types can: required members are present.
 * Whether it follows every rule of the contract (lengths, codes, the rules that tie members
 * together) is for a validator to say, with a report that locates each problem. The rules are
 * declared as Jakarta Validation constraints on the accessors and, for those that tie members
 * together, on the class ({@link CompleteUnlessDraft}, and {@code GovernmentHasCountry} on the
 * contributor), so any provider checks them; which review processes exist is for the SDK's
 * validator to say.
 *
 * <pre>{@code
 * Contribution c = Contribution.builder()
 *     .id("c-2024-0042")
 *     .process("wsis+20")
 *     .title("Community networks for last-mile connectivity")
 *     .language("en")
 *     .contributor(Stakeholder.builder()
 *         .name("Example Community Networks Alliance")
 *         .stakeholderGroup(StakeholderGroup.CIVIL_SOCIETY)
 *         .country("KEN")
 *         .build())
 *     .status(ContributionStatus.SUBMITTED)
 *     .submittedAt(OffsetDateTime.parse("2024-11-15T10:00:00Z"))
 *     .addActionLine(ActionLine.C2)
 *     .summary("Community-owned networks connect rural users where operators do not invest.")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@CompleteUnlessDraft
public abstract class Contribution implements WithContribution {

  /** The version of the wire format that this SDK writes. */
  public static final String CURRENT_SCHEMA_VERSION = "1.0";

  Contribution() {}

  /**
   * The wire format's version.
   *
   * @return {@value #CURRENT_SCHEMA_VERSION} unless set otherwise
   */
  @Value.Default
  @NotNull
  public String getSchemaVersion() {
    return CURRENT_SCHEMA_VERSION;
  }

  /**
   * The contribution's id: 1 to 128 letters, digits, {@code . _ : -}, starting with a letter or
   * digit.
   *
   * @return the id
   */
  @NotNull
  @ContributionId
  public abstract String getId();

  /**
   * The review process it contributes to, by its id in the reference data: {@code "wsis+20"}.
   *
   * @return the process id
   */
  @NotNull
  public abstract String getProcess();

  /**
   * The title: 1 to 300 characters with a visible one, no control characters, no bidirectional
   * formatting or tag characters.
   *
   * @return the title
   */
  @NotNull
  @VisibleText
  @CodePointLength(max = 300)
  @NoControlCharacters
  @NoFormattingCharacters
  public abstract String getTitle();

  /**
   * The language it is written in, as a BCP 47 tag: {@code "en"}, {@code "zh-Hans"}.
   *
   * @return the tag
   */
  @NotNull
  @LanguageTag
  public abstract String getLanguage();

  /**
   * Who contributes.
   *
   * @return the contributor
   */
  @NotNull
  @Valid
  public abstract Stakeholder getContributor();

  /**
   * Where the contribution stands.
   *
   * @return the status
   */
  @NotNull
  public abstract ContributionStatus getStatus();

  /**
   * When it was submitted: required unless a {@link ContributionStatus#DRAFT draft}, and not after
   * the validating clock's now.
   *
   * @return the time, with its offset
   */
  public abstract Optional<@NotAfterNow OffsetDateTime> getSubmittedAt();

  /**
   * The WSIS Action Lines it addresses: at least one unless a draft, no duplicates.
   *
   * @return the action lines, in the contributor's order
   */
  @UniqueItems
  public abstract List<@NotNull ActionLine> getActionLines();

  /**
   * The Sustainable Development Goals it addresses, no duplicates.
   *
   * @return the goals, in the contributor's order
   */
  @UniqueItems
  public abstract List<@NotNull Sdg> getSdgs();

  /**
   * A summary: 1 to 2,000 characters with a visible one, no bidirectional formatting or tag
   * characters; required unless a draft.
   *
   * @return the summary, if given
   */
  public abstract Optional<@VisibleText @CodePointLength(max = 2000) @NoFormattingCharacters String> getSummary();

  /**
   * The full text: at most 200,000 characters.
   *
   * @return the text, if given
   */
  public abstract Optional<@CodePointLength(max = 200_000) String> getBody();

  /**
   * Files that go with it: at most 20.
   *
   * @return the attachments
   */
  @Size(max = 20)
  public abstract List<@NotNull @Valid Attachment> getAttachments();

  /**
   * Keywords: at most 30, no duplicates (compared in Unicode Normalization Form C), each 1 to 100
   * characters with a visible one, no control characters, no bidirectional formatting or tag
   * characters.
   *
   * @return the keywords
   */
  @Size(max = 30)
  @UniqueItems
  public abstract List<@NotNull @VisibleText @CodePointLength(max = 100) @NoControlCharacters @NoFormattingCharacters String> getKeywords();

  /**
   * A builder, with {@link #getSchemaVersion()} already set to {@value #CURRENT_SCHEMA_VERSION}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Contribution}. */
  public static final class Builder extends ImmutableContribution.Builder {
    Builder() {}
  }
}
