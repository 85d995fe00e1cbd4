package io.github.wsis20.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.wsis20.io.internal.ContributionWire;
import io.github.wsis20.io.internal.Document;
import io.github.wsis20.io.internal.Document.Syntax;
import io.github.wsis20.io.internal.Parsers;
import io.github.wsis20.io.internal.ReadContext;
import io.github.wsis20.io.internal.Text;
import io.github.wsis20.io.internal.VersionProbe;
import io.github.wsis20.io.internal.WireObject;
import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.validation.ContributionValidator;
import io.github.wsis20.validation.Pointer;
import io.github.wsis20.validation.ValidationReport;
import io.github.wsis20.validation.ViolationCode;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

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
   * @param bytes holds the document
   * @param offset where it starts
   * @param count its length in bytes, at most the document limit
   * @param cut whether more bytes followed that the document limit left out
   * @param recordLine the line of an NDJSON record, 0 for a document
   * @param locale the language of the report
   */
  ReadResult<Contribution> read(byte[] bytes, int offset, int count, boolean cut, long recordLine, Locale locale) {
    Text text = Text.decode(bytes, offset, count, cut);
    return read(Document.over(factory, syntax, text, limits), syntax, text, cut, recordLine, locale);
  }

  /**
   * Reads a document given as tokens, such as a CSV row: there is no text, so no syntax to get
   * wrong, and every violation carries the record's line.
   */
  ReadResult<Contribution> read(TokenBuffer tokens, long recordLine, Locale locale) {
    return read(tokens::asParser, Syntax.TOKENS, null, false, recordLine, locale);
  }

  private ReadResult<Contribution> read(Document.Source source, Syntax syntax, Text text, boolean cut, long recordLine,
      Locale locale) {
    ValidationReport.Builder report = ValidationReport.builder(locale).maxViolations(limits.getMaxViolations());
    if (syntax == Syntax.YAML && Document.refuseLongRun(text, limits, report)) {
      return new ReadResult<>(null, report.build());
    }
    Optional<VersionProbe> probe = VersionProbe.find(source);
    if (probe.isPresent() && ContributionWire.forVersion(probe.get().version()).isEmpty()) {
      ReadContext place = new ReadContext(null, report, limits, recordLine, syntax);
      report.addAt(Pointer.root().member("schemaVersion"), ViolationCode.UNSUPPORTED_SCHEMA_VERSION,
          place.line(probe.get().location()), place.column(probe.get().location()),
          "supported", String.join(", ", new TreeSet<>(ContributionWire.versions())));
      return new ReadResult<>(null, report.build());
    }
    WireObject<Contribution.Builder, Contribution> root = probe.flatMap(p -> ContributionWire.forVersion(p.version()))
        .orElse(ContributionWire.CONTRIBUTION);
    Document document = Document.read(source, syntax, text, cut, root, report, limits, recordLine);
    Contribution contribution = document.judge(root, validator::validate, locale);
    return new ReadResult<>(contribution, report.build());
  }
}
