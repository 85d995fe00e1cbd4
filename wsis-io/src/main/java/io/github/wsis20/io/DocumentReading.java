package io.github.wsis20.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.wsis20.io.internal.Drafts.ContributionDraft;
import io.github.wsis20.io.internal.Jackson;
import io.github.wsis20.io.internal.ReadContext;
import io.github.wsis20.io.internal.ReadContext.StopReading;
import io.github.wsis20.io.internal.SchemaBinder;
import io.github.wsis20.io.internal.SchemaBinders;
import io.github.wsis20.io.internal.Text;
import io.github.wsis20.io.internal.VersionProbe;
import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.validation.ContributionValidator;
import io.github.wsis20.validation.Pointer;
import io.github.wsis20.validation.ValidationReport;
import io.github.wsis20.validation.Violation;
import io.github.wsis20.validation.ViolationCode;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Reads one document, already in memory and within the size limit, into a value or a report:
 * the core that {@link ContributionReader} and {@link NdjsonReader} share.
 *
 * <p>The steps: decode strict UTF-8 as far as it goes; find the {@code schemaVersion}; bind the
 * root object with that version's binder, token by token, reporting every reading problem; on a
 * syntax error or a limit, stop and report it where it is. Then build the contribution from what
 * was read, with neutral stand-ins where a required member is missing or was rejected, run the
 * validator on it, and keep the rule violations that judge the payload: those at or under a value
 * read to its end, and not at or under a stand-in. The value comes out when nothing is wrong.
 */
final class DocumentReading {
  private final JsonFactory factory;
  private final ReadLimits limits;
  private final ContributionValidator validator;

  DocumentReading(ReadLimits limits, ContributionValidator validator) {
    this.factory = Jackson.reading(limits);
    this.limits = limits;
    this.validator = validator;
  }

  ReadLimits limits() {
    return limits;
  }

  /**
   * Reads a document.
   *
   * @param bytes holds the document
   * @param offset where it starts
   * @param count its length in bytes, at most the document limit
   * @param cut whether more bytes followed that the document limit left out
   * @param recordLine the line of an NDJSON record, 0 for a document
   * @param locale the language of the report
   */
  ReadResult<Contribution> read(byte[] bytes, int offset, int count, boolean cut, long recordLine, Locale locale) {
    Text text = Text.decode(bytes, offset, count, cut);
    ValidationReport.Builder report = ValidationReport.builder(locale).maxViolations(limits.getMaxViolations());

    Optional<VersionProbe> probe = VersionProbe.find(factory, text);
    if (probe.isPresent() && SchemaBinders.forVersion(probe.get().version()).isEmpty()) {
      JsonLocation at = probe.get().location();
      ReadContext place = new ReadContext(null, report, limits, recordLine);
      report.addAt(Pointer.root().member("schemaVersion"), ViolationCode.UNSUPPORTED_SCHEMA_VERSION,
          place.line(at), place.column(at), "supported", String.join(", ", new TreeSet<>(SchemaBinders.versions())));
      return new ReadResult<>(null, report.build());
    }
    SchemaBinder binder = probe.flatMap(p -> SchemaBinders.forVersion(p.version())).orElse(SchemaBinders.current());

    ContributionDraft draft = new ContributionDraft();
    boolean rootObject = false;
    ReadContext context = null;
    try (JsonParser parser = factory.createParser(text.chars(), 0, text.length())) {
      context = new ReadContext(parser, report, limits, recordLine);
      try {
        JsonToken first = parser.nextToken();
        if (first == null) {
          endOfInput(context, text, cut);
        } else if (first != JsonToken.START_OBJECT) {
          context.wrongType(Pointer.root(), "object");
          trailing(context, text, cut);
        } else {
          rootObject = true;
          binder.bind(context, draft);
          context.completed(Pointer.root());
          trailing(context, text, cut);
        }
      } catch (StopReading e) {
        // Reported where it happened.
      } catch (StreamConstraintsException e) {
        String limit = Jackson.limitOf(e);
        JsonLocation at = parser.currentLocation();
        report.addAt(context.here(), ViolationCode.LIMIT_EXCEEDED, context.line(at), context.column(at),
            "limit", limit, "max", Long.toString(Jackson.valueOf(limits, limit)));
      } catch (JsonProcessingException e) {
        JsonLocation at = parser.currentLocation();
        if (at.getCharOffset() >= text.length()) {
          endOfInput(context, text, cut);
        } else {
          malformed(context, at, "syntax");
        }
      }
    } catch (IOException e) {
      // A parser over characters in memory fails only as above; this is a guard.
      report.add(Pointer.root(), ViolationCode.MALFORMED_JSON, "reason", "syntax");
    }

    Contribution contribution = null;
    if (rootObject && context != null) {
      contribution = draft.build();
      if (!report.isFull()) {
        merge(contribution, draft, context, report, locale);
      }
    }
    return new ReadResult<>(contribution, report.build());
  }

  private void merge(Contribution contribution, ContributionDraft draft, ReadContext context,
      ValidationReport.Builder report, Locale locale) {
    ValidationReport.Builder rules = ValidationReport.builder(locale).maxViolations(limits.getMaxViolations() + 1);
    validator.validate(contribution, rules);
    for (Violation v : rules.build().getViolations()) {
      if (v.getCode() == ViolationCode.TOO_MANY_VIOLATIONS) {
        continue;
      }
      Pointer pointer = draft.inPayload(v.getPointer());
      if (context.judges(pointer)) {
        report.add(pointer, v.getCode(), v.getSeverity(), 0, 0, pairs(v.getArguments()));
      }
    }
  }

  private static String[] pairs(Map<String, String> arguments) {
    String[] pairs = new String[arguments.size() * 2];
    int i = 0;
    for (Map.Entry<String, String> e : arguments.entrySet()) {
      pairs[i++] = e.getKey();
      pairs[i++] = e.getValue();
    }
    return pairs;
  }

  /** After the root value: nothing but white space may follow. */
  private void trailing(ReadContext context, Text text, boolean cut) throws IOException {
    JsonParser parser = context.parser();
    JsonToken next = parser.nextToken();
    if (next != null) {
      malformed(context, parser.currentTokenLocation(), "trailing-content");
    } else if (text.isMalformed() || cut) {
      endOfInput(context, text, cut);
    }
  }

  /** The text ended: because it is not UTF-8 further on, because of the limit, or really. */
  private void endOfInput(ReadContext context, Text text, boolean cut) {
    JsonLocation at = context.parser().currentLocation();
    if (text.isMalformed()) {
      malformed(context, at, "encoding");
    } else if (cut) {
      context.report().addAt(context.here(), ViolationCode.LIMIT_EXCEEDED, context.line(at), context.column(at),
          "limit", "documentBytes", "max", Integer.toString(limits.getMaxDocumentBytes()));
    } else {
      malformed(context, at, "end-of-input");
    }
  }

  private static void malformed(ReadContext context, JsonLocation at, String reason) {
    context.report().addAt(context.here(), ViolationCode.MALFORMED_JSON, context.line(at), context.column(at),
        "reason", reason);
  }
}
