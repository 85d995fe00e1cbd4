package io.github.wsis20.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.wsis20.io.internal.DatasetParsers;
import io.github.wsis20.io.internal.Drafts.ContributionDraft;
import io.github.wsis20.io.internal.Jackson;
import io.github.wsis20.io.internal.ReadContext;
import io.github.wsis20.io.internal.ReadContext.StopReading;
import io.github.wsis20.io.internal.SchemaBinder;
import io.github.wsis20.io.internal.SchemaBinders;
import io.github.wsis20.io.internal.Text;
import io.github.wsis20.io.internal.VersionProbe;
import io.github.wsis20.io.internal.ViolationArguments;
import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.validation.ContributionValidator;
import io.github.wsis20.validation.Pointer;
import io.github.wsis20.validation.ValidationReport;
import io.github.wsis20.validation.Violation;
import io.github.wsis20.validation.ViolationCode;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Reads one document, already in memory and within the size limit, into a value or a report:
 * the core that {@link ContributionReader}, {@link NdjsonReader} and {@link CsvReader} share.
 *
 * <p>The steps: decode strict UTF-8 as far as it goes; find the {@code schemaVersion}; bind the
 * root object with that version's binder, token by token, reporting every reading problem; on a
 * syntax error or a limit, stop and report it where it is. Then build the contribution from what
 * was read, with neutral stand-ins where a required member is missing or was rejected, run the
 * validator on it, and keep the rule violations that judge the payload: those at or under a value
 * read to its end, and not at or under a stand-in. The value comes out when nothing is wrong.
 *
 * <p>YAML goes through the same binder: its parser is a jackson-core parser, guarded so that
 * anchors, aliases, tags and a second document stop reading with a located {@code MALFORMED_YAML}.
 * A CSV row arrives as tokens already, without text and so without syntax.
 */
final class DocumentReading {
  /** Opens a parser over the document, once for the version probe and once for the binder. */
  private interface Source {
    JsonParser open() throws IOException;
  }

  /** The shortest run without white space that YAML text is refused for, whatever the string limit. */
  static final int MIN_YAML_RUN = 65_536;

  private final ContributionFormat format;
  private final JsonFactory factory;
  private final ReadLimits limits;
  private final ContributionValidator validator;

  DocumentReading(ReadLimits limits, ContributionValidator validator, ContributionFormat format) {
    this.format = format;
    this.factory = format == ContributionFormat.YAML ? DatasetParsers.yaml(limits) : Jackson.reading(limits);
    this.limits = limits;
    this.validator = validator;
  }

  ReadLimits limits() {
    return limits;
  }

  ContributionFormat format() {
    return format;
  }

  ContributionValidator validator() {
    return validator;
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
    if (format == ContributionFormat.YAML) {
      int at = longRun(text);
      if (at >= 0) {
        return runTooLong(text, at, locale);
      }
    }
    return read(() -> parser(text), text, cut, recordLine, locale);
  }

  /**
   * Where YAML text first has more characters without white space than a string may have (and at
   * least {@value #MIN_YAML_RUN}), or -1. SnakeYAML holds such a run whole as code points and
   * copies it for every kilobyte it reads on, so it would cost time and memory out of proportion;
   * no contribution within the limits has one, as only a scalar or a flow collection can be that
   * long and neither is allowed to be.
   */
  private int longRun(Text text) {
    int threshold = Math.max(limits.getMaxStringLength(), MIN_YAML_RUN);
    char[] chars = text.chars();
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = chars[i];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        run = 0;
      } else if (++run > threshold) {
        return i;
      }
    }
    return -1;
  }

  private ReadResult<Contribution> runTooLong(Text text, int at, Locale locale) {
    char[] chars = text.chars();
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (chars[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    ValidationReport.Builder report = ValidationReport.builder(locale).maxViolations(limits.getMaxViolations());
    report.addAt(Pointer.root(), ViolationCode.LIMIT_EXCEEDED, line, at - lineStart + 1,
        "limit", "stringLength", "max", Integer.toString(limits.getMaxStringLength()));
    return new ReadResult<>(null, report.build());
  }

  /**
   * Reads a document given as tokens, such as a CSV row: there is no text, so no syntax to get
   * wrong, and every violation carries the record's line.
   *
   * @param tokens the root object's tokens
   * @param recordLine the record's line, from 1
   * @param locale the language of the report
   */
  ReadResult<Contribution> read(TokenBuffer tokens, long recordLine, Locale locale) {
    return read(tokens::asParser, null, false, recordLine, locale);
  }

  private JsonParser parser(Text text) throws IOException {
    JsonParser raw = factory.createParser(text.chars(), 0, text.length());
    return format == ContributionFormat.YAML ? DatasetParsers.guard(raw, limits.getMaxNestingDepth()) : raw;
  }

  private ReadResult<Contribution> read(Source source, Text text, boolean cut, long recordLine, Locale locale) {
    ValidationReport.Builder report = ValidationReport.builder(locale).maxViolations(limits.getMaxViolations());

    Optional<VersionProbe> probe;
    try {
      probe = VersionProbe.find(source.open());
    } catch (IOException e) {
      probe = Optional.empty();
    }
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
    try (JsonParser parser = source.open()) {
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
      } catch (DatasetParsers.Refused e) {
        malformed(context, parser.currentTokenLocation(), e.getMessage());
      } catch (StreamConstraintsException e) {
        context.limitAt(parser.currentLocation(), Jackson.limitOf(e));
      } catch (JsonProcessingException e) {
        syntax(context, e, text, cut);
      } catch (RuntimeException e) {
        if (format != ContributionFormat.YAML) {
          throw e;
        }
        // SnakeYAML's own exceptions can escape the YAML parser unwrapped; bad input never
        // escapes as an exception.
        malformed(context, parser.currentLocation(), cut ? "end-of-input" : "syntax");
      }
    } catch (IOException e) {
      // A parser over characters in memory fails only as above; this is a guard.
      report.add(Pointer.root(), malformed(), "reason", "syntax");
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

  private void syntax(ReadContext context, JsonProcessingException e, Text text, boolean cut) {
    JsonParser parser = context.parser();
    if (format != ContributionFormat.YAML) {
      JsonLocation at = parser.currentLocation();
      if (text == null || at.getCharOffset() >= text.length()) {
        endOfInput(context, text, cut);
      } else {
        malformed(context, at, "syntax");
      }
      return;
    }
    JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
    String message = String.valueOf(e.getOriginalMessage());
    if (cut || (text != null && text.isMalformed())) {
      // YAML's scanner looks ahead: where the text stops being UTF-8 (or the document limit cut
      // it), the error it reports may lie some way before the break.
      endOfInput(context, text, cut);
    } else if (message.contains("exceeds the limit")) {
      context.limitAt(at, "documentBytes");
    } else if (message.contains("Nesting Depth exceeded")) {
      context.limitAt(at, "nestingDepth");
    } else {
      malformed(context, at, message.contains("end-of-input") || message.contains("end of input")
          || message.contains("end of stream") ? "end-of-input" : "syntax");
    }
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
        report.add(pointer, v.getCode(), v.getSeverity(), 0, 0, ViolationArguments.pairs(v.getArguments()));
      }
    }
  }

  /** After the root value: nothing but white space may follow. */
  private void trailing(ReadContext context, Text text, boolean cut) throws IOException {
    JsonParser parser = context.parser();
    JsonToken next = parser.nextToken();
    if (next != null) {
      malformed(context, parser.currentTokenLocation(),
          format == ContributionFormat.YAML ? "several-documents" : "trailing-content");
    } else if ((text != null && text.isMalformed()) || cut) {
      endOfInput(context, text, cut);
    }
  }

  /** The text ended: because it is not UTF-8 further on, because of the limit, or really. */
  private void endOfInput(ReadContext context, Text text, boolean cut) {
    JsonLocation at = context.parser().currentLocation();
    if (text != null && text.isMalformed()) {
      malformed(context, at, "encoding");
    } else if (cut) {
      context.report().addAt(context.here(), ViolationCode.LIMIT_EXCEEDED, context.line(at), context.column(at),
          "limit", "documentBytes", "max", Integer.toString(limits.getMaxDocumentBytes()));
    } else {
      malformed(context, at, "end-of-input");
    }
  }

  private ViolationCode malformed() {
    return format == ContributionFormat.YAML ? ViolationCode.MALFORMED_YAML : ViolationCode.MALFORMED_JSON;
  }

  private void malformed(ReadContext context, JsonLocation at, String reason) {
    context.malformedAt(at, malformed(), reason);
  }
}
