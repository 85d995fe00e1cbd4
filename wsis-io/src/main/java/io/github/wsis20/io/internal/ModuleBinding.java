package io.github.wsis20.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.wsis20.io.ReadLimits;
import io.github.wsis20.model.ActionLine;
import io.github.wsis20.model.Sdg;
import io.github.wsis20.model.contribution.Attachment;
import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.model.contribution.ContributionStatus;
import io.github.wsis20.model.contribution.Stakeholder;
import io.github.wsis20.model.contribution.StakeholderGroup;
import io.github.wsis20.validation.ValidationReport;
import java.io.IOException;
import java.util.Locale;

/**
 * The serializers and deserializers of {@link io.github.wsis20.io.WsisModule}, one of each for
 * every type of the contribution's description. Internal: not API.
 *
 * <p>They bind as the reader does, strictly, and collect every reading problem of the value; at
 * its end they throw one exception that carries the whole report, as databind expects of a
 * deserializer. They do not run the contract's rules.
 */
public final class ModuleBinding {
  /** Makes the exception a deserializer throws for a value with problems. */
  @FunctionalInterface
  public interface Failure {
    /** The exception. */
    IOException of(JsonParser parser, Class<?> type, ValidationReport report);
  }

  private ModuleBinding() {}

  /** The deserializer of a type. */
  static <T> JsonDeserializer<T> deserializer(WireType<T> type, Class<T> target, Locale locale, Failure failure) {
    return new JsonDeserializer<>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (type instanceof WireObject && p.currentToken() != JsonToken.START_OBJECT) {
          @SuppressWarnings("unchecked")
          T unexpected = (T) ctxt.handleUnexpectedToken(target, p);
          return unexpected;
        }
        ValidationReport.Builder report = ValidationReport.builder(locale);
        ReadContext c = new ReadContext(p, report, ReadLimits.defaults(), 0, Document.Syntax.JSON);
        Object read = null;
        try {
          read = type.read(c);
          Draft.fill(type, c, read);
        } catch (ReadContext.StopReading e) {
          // The report is full: what it holds is thrown below.
        }
        if (report.hasErrors() || read == null || read == WireType.REJECTED) {
          throw failure.of(p, target, report.build());
        }
        return type.build(read);
      }
    };
  }

  /** The serializer of a type: the canonical form. */
  static <T> JsonSerializer<T> serializer(WireType<T> type, Class<T> target) {
    return new JsonSerializer<>() {
      @Override
      public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
        type.write(g, value);
      }

      @Override
      public Class<T> handledType() {
        return target;
      }
    };
  }

  /** Adds the serializer and deserializer of every type of the contribution to a module. */
  public static void register(SimpleModule module, Locale locale, Failure failure) {
    add(module, ContributionWire.CONTRIBUTION, Contribution.class, locale, failure);
    add(module, ContributionWire.STAKEHOLDER, Stakeholder.class, locale, failure);
    add(module, ContributionWire.ATTACHMENT, Attachment.class, locale, failure);
    add(module, ContributionWire.STATUS, ContributionStatus.class, locale, failure);
    add(module, ContributionWire.STAKEHOLDER_GROUP, StakeholderGroup.class, locale, failure);
    add(module, ContributionWire.ACTION_LINE, ActionLine.class, locale, failure);
    add(module, ContributionWire.SDG, Sdg.class, locale, failure);
  }

  private static <T> void add(SimpleModule module, WireType<T> type, Class<T> target, Locale locale, Failure failure) {
    module.addSerializer(target, serializer(type, target));
    module.addDeserializer(target, deserializer(type, target, locale, failure));
  }
}
