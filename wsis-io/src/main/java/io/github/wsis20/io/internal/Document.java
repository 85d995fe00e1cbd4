package io.github.wsis20.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.wsis20.io.ReadLimits;
import io.github.wsis20.validation.Pointer;
import io.github.wsis20.validation.ValidationReport;
import io.github.wsis20.validation.ViolationCode;
import java.io.IOException;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import io.github.wsis20.validation.Violation;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * One document read from its text into the draft of its root object, every problem reported where
 * it is: the pipeline that contributions and datasets, JSON and YAML, and CSV rows (as tokens)
 * share. Internal: not API. One per document.
 *
 * <p>The steps: open the parser (guarded, for YAML, against anchors, aliases, tags and depth); check that the root is an
 * object and read it member by member; check that nothing follows it. A syntax error or a limit
 * stops reading where it is, and is reported there: {@code MALFORMED_JSON} or
 * {@code MALFORMED_YAML} with a {@code reason} ({@code syntax}, {@code end-of-input},
 * {@code encoding}, {@code trailing-content}, {@code several-documents}, {@code anchor},
 * {@code alias}, {@code tag}), or {@code LIMIT_EXCEEDED}. What was read before the break stays in
 * the draft.
 */
public final class Document {
  /** Opens a parser over the document. */
  @FunctionalInterface
  public interface Source {
    /**
     * Opens a parser.
     *
     * @return a new parser before the first token
     * @throws IOException if it cannot be opened
     */
    JsonParser open() throws IOException;
  }

  /** The syntax of a document, for what its problems are called. */
  public enum Syntax {
    /** JSON text. */
    JSON(ViolationCode.MALFORMED_JSON, "trailing-content"),
    /** YAML text. */
    YAML(ViolationCode.MALFORMED_YAML, "several-documents"),
    /** Tokens without text, such as a CSV row's: nothing can be malformed. */
    TOKENS(ViolationCode.MALFORMED_JSON, "trailing-content");

    final ViolationCode malformed;
    final String trailing;

    Syntax(ViolationCode malformed, String trailing) {
      this.malformed = malformed;
      this.trailing = trailing;
    }

    /**
     * The code of a document that is not well-formed.
     *
     * @return {@code MALFORMED_JSON} or {@code MALFORMED_YAML}
     */
    public ViolationCode malformed() {
      return malformed;
    }
  }

  /** The shortest run without white space that YAML text is refused for, whatever the string limit. */
  static final int MIN_YAML_RUN = 65_536;

  private final Syntax syntax;
  private final Text text;
  private final boolean cut;
  private final ValidationReport.Builder report;
  private ReadContext context;
  private Object root;
  private Pointer breakAt;
  private boolean rootRead;

  private Document(Syntax syntax, Text text, boolean cut, ValidationReport.Builder report) {
    this.syntax = syntax;
    this.text = text;
    this.cut = cut;
    this.report = report;
  }

  /**
   * A parser over a text.
   *
   * @param factory a factory of {@link Parsers}
   * @param syntax JSON or YAML
   * @param text the text
   * @param limits the limits, for the guard's depth
   * @return the source
   */
  public static Source over(JsonFactory factory, Syntax syntax, Text text, ReadLimits limits) {
    return () -> {
      JsonParser raw = factory.createParser(text.chars(), 0, text.length());
      return syntax == Syntax.YAML ? Parsers.guard(raw, limits.getMaxNestingDepth()) : raw;
    };
  }

  /**
   * Reads a document.
   *
   * @param source the document's parser
   * @param syntax its syntax
   * @param text its text, null for tokens
   * @param cut whether the document limit cut the text
   * @param root the root object's description
   * @param report where problems go
   * @param limits the limits
   * @param recordLine the line of an NDJSON record or CSV row, 0 for a document
   * @return the document read
   */
  public static Document read(Source source, Syntax syntax, Text text, boolean cut, WireObject<?, ?> root,
      ValidationReport.Builder report, ReadLimits limits, long recordLine) {
    Document d = new Document(syntax, text, cut, report);
    try (JsonParser parser = source.open()) {
      d.context = new ReadContext(parser, report, limits, recordLine);
      d.readRoot(root);
    } catch (IOException e) {
      // A parser over characters in memory fails only as the reading above reports; a guard.
      report.add(Pointer.root(), syntax.malformed, "reason", "syntax");
    }
    return d;
  }

  private void readRoot(WireObject<?, ?> type) throws IOException {
    ReadContext c = context;
    JsonParser parser = c.parser();
    try {
      JsonToken first = parser.nextToken();
      if (first == null) {
        endOfInput();
        return;
      }
      root = first == JsonToken.VALUE_NULL ? c.wrongType("object") : type.read(c);
      Draft.fill(type, c, root);
      rootRead = true;
      trailing();
    } catch (ReadContext.StopReading e) {
      broke();
    } catch (Parsers.Refused e) {
      broke();
      malformed(parser.currentTokenLocation(), e.getMessage());
    } catch (StreamConstraintsException e) {
      broke();
      c.limitAt(parser.currentLocation(), e instanceof Parsers.Exceeded ? ((Parsers.Exceeded) e).limit() : "documentBytes");
    } catch (JsonProcessingException e) {
      broke();
      syntaxError(e);
    } catch (RuntimeException e) {
      if (syntax != Syntax.YAML) {
        throw e;
      }
      // SnakeYAML's own exceptions can escape the YAML parser unwrapped; bad input never escapes
      // as an exception.
      broke();
      malformed(parser.currentLocation(), cut ? "end-of-input" : "syntax");
    }
  }

  /** Reading stopped before the end: unless the root was whole, the values that enclose here are not. */
  private void broke() {
    if (!rootRead) {
      breakAt = context.here();
    }
  }

  private void syntaxError(JsonProcessingException e) {
    JsonParser parser = context.parser();
    JsonLocation at = syntax == Syntax.YAML && e.getLocation() != null ? e.getLocation() : parser.currentLocation();
    if (syntax == Syntax.YAML && (cut || (text != null && text.isMalformed()))) {
      // YAML's scanner looks ahead: where the text stops being UTF-8 (or the document limit cut
      // it), the error it reports may lie some way before the break.
      endOfInput();
    } else if (text == null || at.getCharOffset() >= text.length() || syntax == Syntax.YAML && atEnd(e)) {
      endOfInput();
    } else {
      malformed(at, "syntax");
    }
  }

  /**
   * Whether a YAML error is SnakeYAML's finding that the text ended: its problem's mark, which
   * counts code points, lies past the last character that is not white space.
   */
  private boolean atEnd(JsonProcessingException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MarkedYAMLException && ((MarkedYAMLException) t).getProblemMark() != null) {
        char[] chars = text.chars();
        int last = text.length();
        while (last > 0 && (chars[last - 1] == ' ' || chars[last - 1] == '\n' || chars[last - 1] == '\r' || chars[last - 1] == '\t')) {
          last--;
        }
        return ((MarkedYAMLException) t).getProblemMark().getIndex() >= Character.codePointCount(chars, 0, last);
      }
    }
    return false;
  }

  /** After the root value: nothing but white space may follow. */
  private void trailing() throws IOException {
    JsonParser parser = context.parser();
    if (parser.nextToken() != null) {
      malformed(parser.currentTokenLocation(), syntax.trailing);
    } else if ((text != null && text.isMalformed()) || cut) {
      endOfInput();
    }
  }

  /** The text ended: because it is not UTF-8 further on, because of the limit, or really. */
  private void endOfInput() {
    JsonLocation at = context.parser().currentLocation();
    if (text != null && text.isMalformed()) {
      malformed(at, "encoding");
    } else if (cut) {
      report.addAt(context.here(), ViolationCode.LIMIT_EXCEEDED, context.line(at), context.column(at),
          "limit", "documentBytes", "max", Integer.toString(context.limits().getMaxDocumentBytes()));
    } else {
      malformed(at, "end-of-input");
    }
  }

  private void malformed(JsonLocation at, String reason) {
    context.malformedAt(at, syntax.malformed, reason);
  }

  /**
   * Refuses YAML text, before anything parses it, that has more characters without white space than a string may have (and
   * at least {@value #MIN_YAML_RUN}). SnakeYAML holds such a run whole as code points and copies
   * it for every kilobyte it reads on, so it would cost time and memory out of proportion; no
   * document within the limits has one, as only a scalar or a flow collection can be that long.
   *
   * @param text the text
   * @param limits the limits
   * @param report where the refusal goes
   * @return true when refused
   */
  public static boolean refuseLongRun(Text text, ReadLimits limits, ValidationReport.Builder report) {
    long threshold = Math.max(2L * limits.getMaxStringLength(), MIN_YAML_RUN);
    char[] chars = text.chars();
    int run = 0;
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = chars[i];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        run = 0;
        if (c == '\n') {
          line++;
          lineStart = i + 1;
        }
      } else if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
        // A character YAML never allows: SnakeYAML stops there at once, and says where.
        return false;
      } else if (++run > threshold) {
        report.addAt(Pointer.root(), ViolationCode.LIMIT_EXCEEDED, line, i - lineStart + 1,
            "limit", "stringLength", "max", Integer.toString(limits.getMaxStringLength()));
        return true;
      }
    }
    return false;
  }

  /**
   * What was read of the root: a {@link Draft} when the root is an object, else null.
   *
   * @return the draft
   */
  Draft draft() {
    return root instanceof Draft ? (Draft) root : null;
  }

  /**
   * Builds the root's value, with stand-ins for what is missing or was refused, and runs rules on
   * it; their violations that judge the payload join the report.
   *
   * @param root the root object's description
   * @param rules the rules, which add their violations to a report
   * @param locale the report's language
   * @param <V> the root's value
   * @return the value, or null when the root is not an object
   */
  public <V> V judge(WireObject<?, V> root, BiConsumer<V, ValidationReport.Builder> rules, Locale locale) {
    Draft draft = draft();
    if (draft == null) {
      return null;
    }
    V value = root.build(draft);
    if (report.isFull()) {
      return value;
    }
    ValidationReport.Builder found = ValidationReport.builder(locale)
        .maxViolations(context.limits().getMaxViolations() + 1);
    rules.accept(value, found);
    for (Violation v : found.build().getViolations()) {
      if (v.getCode() == ViolationCode.TOO_MANY_VIOLATIONS) {
        continue;
      }
      Pointer pointer = draft.inPayload(v.getPointer());
      if (judges(pointer)) {
        report.add(pointer, v.getCode(), v.getSeverity(), 0, 0, ViolationArguments.pairs(v.getArguments()));
      }
    }
    return value;
  }

  /**
   * Whether a rule violation at a payload pointer judges the payload: the pointer lies at or under
   * a value read to its end, and not at or under a stand-in. When the document broke off, only
   * values read before the break and not enclosing it are whole.
   *
   * @param pointer the violation's pointer in the payload
   * @return true to keep the violation
   */
  private boolean judges(Pointer pointer) {
    if (context.underStandIn(pointer)) {
      return false;
    }
    if (breakAt == null) {
      return true;
    }
    Draft draft = draft();
    List<String> tokens = pointer.tokens();
    Pointer prefix = Pointer.root();
    for (int i = 0; i < tokens.size(); i++) {
      prefix = prefix.member(tokens.get(i));
      if (!breakAt.startsWith(prefix) && draft.holds(tokens.subList(0, i + 1), 0)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The root's value when nothing in it was refused or missing: the form of a dataset, where an
   * entity with a problem is left out.
   *
   * @param root the root object's description
   * @param <V> the root's value
   * @return the value, or null
   */
  public <V> V whole(WireObject<?, V> root) {
    return root.whole(root(), Pointer.root(), report);
  }

  private Object root() {
    return root;
  }

  /**
   * The context the document was read with.
   *
   * @return the context, null when YAML was refused before parsing
   */
  public ReadContext context() {
    return context;
  }
}
