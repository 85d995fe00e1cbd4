package io.github.wsis20.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.wsis20.model.ActionLine;
import io.github.wsis20.model.Sdg;
import io.github.wsis20.model.contribution.Attachment;
import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.model.contribution.Stakeholder;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The canonical JSON form of wire format 1.0: members in the order of contribution-v1.md's
 * Fields table, absent optional members and empty lists left out, date-times as
 * {@link Rfc3339#format}. Internal: not API.
 */
public final class CanonicalJson {
  private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");
  private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
      .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
      .withObjectEntrySpacing(Separators.Spacing.NONE)
      .withArrayValueSpacing(Separators.Spacing.NONE)
      .withRootSeparator(""))
      .withObjectIndenter(INDENT)
      .withArrayIndenter(INDENT);

  private CanonicalJson() {}

  /**
   * A new pretty printer of the canonical pretty form: two spaces of indentation, one member or
   * item per line, {@code "name": value}, line feeds only.
   *
   * @return a printer for one generator
   */
  public static PrettyPrinter pretty() {
    return PRETTY.createInstance();
  }

  /**
   * Writes a contribution.
   *
   * @param g the generator
   * @param c the contribution
   * @throws IOException when the generator fails
   * @throws IllegalArgumentException when a date-time has no RFC 3339 form
   */
  public static void write(JsonGenerator g, Contribution c) throws IOException {
    g.writeStartObject();
    text(g, "schemaVersion", c.getSchemaVersion());
    text(g, "id", c.getId());
    text(g, "process", c.getProcess());
    text(g, "title", c.getTitle());
    text(g, "language", c.getLanguage());
    g.writeFieldName("contributor");
    write(g, c.getContributor());
    text(g, "status", c.getStatus().name());
    if (c.getSubmittedAt().isPresent()) {
      text(g, "submittedAt", Rfc3339.format(c.getSubmittedAt().get()));
    }
    List<ActionLine> lines = c.getActionLines();
    if (!lines.isEmpty()) {
      g.writeArrayFieldStart("actionLines");
      for (ActionLine line : lines) {
        g.writeString(line.getCode());
      }
      g.writeEndArray();
    }
    List<Sdg> sdgs = c.getSdgs();
    if (!sdgs.isEmpty()) {
      g.writeArrayFieldStart("sdgs");
      for (Sdg sdg : sdgs) {
        g.writeNumber(sdg.getNumber());
      }
      g.writeEndArray();
    }
    optional(g, "summary", c.getSummary());
    optional(g, "body", c.getBody());
    if (!c.getAttachments().isEmpty()) {
      g.writeArrayFieldStart("attachments");
      for (Attachment a : c.getAttachments()) {
        write(g, a);
      }
      g.writeEndArray();
    }
    if (!c.getKeywords().isEmpty()) {
      g.writeArrayFieldStart("keywords");
      for (String k : c.getKeywords()) {
        g.writeString(checked(k));
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /**
   * Writes a contributor.
   *
   * @param g the generator
   * @param s the contributor
   * @throws IOException when the generator fails
   */
  public static void write(JsonGenerator g, Stakeholder s) throws IOException {
    g.writeStartObject();
    text(g, "name", s.getName());
    text(g, "stakeholderGroup", s.getStakeholderGroup().name());
    optional(g, "country", s.getCountry());
    optional(g, "email", s.getEmail());
    g.writeEndObject();
  }

  /**
   * Writes an attachment.
   *
   * @param g the generator
   * @param a the attachment
   * @throws IOException when the generator fails
   */
  public static void write(JsonGenerator g, Attachment a) throws IOException {
    g.writeStartObject();
    text(g, "uri", a.getUri());
    text(g, "mediaType", a.getMediaType());
    optional(g, "sha256", a.getSha256());
    optional(g, "title", a.getTitle());
    g.writeEndObject();
  }

  private static void text(JsonGenerator g, String name, String value) throws IOException {
    g.writeStringField(name, checked(value));
  }

  /** Text with an unpaired surrogate is not Unicode text: JSON in UTF-8 cannot carry it. */
  private static String checked(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException("text with an unpaired surrogate has no UTF-8 form");
      }
    }
    return s;
  }

  private static void optional(JsonGenerator g, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      text(g, name, value.get());
    }
  }
}
