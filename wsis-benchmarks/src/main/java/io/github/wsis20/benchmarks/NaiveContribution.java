package io.github.wsis20.benchmarks;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The contribution as a user would write it without the SDK, to bind with Jackson databind and
 * check with a default Hibernate Validator: a plain mutable class whose fields carry the ordinary
 * Jakarta constraints of the contract (required members, sizes, patterns, codes as strings). It
 * checks less than the SDK does (no code points, no rules that tie members together, no review
 * processes, no located syntax errors), which is what makes it the baseline to beat.
 *
 * <p>Public fields, because that is the least code Jackson and Hibernate Validator both accept.
 */
public class NaiveContribution {
  /** The wire format version. */
  @NotNull
  @Pattern(regexp = "1\\.0")
  public String schemaVersion;

  /** The contribution's id. */
  @NotNull
  @Size(min = 1, max = 128)
  @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]*")
  public String id;

  /** The review process. */
  @NotNull
  @Pattern(regexp = "wsis\\+20|wsis\\+10")
  public String process;

  /** The title. */
  @NotBlank
  @Size(max = 300)
  public String title;

  /** The language tag. */
  @NotNull
  @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")
  public String language;

  /** Who contributes. */
  @NotNull
  @Valid
  public Contributor contributor;

  /** The status. */
  @NotNull
  @Pattern(regexp = "DRAFT|SUBMITTED|PUBLISHED|WITHDRAWN")
  public String status;

  /** When it was submitted, as RFC 3339 text. */
  @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})")
  public String submittedAt;

  /** The WSIS action lines. */
  @NotEmpty
  public List<@NotNull @Pattern(regexp = "C([1-9]|1[01])|C7\\.e-(government|business|learning|health"
      + "|employment|environment|agriculture|science)") String> actionLines;

  /** The sustainable development goals. */
  public List<@NotNull @Min(1) @Max(17) Integer> sdgs;

  /** The summary. */
  @NotBlank
  @Size(max = 2000)
  public String summary;

  /** The full text. */
  @Size(max = 200_000)
  public String body;

  /** Files that go with it. */
  @Size(max = 20)
  public List<@NotNull @Valid Attachment> attachments;

  /** Keywords. */
  @Size(max = 30)
  public List<@NotNull @Size(min = 1, max = 100) String> keywords;

  /** The contributor of a {@link NaiveContribution}. */
  public static class Contributor {
    /** The name. */
    @NotBlank
    @Size(max = 300)
    public String name;

    /** The stakeholder group. */
    @NotNull
    @Pattern(regexp = "GOVERNMENT|PRIVATE_SECTOR|CIVIL_SOCIETY|INTERNATIONAL_ORGANIZATION"
        + "|TECHNICAL_COMMUNITY|ACADEMIA|OTHER")
    public String stakeholderGroup;

    /** The ISO 3166-1 alpha-3 country code. */
    @Pattern(regexp = "[A-Z]{3}")
    public String country;

    /** The e-mail address. */
    @Email
    public String email;
  }

  /** An attachment of a {@link NaiveContribution}. */
  public static class Attachment {
    /** Where it is. */
    @NotNull
    @Pattern(regexp = "https://.+")
    public String uri;

    /** Its media type. */
    @NotNull
    @Pattern(regexp = "[a-z0-9!#$&^_.+-]+/[a-z0-9!#$&^_.+-]+")
    public String mediaType;

    /** Its SHA-256 digest. */
    @Pattern(regexp = "[0-9a-f]{64}")
    public String sha256;

    /** Its title. */
    @Size(min = 1, max = 300)
    public String title;
  }
}
