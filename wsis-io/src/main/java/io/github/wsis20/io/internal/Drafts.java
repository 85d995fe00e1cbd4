package io.github.wsis20.io.internal;

import io.github.wsis20.model.ActionLine;
import io.github.wsis20.model.Sdg;
import io.github.wsis20.model.contribution.Attachment;
import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.model.contribution.ContributionStatus;
import io.github.wsis20.model.contribution.Stakeholder;
import io.github.wsis20.model.contribution.StakeholderGroup;
import io.github.wsis20.validation.Pointer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What a binder has read so far, member by member, and how to build a value from it with neutral
 * stand-ins where a required member is missing or was rejected. Internal: not API.
 *
 * <p>The stand-ins are chosen so that the rules that tie members together stay quiet: a missing
 * status stands in as {@code DRAFT} (nothing is required unless not a draft), a missing
 * stakeholder group as {@code OTHER} (no country is required). Texts stand in as {@code "x"}; the
 * reader drops every rule violation at a stand-in's pointer anyway.
 */
public final class Drafts {
  private static final String TEXT = "x";

  private Drafts() {}

  /** A contribution being read. */
  public static final class ContributionDraft {
    /** The schemaVersion member. */
    public String schemaVersion;
    /** The id member. */
    public String id;
    /** The process member. */
    public String process;
    /** The title member. */
    public String title;
    /** The language member. */
    public String language;
    /** The contributor member. */
    public StakeholderDraft contributor;
    /** The status member. */
    public ContributionStatus status;
    /** The submittedAt member. */
    public OffsetDateTime submittedAt;
    /** The action lines taken, without those rejected. */
    public final List<ActionLine> actionLines = new ArrayList<>();
    /** For each action line taken, its index in the payload. */
    public final List<Integer> actionLineIndexes = new ArrayList<>();
    /** The goals taken, without those rejected. */
    public final List<Sdg> sdgs = new ArrayList<>();
    /** For each goal taken, its index in the payload. */
    public final List<Integer> sdgIndexes = new ArrayList<>();
    /** The summary member. */
    public String summary;
    /** The body member. */
    public String body;
    /** The attachments, a stand-in where one was rejected. */
    public final List<AttachmentDraft> attachments = new ArrayList<>();
    /** The keywords, a unique stand-in where one was rejected. */
    public final List<String> keywords = new ArrayList<>();

    /**
     * Builds the contribution, with stand-ins for what is missing.
     *
     * @return the contribution
     */
    public Contribution build() {
      Contribution.Builder b = Contribution.builder()
          .schemaVersion(schemaVersion == null ? Contribution.CURRENT_SCHEMA_VERSION : schemaVersion)
          .id(or(id))
          .process(or(process))
          .title(or(title))
          .language(language == null ? "en" : language)
          .contributor(contributor == null ? new StakeholderDraft().build() : contributor.build())
          .status(status == null ? ContributionStatus.DRAFT : status)
          .actionLines(actionLines)
          .sdgs(sdgs);
      if (submittedAt != null) {
        b.submittedAt(submittedAt);
      }
      if (summary != null) {
        b.summary(summary);
      }
      if (body != null) {
        b.body(body);
      }
      for (AttachmentDraft a : attachments) {
        b.addAttachment(a.build());
      }
      return b.keywords(keywords).build();
    }

    /**
     * The pointer a rule violation on the built value has in the payload: items of a list from
     * which rejected items were left out move back to their index in the payload.
     *
     * @param pointer a pointer into the built value
     * @return the pointer into the payload
     */
    public Pointer inPayload(Pointer pointer) {
      String text = pointer.toString();
      if (text.startsWith("/actionLines/")) {
        return remap(text, "actionLines", actionLineIndexes);
      }
      if (text.startsWith("/sdgs/")) {
        return remap(text, "sdgs", sdgIndexes);
      }
      return pointer;
    }

    private static Pointer remap(String text, String list, List<Integer> indexes) {
      int start = list.length() + 2;
      int end = text.indexOf('/', start);
      String token = end < 0 ? text.substring(start) : text.substring(start, end);
      int index;
      try {
        index = Integer.parseInt(token);
      } catch (NumberFormatException e) {
        return Pointer.parse(text);
      }
      if (index < 0 || index >= indexes.size()) {
        return Pointer.parse(text);
      }
      return Pointer.parse("/" + list + "/" + indexes.get(index) + (end < 0 ? "" : text.substring(end)));
    }
  }

  /** A contributor being read. */
  public static final class StakeholderDraft {
    /** The name member. */
    public String name;
    /** The stakeholderGroup member. */
    public StakeholderGroup stakeholderGroup;
    /** The country member. */
    public String country;
    /** The email member. */
    public String email;

    /**
     * Builds the contributor, with stand-ins for what is missing.
     *
     * @return the contributor
     */
    public Stakeholder build() {
      Stakeholder.Builder b = Stakeholder.builder()
          .name(or(name))
          .stakeholderGroup(stakeholderGroup == null ? StakeholderGroup.OTHER : stakeholderGroup);
      if (country != null) {
        b.country(country);
      }
      if (email != null) {
        b.email(email);
      }
      return b.build();
    }
  }

  /** An attachment being read. */
  public static final class AttachmentDraft {
    /** The uri member. */
    public String uri;
    /** The mediaType member. */
    public String mediaType;
    /** The sha256 member. */
    public String sha256;
    /** The title member. */
    public String title;

    /**
     * Builds the attachment, with stand-ins for what is missing.
     *
     * @return the attachment
     */
    public Attachment build() {
      Attachment.Builder b = Attachment.builder()
          .uri(uri == null ? "https://stand-in.invalid/" : uri)
          .mediaType(mediaType == null ? "application/octet-stream" : mediaType);
      if (sha256 != null) {
        b.sha256(sha256);
      }
      if (title != null) {
        b.title(title);
      }
      return b.build();
    }
  }

  private static String or(String value) {
    return value == null ? TEXT : value;
  }
}
