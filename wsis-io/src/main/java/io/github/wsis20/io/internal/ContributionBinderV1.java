package io.github.wsis20.io.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.wsis20.io.internal.Drafts.AttachmentDraft;
import io.github.wsis20.io.internal.Drafts.ContributionDraft;
import io.github.wsis20.io.internal.Drafts.StakeholderDraft;
import io.github.wsis20.model.ActionLine;
import io.github.wsis20.model.Sdg;
import io.github.wsis20.model.contribution.ContributionStatus;
import io.github.wsis20.model.contribution.StakeholderGroup;
import io.github.wsis20.validation.Pointer;
import io.github.wsis20.validation.ViolationCode;
import java.io.IOException;
import java.time.OffsetDateTime;

/**
 * Wire format 1.0, as contribution-v1.md's Fields table names it, read token by token. Internal:
 * not API.
 *
 * <p>Strict: a member the table does not name is {@code UNKNOWN_MEMBER}; a member given twice is
 * {@code DUPLICATE_MEMBER} and the first one counts; a value of another JSON type is
 * {@code WRONG_TYPE} and nothing is converted (an integer is written without fraction or exponent:
 * {@code 9.0} and {@code 9e0} are numbers, not integers); {@code null} is the same as absent.
 */
public final class ContributionBinderV1 implements SchemaBinder {
  /** The version this binder reads. */
  public static final String VERSION = "1.0";

  private static final Pointer ROOT = Pointer.root();

  @Override
  public String schemaVersion() {
    return VERSION;
  }

  @Override
  public void bind(ReadContext c, ContributionDraft d) throws IOException {
    SeenMembers seen = new SeenMembers();
    int count = 0;
    String name;
    while ((name = c.nextMember(ROOT, count++)) != null) {
      Pointer at = ROOT.member(name);
      if (!seen.add(name)) {
        c.memberProblem(at, ViolationCode.DUPLICATE_MEMBER);
        c.skip(at);
        continue;
      }
      switch (name) {
        case "schemaVersion":
          d.schemaVersion = c.string(at);
          if (d.schemaVersion != null && !VERSION.equals(d.schemaVersion)) {
            c.problem(at, ViolationCode.UNSUPPORTED_SCHEMA_VERSION, "supported", VERSION);
            c.standIn(at);
            d.schemaVersion = null;
          }
          break;
        case "id":
          d.id = c.string(at);
          break;
        case "process":
          d.process = c.string(at);
          break;
        case "title":
          d.title = c.string(at);
          break;
        case "language":
          d.language = c.string(at);
          break;
        case "contributor":
          d.contributor = stakeholder(c, at);
          break;
        case "status":
          d.status = status(c, at);
          break;
        case "submittedAt":
          d.submittedAt = dateTime(c, at);
          break;
        case "actionLines":
          actionLines(c, at, d);
          break;
        case "sdgs":
          sdgs(c, at, d);
          break;
        case "summary":
          d.summary = c.string(at);
          break;
        case "body":
          d.body = c.string(at);
          break;
        case "attachments":
          attachments(c, at, d);
          break;
        case "keywords":
          keywords(c, at, d);
          break;
        default:
          c.memberProblem(at, ViolationCode.UNKNOWN_MEMBER);
          c.standIn(at);
          c.skip(at);
          break;
      }
      c.completed(at);
    }
    requirePresent(c, d.schemaVersion, ROOT.member("schemaVersion"));
    requirePresent(c, d.id, ROOT.member("id"));
    requirePresent(c, d.process, ROOT.member("process"));
    requirePresent(c, d.title, ROOT.member("title"));
    requirePresent(c, d.language, ROOT.member("language"));
    requirePresent(c, d.contributor, ROOT.member("contributor"));
    requirePresent(c, d.status, ROOT.member("status"));
  }

  /**
   * Reads a contributor object; the parser is at its value.
   *
   * @param c the context
   * @param at the value's pointer
   * @return the draft, or null when null or rejected
   * @throws IOException when the parser fails or a limit stops reading
   */
  public static StakeholderDraft stakeholder(ReadContext c, Pointer at) throws IOException {
    if (!c.object(at)) {
      return null;
    }
    StakeholderDraft s = new StakeholderDraft();
    SeenMembers seen = new SeenMembers();
    int count = 0;
    String name;
    while ((name = c.nextMember(at, count++)) != null) {
      Pointer m = at.member(name);
      if (!seen.add(name)) {
        c.memberProblem(m, ViolationCode.DUPLICATE_MEMBER);
        c.skip(m);
        continue;
      }
      switch (name) {
        case "name":
          s.name = c.string(m);
          break;
        case "stakeholderGroup":
          s.stakeholderGroup = stakeholderGroup(c, m);
          break;
        case "country":
          s.country = c.string(m);
          break;
        case "email":
          s.email = c.string(m);
          break;
        default:
          c.memberProblem(m, ViolationCode.UNKNOWN_MEMBER);
          c.standIn(m);
          c.skip(m);
          break;
      }
      c.completed(m);
    }
    requirePresent(c, s.name, at.member("name"));
    requirePresent(c, s.stakeholderGroup, at.member("stakeholderGroup"));
    return s;
  }

  /**
   * Reads an attachment object; the parser is at its value.
   *
   * @param c the context
   * @param at the value's pointer
   * @return the draft, or null when null or rejected
   * @throws IOException when the parser fails or a limit stops reading
   */
  public static AttachmentDraft attachment(ReadContext c, Pointer at) throws IOException {
    if (!c.object(at)) {
      return null;
    }
    AttachmentDraft a = new AttachmentDraft();
    SeenMembers seen = new SeenMembers();
    int count = 0;
    String name;
    while ((name = c.nextMember(at, count++)) != null) {
      Pointer m = at.member(name);
      if (!seen.add(name)) {
        c.memberProblem(m, ViolationCode.DUPLICATE_MEMBER);
        c.skip(m);
        continue;
      }
      switch (name) {
        case "uri":
          a.uri = c.string(m);
          break;
        case "mediaType":
          a.mediaType = c.string(m);
          break;
        case "sha256":
          a.sha256 = c.string(m);
          break;
        case "title":
          a.title = c.string(m);
          break;
        default:
          c.memberProblem(m, ViolationCode.UNKNOWN_MEMBER);
          c.standIn(m);
          c.skip(m);
          break;
      }
      c.completed(m);
    }
    requirePresent(c, a.uri, at.member("uri"));
    requirePresent(c, a.mediaType, at.member("mediaType"));
    return a;
  }

  /**
   * Reads a status code; the parser is at its value.
   *
   * @param c the context
   * @param at the value's pointer
   * @return the status, or null when null or rejected
   * @throws IOException when the parser fails or a limit stops reading
   */
  public static ContributionStatus status(ReadContext c, Pointer at) throws IOException {
    return code(c, at, ContributionStatus.class, ViolationCode.UNKNOWN_STATUS);
  }

  /**
   * Reads a stakeholder-group code; the parser is at its value.
   *
   * @param c the context
   * @param at the value's pointer
   * @return the group, or null when null or rejected
   * @throws IOException when the parser fails or a limit stops reading
   */
  public static StakeholderGroup stakeholderGroup(ReadContext c, Pointer at) throws IOException {
    return code(c, at, StakeholderGroup.class, ViolationCode.UNKNOWN_STAKEHOLDER_GROUP);
  }

  /** A code that is the constant's name exactly: no case folding, as the contract says. */
  private static <E extends Enum<E>> E code(ReadContext c, Pointer at, Class<E> codes, ViolationCode unknown)
      throws IOException {
    String code = c.string(at);
    if (code == null) {
      return null;
    }
    for (E constant : codes.getEnumConstants()) {
      if (constant.name().equals(code)) {
        return constant;
      }
    }
    c.problem(at, unknown);
    c.standIn(at);
    return null;
  }

  /**
   * Reads an action-line code; the parser is at its value.
   *
   * @param c the context
   * @param at the value's pointer
   * @return the line, or null when null or rejected
   * @throws IOException when the parser fails or a limit stops reading
   */
  public static ActionLine actionLine(ReadContext c, Pointer at) throws IOException {
    String code = c.string(at);
    if (code == null) {
      return null;
    }
    ActionLine line = ActionLine.fromCode(code).orElse(null);
    if (line == null) {
      c.problem(at, ViolationCode.UNKNOWN_ACTION_LINE);
      c.standIn(at);
    }
    return line;
  }

  /**
   * Reads a goal number; the parser is at its value.
   *
   * @param c the context
   * @param at the value's pointer
   * @return the goal, or null when null or rejected
   * @throws IOException when the parser fails or a limit stops reading
   */
  public static Sdg sdg(ReadContext c, Pointer at) throws IOException {
    JsonParser p = c.parser();
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.VALUE_NUMBER_INT) {
      c.wrongType(at, "integer");
      return null;
    }
    Sdg sdg = p.getNumberType() == JsonParser.NumberType.INT ? Sdg.fromNumber(p.getIntValue()).orElse(null) : null;
    if (sdg == null) {
      c.problem(at, ViolationCode.UNKNOWN_SDG);
      c.standIn(at);
    }
    return sdg;
  }

  /**
   * Reads an RFC 3339 date-time; the parser is at its value.
   *
   * @param c the context
   * @param at the value's pointer
   * @return the date-time, or null when null or rejected
   * @throws IOException when the parser fails or a limit stops reading
   */
  public static OffsetDateTime dateTime(ReadContext c, Pointer at) throws IOException {
    String text = c.string(at);
    if (text == null) {
      return null;
    }
    OffsetDateTime t = Rfc3339.parse(text);
    if (t == null) {
      c.problem(at, ViolationCode.INVALID_DATE_TIME);
      c.standIn(at);
    }
    return t;
  }

  private static void actionLines(ReadContext c, Pointer at, ContributionDraft d) throws IOException {
    if (!c.array(at)) {
      return;
    }
    for (int i = 0; c.nextItem(at, i); i++) {
      Pointer item = at.index(i);
      if (nullItem(c, item, "string")) {
        continue;
      }
      ActionLine line = actionLine(c, item);
      if (line != null) {
        d.actionLines.add(line);
        d.actionLineIndexes.add(i);
      }
    }
  }

  private static void sdgs(ReadContext c, Pointer at, ContributionDraft d) throws IOException {
    if (!c.array(at)) {
      return;
    }
    for (int i = 0; c.nextItem(at, i); i++) {
      Pointer item = at.index(i);
      if (nullItem(c, item, "integer")) {
        continue;
      }
      Sdg sdg = sdg(c, item);
      if (sdg != null) {
        d.sdgs.add(sdg);
        d.sdgIndexes.add(i);
      }
    }
  }

  private static void attachments(ReadContext c, Pointer at, ContributionDraft d) throws IOException {
    if (!c.array(at)) {
      return;
    }
    for (int i = 0; c.nextItem(at, i); i++) {
      Pointer item = at.index(i);
      AttachmentDraft a = nullItem(c, item, "object") ? null : attachment(c, item);
      // A rejected attachment keeps its place, so that the others keep their pointers and the
      // list its length.
      d.attachments.add(a == null ? new AttachmentDraft() : a);
      c.completed(item);
    }
  }

  private static void keywords(ReadContext c, Pointer at, ContributionDraft d) throws IOException {
    if (!c.array(at)) {
      return;
    }
    for (int i = 0; c.nextItem(at, i); i++) {
      Pointer item = at.index(i);
      String keyword = nullItem(c, item, "string") ? null : c.string(item);
      // A rejected keyword keeps its place with a text no payload can hold twice.
      d.keywords.add(keyword == null ? "\u0000stand-in " + i : keyword);
      c.completed(item);
    }
  }

  /** An item of a list is never null: null there is a value of the wrong type. */
  private static boolean nullItem(ReadContext c, Pointer item, String expected) throws IOException {
    if (c.parser().currentToken() == JsonToken.VALUE_NULL) {
      c.wrongType(item, expected);
      return true;
    }
    return false;
  }

  private static void requirePresent(ReadContext c, Object value, Pointer at) throws IOException {
    if (value == null && !c.isStandIn(at)) {
      c.required(at);
    }
  }
}
