package io.github.wsis20.io.internal;

import static io.github.wsis20.io.internal.WireType.Refusal.as;

import io.github.wsis20.io.internal.WireType.Refusal;
import io.github.wsis20.model.ActionLine;
import io.github.wsis20.model.Sdg;
import io.github.wsis20.model.contribution.Attachment;
import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.model.contribution.ContributionStatus;
import io.github.wsis20.model.contribution.Stakeholder;
import io.github.wsis20.model.contribution.StakeholderGroup;
import io.github.wsis20.validation.ViolationCode;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;

/**
 * Wire format 1.0 of a contribution, as the contract's Fields table names it: the one place that
 * says which members there are, of which type, which are required and in which order. The reader,
 * the canonical JSON, YAML and CSV writers, the CSV layout, the Jackson module and the test that
 * holds the JSON Schema to the contract all take it from here. Internal: not API.
 *
 * <p>Required members stand in as neutral values when they are missing or refused, chosen so that
 * the rules that tie members together stay quiet: a missing status stands in as {@code DRAFT}
 * (nothing is required of a draft), a missing stakeholder group as {@code OTHER} (no country is
 * required); the reader drops every rule violation at a stand-in anyway.
 */
public final class ContributionWire {
  /** The version this description reads and writes. */
  public static final String VERSION = "1.0";

  /**
   * Any version the SDK reads, which the context keeps so that the reader can tell which version
   * the payload is in; another is refused, and the reader then reports it alone.
   */
  static final WireType<String> SCHEMA_VERSION = WireType.text(v -> versions().contains(v) ? v : null, v -> v,
      (c, reason) -> {
        c.refusedVersion();
        return c.reject(ViolationCode.UNSUPPORTED_SCHEMA_VERSION, "supported",
            String.join(", ", new java.util.TreeSet<>(versions())));
      });
  static final WireType<ContributionStatus> STATUS = WireType.constant(ContributionStatus.class,
      Refusal.listing(ViolationCode.UNKNOWN_STATUS, ContributionStatus.class));
  static final WireType<StakeholderGroup> STAKEHOLDER_GROUP = WireType.constant(StakeholderGroup.class,
      Refusal.listing(ViolationCode.UNKNOWN_STAKEHOLDER_GROUP, StakeholderGroup.class));
  static final WireType<ActionLine> ACTION_LINE = WireType.text(code -> ActionLine.fromCode(code).orElse(null),
      ActionLine::getCode, as(ViolationCode.UNKNOWN_ACTION_LINE));
  static final WireType<Sdg> SDG = WireType.integer(n -> Sdg.fromNumber(n).orElse(null), Sdg::getNumber,
      as(ViolationCode.UNKNOWN_SDG));
  static final WireType<OffsetDateTime> DATE_TIME = WireType.text(Rfc3339::parse, Rfc3339::format,
      as(ViolationCode.INVALID_DATE_TIME));

  /** The contributor. */
  public static final WireObject<Stakeholder.Builder, Stakeholder> STAKEHOLDER = WireObject
      .of(Stakeholder::builder, Stakeholder.Builder::build)
      .required("name", WireType.STRING, Stakeholder.Builder::name, Stakeholder::getName, () -> "x")
      .required("stakeholderGroup", STAKEHOLDER_GROUP, Stakeholder.Builder::stakeholderGroup,
          Stakeholder::getStakeholderGroup, () -> StakeholderGroup.OTHER)
      .optional("country", WireType.STRING, Stakeholder.Builder::country, Stakeholder::getCountry)
      .optional("email", WireType.STRING, Stakeholder.Builder::email, Stakeholder::getEmail);

  /** An attachment. */
  public static final WireObject<Attachment.Builder, Attachment> ATTACHMENT = WireObject
      .of(Attachment::builder, Attachment.Builder::build)
      .required("uri", WireType.STRING, Attachment.Builder::uri, Attachment::getUri, () -> "https://stand-in.invalid/")
      .required("mediaType", WireType.STRING, Attachment.Builder::mediaType, Attachment::getMediaType,
          () -> "application/octet-stream")
      .optional("sha256", WireType.STRING, Attachment.Builder::sha256, Attachment::getSha256)
      .optional("title", WireType.STRING, Attachment.Builder::title, Attachment::getTitle);

  /** A contribution, the root of a payload. */
  public static final WireObject<Contribution.Builder, Contribution> CONTRIBUTION = WireObject
      .of(Contribution::builder, Contribution.Builder::build)
      .required("schemaVersion", SCHEMA_VERSION, Contribution.Builder::schemaVersion, Contribution::getSchemaVersion,
          () -> Contribution.CURRENT_SCHEMA_VERSION)
      .required("id", WireType.STRING, Contribution.Builder::id, Contribution::getId, () -> "x")
      .required("process", WireType.STRING, Contribution.Builder::process, Contribution::getProcess, () -> "x")
      .required("title", WireType.STRING, Contribution.Builder::title, Contribution::getTitle, () -> "x")
      .required("language", WireType.STRING, Contribution.Builder::language, Contribution::getLanguage, () -> "en")
      .required("contributor", STAKEHOLDER, Contribution.Builder::contributor, Contribution::getContributor,
          STAKEHOLDER::standIn)
      .required("status", STATUS, Contribution.Builder::status, Contribution::getStatus, () -> ContributionStatus.DRAFT)
      .optional("submittedAt", DATE_TIME, Contribution.Builder::submittedAt, Contribution::getSubmittedAt)
      .list("actionLines", WireList.dropping(ACTION_LINE), Contribution.Builder::actionLines,
          Contribution::getActionLines)
      .list("sdgs", WireList.dropping(SDG), Contribution.Builder::sdgs, Contribution::getSdgs)
      .optional("summary", WireType.STRING, Contribution.Builder::summary, Contribution::getSummary)
      .optional("body", WireType.STRING, Contribution.Builder::body, Contribution::getBody)
      .list("attachments", WireList.keeping(ATTACHMENT, i -> ATTACHMENT.standIn(), 20),
          Contribution.Builder::attachments, Contribution::getAttachments)
      // A refused keyword keeps its place with a text no payload can hold twice.
      .list("keywords", WireList.keeping(WireType.STRING, i -> "\u0000stand-in " + i, 30),
          Contribution.Builder::keywords, Contribution::getKeywords);

  /**
   * The root of every version of the wire format the SDK reads, by {@code schemaVersion}: where a later
   * version is registered, as a description of its own whose builder fills the current model.
   */
  private static final Map<String, WireObject<Contribution.Builder, Contribution>> VERSIONS = Map.of(VERSION,
      CONTRIBUTION);

  private ContributionWire() {}

  /** The versions the SDK reads. */
  public static Set<String> versions() {
    return VERSIONS.keySet();
  }
}
