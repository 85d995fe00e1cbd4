package io.github.wsis20.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.wsis20.io.internal.ContributionWire;
import io.github.wsis20.io.internal.Document;
import io.github.wsis20.io.internal.Document.Syntax;
import io.github.wsis20.io.internal.Parsers;
import io.github.wsis20.io.internal.ReadContext;
import io.github.wsis20.io.internal.Text;
import io.github.wsis20.io.internal.WireObject;
import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.validation.ContributionValidator;
import io.github.wsis20.validation.Pointer;
import io.github.wsis20.validation.ValidationReport;
import io.github.wsis20.validation.ViolationCode;
import java.io.IOException;
import java.util.Locale;
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
    // The version decides how the rest reads: found first, wherever it is among the root's members.
    JsonLocation[] versionAt = {null};
    String version = schemaVersion(source, versionAt);
    WireObject<Contribution.Builder, Contribution> root = version == null ? ContributionWire.CONTRIBUTION
        : ContributionWire.forVersion(version).orElse(null);
    if (root == null) {
      ReadContext place = new ReadContext(null, report, limits, recordLine, syntax);
      report.addAt(Pointer.root().member("schemaVersion"), ViolationCode.UNSUPPORTED_SCHEMA_VERSION,
          place.line(versionAt[0]), place.column(versionAt[0]),
          "supported", String.join(", ", new TreeSet<>(ContributionWire.versions())));
      return new ReadResult<>(null, report.build());
    }
    Document document = Document.read(source, syntax, text, root, report, limits, recordLine);
    Contribution contribution = document.judge(root, validator::validate, locale);
    return new ReadResult<>(contribution, report.build());
  }

  /**
   * The first {@code schemaVersion} member's text, skipping the other members' values, within the
   * parser's constraints; null when the root is not an object, the member is missing or not a
   * string, or the text breaks off before it: the binder reads the document again and reports
   * those.
   */
  private static String schemaVersion(Document.Source source, JsonLocation[] at) {
    try (JsonParser p = source.open()) {
      if (p.nextToken() == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          JsonToken value = p.nextToken();
          if ("schemaVersion".equals(name)) {
            at[0] = p.currentTokenLocation();
            return value == JsonToken.VALUE_STRING ? p.getText() : null;
          }
          p.skipChildren();
        }
      }
    } catch (IOException | RuntimeException e) {
      // SnakeYAML's own exceptions may escape the YAML parser unwrapped; the probe never throws.
    }
    return null;
  }
}
