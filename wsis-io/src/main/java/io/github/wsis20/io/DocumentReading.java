package io.github.wsis20.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.wsis20.io.internal.ContributionWire;
import io.github.wsis20.io.internal.Document;
import io.github.wsis20.io.internal.Document.Syntax;
import io.github.wsis20.io.internal.Parsers;
import io.github.wsis20.io.internal.Text;
import io.github.wsis20.io.internal.WireObject;
import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.validation.ContributionValidator;
import io.github.wsis20.validation.ValidationReport;
import io.github.wsis20.validation.ViolationCode;
import java.util.Locale;

/**
 * Reads one contribution, already in memory and within the size limit, into a value or a report:
 * the core that {@link ContributionReader}, {@link NdjsonReader} and {@link CsvReader} share.
 *
 * <p>The steps: decode strict UTF-8 as far as it goes; find the {@code schemaVersion}; read the
 * document with that version's description ({@link Document}); build the contribution from what
 * was read, with neutral stand-ins where a required member is missing or was refused; run the
 * validator on it, and keep the rule violations that judge the payload, each at the place of its
 * value in the text. The value comes out when nothing is wrong.
 */
final class DocumentReading {
  private final ContributionFormat format;
  private final Syntax syntax;
  private final JsonFactory factory;
  private final ReadLimits limits;
  private final ContributionValidator validator;

  DocumentReading(ReadLimits limits, ContributionValidator validator, ContributionFormat format) {
    this.format = format;
    this.syntax = format == ContributionFormat.YAML ? Syntax.YAML : Syntax.JSON;
    this.factory = format == ContributionFormat.YAML ? Parsers.yaml(limits) : Parsers.json(limits);
    this.limits = limits;
    this.validator = validator;
  }

  ReadLimits limits() {
    return limits;
  }

  ContributionFormat format() {
    return format;
  }

  /**
   * Reads a document.
   *
   * @param text the document's text, within the document limit
   * @param recordLine the line of an NDJSON record, 0 for a document
   * @param locale the language of the report
   */
  ReadResult<Contribution> read(Text text, long recordLine, Locale locale) {
    return read(Document.over(factory, syntax, text, limits), syntax, text, recordLine, locale);
  }

  /**
   * Reads a document given as tokens, such as a CSV row: there is no text, so no syntax to get
   * wrong, and every violation carries the record's line.
   */
  ReadResult<Contribution> read(TokenBuffer tokens, long recordLine, Locale locale) {
    return read(tokens::asParser, Syntax.TOKENS, null, recordLine, locale);
  }

  private ReadResult<Contribution> read(Document.Source source, Syntax syntax, Text text, long recordLine,
      Locale locale) {
    ValidationReport.Builder report = ValidationReport.builder(locale).maxViolations(limits.getMaxViolations());
    if (syntax == Syntax.YAML && Document.refuseLongRun(text, limits, report)) {
      return new ReadResult<>(null, report.build());
    }
    // Read as the current version, without a second pass to find the version first: a version the
    // SDK does not read is then reported alone, as nothing else can be judged of it.
    WireObject<Contribution.Builder, Contribution> root = ContributionWire.CONTRIBUTION;
    Document document = Document.read(source, syntax, text, root, report, limits, recordLine);
    if (document.context() != null && document.context().isVersionRefused()) {
      ValidationReport.Builder alone = ValidationReport.builder(locale).maxViolations(limits.getMaxViolations());
      report.build().getViolations().stream().filter(v -> v.getCode() == ViolationCode.UNSUPPORTED_SCHEMA_VERSION)
          .findFirst().ifPresent(v -> alone.addAt(v, v.getPointer(), v.getLine().orElse(0), v.getColumn().orElse(0)));
      return new ReadResult<>(null, alone.build());
    }
    Contribution contribution = document.judge(root, validator::validate, locale);
    return new ReadResult<>(contribution, report.build());
  }
}
