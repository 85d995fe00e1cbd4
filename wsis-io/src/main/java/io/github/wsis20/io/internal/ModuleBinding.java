package io.github.wsis20.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.wsis20.io.ReadLimits;
import io.github.wsis20.io.internal.Drafts.AttachmentDraft;
import io.github.wsis20.io.internal.Drafts.ContributionDraft;
import io.github.wsis20.io.internal.Drafts.StakeholderDraft;
import io.github.wsis20.model.ActionLine;
import io.github.wsis20.model.Sdg;
import io.github.wsis20.model.contribution.Attachment;
import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.model.contribution.ContributionStatus;
import io.github.wsis20.model.contribution.Stakeholder;
import io.github.wsis20.model.contribution.StakeholderGroup;
import io.github.wsis20.validation.Pointer;
import io.github.wsis20.validation.Severity;
import io.github.wsis20.validation.ValidationReport;
import io.github.wsis20.validation.Violation;
import java.io.IOException;
import java.util.Locale;

/**
 * The serializers and deserializers of {@link io.github.wsis20.io.WsisModule}. Internal: not API.
 *
 * <p>They bind as the reader's binder does, strictly, but fail at the end of the value with a
 * {@link MismatchedInputException} that names the first problem's code and pointer (never the
 * offending value), as databind expects of a deserializer. They do not run the contract's rules.
 */
public final class ModuleBinding {
  private ModuleBinding() {}

  /** A binding step on a context. */
  @FunctionalInterface
  interface Step<T> {
    T bind(ReadContext c) throws IOException;
  }

  private static <T> T bind(JsonParser p, DeserializationContext ctxt, Class<T> type, Step<T> step) throws IOException {
    ValidationReport.Builder report = ValidationReport.builder(Locale.ENGLISH);
    ReadContext c = new ReadContext(p, report, ReadLimits.defaults(), 0);
    T value;
    try {
      value = step.bind(c);
    } catch (ReadContext.StopReading e) {
      value = null;
    }
    ValidationReport built = report.build();
    for (Violation v : built.getViolations()) {
      if (v.getSeverity() == Severity.ERROR) {
        throw MismatchedInputException.from(p, type,
            type.getSimpleName() + ": " + v.getCode().getCode() + " at '" + v.getPointer() + "'");
      }
    }
    if (value == null) {
      throw MismatchedInputException.from(p, type, type.getSimpleName() + ": no value");
    }
    return value;
  }

  private static void expectObject(JsonParser p, DeserializationContext ctxt, Class<?> type) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      ctxt.handleUnexpectedToken(type, p);
      throw JsonMappingException.from(p, type.getSimpleName() + ": expected an object");
    }
  }

  /** Reads a contribution of wire format 1.0. */
  public static final class ContributionDeserializer extends JsonDeserializer<Contribution> {
    @Override
    public Contribution deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      expectObject(p, ctxt, Contribution.class);
      return bind(p, ctxt, Contribution.class, c -> {
        ContributionDraft d = new ContributionDraft();
        new ContributionBinderV1().bind(c, d);
        return d.build();
      });
    }
  }

  /** Reads a contributor. */
  public static final class StakeholderDeserializer extends JsonDeserializer<Stakeholder> {
    @Override
    public Stakeholder deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      expectObject(p, ctxt, Stakeholder.class);
      return bind(p, ctxt, Stakeholder.class, c -> {
        StakeholderDraft d = ContributionBinderV1.stakeholder(c, Pointer.root());
        return d == null ? null : d.build();
      });
    }
  }

  /** Reads an attachment. */
  public static final class AttachmentDeserializer extends JsonDeserializer<Attachment> {
    @Override
    public Attachment deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      expectObject(p, ctxt, Attachment.class);
      return bind(p, ctxt, Attachment.class, c -> {
        AttachmentDraft d = ContributionBinderV1.attachment(c, Pointer.root());
        return d == null ? null : d.build();
      });
    }
  }

  /** Reads a status code. */
  public static final class StatusDeserializer extends JsonDeserializer<ContributionStatus> {
    @Override
    public ContributionStatus deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return bind(p, ctxt, ContributionStatus.class, c -> ContributionBinderV1.status(c, Pointer.root()));
    }
  }

  /** Reads a stakeholder-group code. */
  public static final class StakeholderGroupDeserializer extends JsonDeserializer<StakeholderGroup> {
    @Override
    public StakeholderGroup deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return bind(p, ctxt, StakeholderGroup.class, c -> ContributionBinderV1.stakeholderGroup(c, Pointer.root()));
    }
  }

  /** Reads an action-line code. */
  public static final class ActionLineDeserializer extends JsonDeserializer<ActionLine> {
    @Override
    public ActionLine deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return bind(p, ctxt, ActionLine.class, c -> ContributionBinderV1.actionLine(c, Pointer.root()));
    }
  }

  /** Reads a goal number. */
  public static final class SdgDeserializer extends JsonDeserializer<Sdg> {
    @Override
    public Sdg deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return bind(p, ctxt, Sdg.class, c -> ContributionBinderV1.sdg(c, Pointer.root()));
    }
  }

  /** Writes a contribution canonically. */
  public static final class ContributionSerializer extends JsonSerializer<Contribution> {
    @Override
    public void serialize(Contribution value, JsonGenerator g, SerializerProvider provider) throws IOException {
      CanonicalJson.write(g, value);
    }

    @Override
    public Class<Contribution> handledType() {
      return Contribution.class;
    }
  }

  /** Writes a contributor canonically. */
  public static final class StakeholderSerializer extends JsonSerializer<Stakeholder> {
    @Override
    public void serialize(Stakeholder value, JsonGenerator g, SerializerProvider provider) throws IOException {
      CanonicalJson.write(g, value);
    }

    @Override
    public Class<Stakeholder> handledType() {
      return Stakeholder.class;
    }
  }

  /** Writes an attachment canonically. */
  public static final class AttachmentSerializer extends JsonSerializer<Attachment> {
    @Override
    public void serialize(Attachment value, JsonGenerator g, SerializerProvider provider) throws IOException {
      CanonicalJson.write(g, value);
    }

    @Override
    public Class<Attachment> handledType() {
      return Attachment.class;
    }
  }

  /** Writes an action line as its code. */
  public static final class ActionLineSerializer extends JsonSerializer<ActionLine> {
    @Override
    public void serialize(ActionLine value, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeString(value.getCode());
    }

    @Override
    public Class<ActionLine> handledType() {
      return ActionLine.class;
    }
  }

  /** Writes a goal as its number. */
  public static final class SdgSerializer extends JsonSerializer<Sdg> {
    @Override
    public void serialize(Sdg value, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeNumber(value.getNumber());
    }

    @Override
    public Class<Sdg> handledType() {
      return Sdg.class;
    }
  }
}
