package io.github.wsis20.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.wsis20.io.ReadLimits;
import io.github.wsis20.validation.Pointer;
import io.github.wsis20.validation.ValidationReport;
import io.github.wsis20.validation.Violation;
import io.github.wsis20.validation.ViolationCode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * One document read from its text into the draft of its root object, every problem reported where
 * it is: the pipeline that contributions and datasets, JSON and YAML, and CSV rows (as tokens)
 * share. Internal: not API. One per document.
 *
 * <p>It opens the parser (guarded, for YAML, against anchors, aliases, tags and depth), reads the
 * root object member by member, and checks that nothing follows it. A syntax error or a limit
 * stops reading where it is, and is reported there: {@code MALFORMED_JSON} or
 * {@code MALFORMED_YAML} with a {@code reason} ({@code syntax}, {@code end-of-input},
 * {@code encoding}, {@code trailing-content}, {@code several-documents}, {@code anchor},
 * {@code alias}, {@code tag}), or {@code LIMIT_EXCEEDED}. What was read before the break stays in
 * the draft, and the rules judge it.
 */
public final class Document {
  /** Opens a new parser over the document, before its first token. */
  @FunctionalInterface
  public interface Source {
    /** Opens a parser. */
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

    /** The code of a document that is not well-formed. */
    public ViolationCode malformed() {
      return malformed;
    }
  }

  /** The shortest run without white space that YAML text is refused for, whatever the string limit. */
  static final int MIN_YAML_RUN = 65_536;

  private static final java.util.regex.Pattern SURROGATE_ESCAPE = java.util.regex.Pattern
      .compile("\\\\u[dD][89abAB][0-9a-fA-F]{2}(\\\\u(?![dD][c-fC-F])[0-9a-fA-F]{4})?$");

  private final Source source;
  private final Syntax syntax;
  private final Text text;
  private final boolean cut;
  private final ValidationReport.Builder report;
  private ReadContext context;
  private Object root;
  private Pointer breakAt;
  private boolean rootRead;

  private Document(Source source, Syntax syntax, Text text, ValidationReport.Builder report) {
    this.source = source;
    this.syntax = syntax;
    this.text = text;
    this.cut = text != null && text.isCut();
    this.report = report;
  }

  /** A parser over a text, guarded for YAML. */
  public static Source over(JsonFactory factory, Syntax syntax, Text text, ReadLimits limits) {
    return () -> {
      JsonParser raw = factory.createParser(text.chars(), 0, text.length());
      return syntax == Syntax.YAML ? Parsers.guard(raw, limits.getMaxNestingDepth()) : raw;
    };
  }

  /** Reads a document. */
  public static Document read(Source source, Syntax syntax, Text text, WireObject<?, ?> root,
      ValidationReport.Builder report, ReadLimits limits, long recordLine) {
    Document d = new Document(source, syntax, text, report);
    try (JsonParser parser = source.open()) {
      d.context = new ReadContext(parser, report, limits, recordLine, syntax);
      if (text == null || !text.hasBackslash()) {
        d.context.withoutEscapes();
      }
      d.readRoot(root);
    } catch (IOException e) {
      // A parser over characters in memory fails only as the reading above reports; a guard.
      report.add(Pointer.root(), syntax.malformed, "reason", "syntax");
    }
    return d;
  }

  private void readRoot(WireObject<?, ?> type) throws IOException {
    JsonParser parser = context.parser();
    try {
      JsonToken first = parser.nextToken();
      if (first == null) {
        endOfInput();
        return;
      }
      root = first == JsonToken.VALUE_NULL ? context.wrongType("object") : type.read(context);
      Draft.fill(type, context, root);
      rootRead = true;
      trailing();
    } catch (ReadContext.StopReading e) {
      broke();
    } catch (Parsers.Refused e) {
      broke();
      malformed(parser.currentTokenLocation(), e.getMessage());
    } catch (StreamConstraintsException e) {
      broke();
      context.limitAt(parser.currentLocation(),
          e instanceof Parsers.Exceeded ? ((Parsers.Exceeded) e).limit() : "documentBytes");
    } catch (JsonProcessingException e) {
      broke();
      syntaxError(e, e.getLocation());
    } catch (RuntimeException e) {
      if (syntax != Syntax.YAML) {
        throw e;
      }
      // SnakeYAML's own exceptions can escape the YAML parser unwrapped; bad input never escapes
      // as an exception.
      broke();
      syntaxError(e, null);
    }
  }

  /** Reading stopped before the end: unless the root was whole, the values that enclose here are not. */
  private void broke() {
    if (!rootRead) {
      breakAt = context.here();
    }
  }

  private void syntaxError(Exception e, JsonLocation reported) {
    JsonLocation at = syntax == Syntax.YAML && reported != null ? reported : context.parser().currentLocation();
    ReaderException character = cause(e, ReaderException.class);
    if (syntax == Syntax.YAML && (cut || (text != null && text.isMalformed()))) {
      // YAML's scanner looks ahead: where the text stops being UTF-8 (or the document limit cut
      // it), the error it reports may lie some way before the break.
      endOfInput();
    } else if (character != null) {
      // A character YAML does not allow, found before parsing: at its place, not the parser's.
      malformed(text.location(text.offsetOfCodePoint(character.getPosition())), "syntax");
    } else if (text == null || at.getCharOffset() >= text.length() || syntax == Syntax.YAML && atEnd(e)) {
      endOfInput();
    } else {
      malformed(at,
          syntax == Syntax.JSON && escapedSurrogateBefore((int) at.getCharOffset()) ? "unpaired-surrogate" : "syntax");
    }
  }

  /**
   * Whether the text just before where the parser stopped is a {@code \}{@code u} escape of a surrogate:
   * jackson-core refuses half a character in a member's name as a syntax error there.
   */
  private boolean escapedSurrogateBefore(int offset) {
    String before = new String(text.chars(), Math.max(0, offset - 12), Math.min(offset, 12));
    return SURROGATE_ESCAPE.matcher(before).find();
  }

  /** Whether SnakeYAML's problem lies past the last character that is not white space: the text ended. */
  private boolean atEnd(Exception e) {
    MarkedYAMLException marked = cause(e, MarkedYAMLException.class);
    if (marked == null || marked.getProblemMark() == null) {
      return false;
    }
    char[] chars = text.chars();
    int last = text.length();
    while (last > 0
        && (chars[last - 1] == ' ' || chars[last - 1] == '\n' || chars[last - 1] == '\r' || chars[last - 1] == '\t')) {
      last--;
    }
    return marked.getProblemMark().getIndex() >= Character.codePointCount(chars, 0, last);
  }

  private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  /** After the root value: nothing but white space may follow. */
  private void trailing() throws IOException {
    JsonParser parser = context.parser();
    long end = parser.currentLocation().getCharOffset();
    JsonToken next;
    try {
      next = parser.nextToken();
    } catch (JsonParseException e) {
      if (syntax != Syntax.JSON || text == null) {
        throw e;
      }
      // A stray '}' or a word after the document: the parser refuses it as it would inside one,
      // but it is content after the document, at the first character that is not white space.
      int at = (int) end;
      while (at < text.length() && " \t\r\n".indexOf(text.chars()[at]) >= 0) {
        at++;
      }
      malformed(text.location(at), syntax.trailing);
      return;
    }
    if (next != null) {
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
   * Refuses YAML text, before anything parses it, with more characters without white space than a string may
   * have (and at least {@value #MIN_YAML_RUN}). SnakeYAML holds such a run whole as code points and copies it
   * for every kilobyte it reads on, so it would cost time and memory out of proportion; no document within the
   * limits has one.
   */
  public static boolean refuseLongRun(Text text, ReadLimits limits, ValidationReport.Builder report) {
    long threshold = Math.max(2L * limits.getMaxStringLength(), MIN_YAML_RUN);
    char[] chars = text.chars();
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = chars[i];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        run = 0;
      } else if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
        // A character YAML never allows: SnakeYAML stops there at once, and says where.
        return false;
      } else if (++run > threshold) {
        int[] at = text.position(i);
        report.addAt(Pointer.root(), ViolationCode.LIMIT_EXCEEDED, at[0], at[1],
            "limit", "stringLength", "max", Integer.toString(limits.getMaxStringLength()));
        return true;
      }
    }
    return false;
  }

  /**
   * Builds the root's value, with stand-ins for what is missing or was refused, and runs rules on it; the
   * violations that judge the payload join the report, each at the place of its value.
   */
  public <V> V judge(WireObject<?, V> type, BiConsumer<V, ValidationReport.Builder> rules, Locale locale) {
    if (!(root instanceof Draft)) {
      return null;
    }
    Draft draft = (Draft) root;
    V value = type.build(draft);
    if (report.isFull()) {
      return value;
    }
    ValidationReport.Builder found = ValidationReport.builder(locale)
        .maxViolations(context.limits().getMaxViolations() + 1);
    rules.accept(value, found);
    List<Violation> kept = new ArrayList<>();
    List<Pointer> pointers = new ArrayList<>();
    for (Violation v : found.build().getViolations()) {
      Pointer pointer = draft.inPayload(v.getPointer());
      if (v.getCode() != ViolationCode.TOO_MANY_VIOLATIONS && judges(draft, pointer)) {
        kept.add(v);
        pointers.add(pointer);
      }
    }
    Map<String, JsonLocation> places = kept.isEmpty() ? Map.of() : locate(pointers);
    for (int i = 0; i < kept.size(); i++) {
      Violation v = kept.get(i);
      JsonLocation at = places.get(pointers.get(i).toString());
      report.addAt(v, pointers.get(i), context.line(at), context.column(at));
    }
    return value;
  }

  /**
   * Whether a rule violation at a payload pointer judges the payload: the pointer lies at or under a value
   * read to its end, and not at or under a stand-in. When the document broke off, only values read before the
   * break and not enclosing it are whole.
   */
  private boolean judges(Draft draft, Pointer pointer) {
    if (context.underStandIn(pointer)) {
      return false;
    }
    if (breakAt == null) {
      return true;
    }
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
   * Where the values of pointers are in the text, found by reading it once more, which only a document with
   * violations pays for: a value's own token, or for a value that is not there the name of the nearest member
   * that holds it (the root object's start at the top). Tokens without text have no places.
   */
  private Map<String, JsonLocation> locate(List<Pointer> pointers) {
    Map<String, JsonLocation> places = new HashMap<>();
    if (syntax == Syntax.TOKENS) {
      return places;
    }
    Set<String> wanted = new HashSet<>();
    for (Pointer p : pointers) {
      for (Pointer q = p; q != null; q = q.parent().orElse(null)) {
        wanted.add(q.toString());
      }
    }
    Map<String, JsonLocation> values = new HashMap<>();
    Map<String, JsonLocation> names = new HashMap<>();
    try (JsonParser p = source.open()) {
      if (p.nextToken() != null) {
        walk(p, "", wanted, values, names);
      }
    } catch (IOException | RuntimeException e) {
      // What was found before the text breaks off still places its violations.
    }
    for (Pointer p : pointers) {
      Pointer q = p;
      while (q != null && !values.containsKey(q.toString())) {
        q = q.parent().orElse(null);
      }
      if (q != null) {
        JsonLocation name = names.get(q.toString());
        places.put(p.toString(), q.equals(p) || name == null ? values.get(q.toString()) : name);
      }
    }
    return places;
  }

  /** Records the places of the wanted values under the current one, the first of repeated members. */
  private static void walk(JsonParser p, String at, Set<String> wanted, Map<String, JsonLocation> values,
      Map<String, JsonLocation> names) throws IOException {
    values.putIfAbsent(at, p.currentTokenLocation());
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String member = at + "/" + p.currentName().replace("~", "~0").replace("/", "~1");
        JsonLocation name = p.currentTokenLocation();
        p.nextToken();
        if (wanted.contains(member) && !values.containsKey(member)) {
          names.put(member, name);
          walk(p, member, wanted, values, names);
        } else {
          p.skipChildren();
        }
      }
    } else if (t == JsonToken.START_ARRAY) {
      for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
        String item = at + "/" + i;
        if (wanted.contains(item)) {
          walk(p, item, wanted, values, names);
        } else {
          p.skipChildren();
        }
      }
    }
  }

  /**
   * The context the document was read with.
   *
   * @return the context
   */
  public ReadContext context() {
    return context;
  }

  /**
   * The root's value when nothing in it was refused or missing: the form of a dataset, where an entity with a
   * problem is left out.
   */
  public <V> V whole(WireObject<?, V> type) {
    return type.whole(root, Pointer.root(), report);
  }
}
