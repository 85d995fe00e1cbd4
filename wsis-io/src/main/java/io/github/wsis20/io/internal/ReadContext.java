package io.github.wsis20.io.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.wsis20.io.ReadLimits;
import io.github.wsis20.validation.Pointer;
import io.github.wsis20.validation.ValidationReport;
import io.github.wsis20.validation.ViolationCode;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The state of reading one document: the parser, the report under construction, the limits, where
 * the reader is, and which values it could not take. Internal: not API. One per document.
 *
 * <p>Every reading problem goes through it, so that each is reported the same way: at a pointer,
 * with the line and column of its token, and every limit is counted the same way. A value the
 * binder could not take (wrong type, unknown code) is a <em>stand-in</em>: the reader builds the
 * value with a neutral one there and drops every rule violation at or under its pointer, since the
 * rules would judge the stand-in, not the payload.
 */
public final class ReadContext {
  private final JsonParser parser;
  private final ValidationReport.Builder report;
  private final ReadLimits limits;
  private final long recordLine;
  private final Document.Syntax syntax;
  // Strict UTF-8 holds no unpaired surrogate: only an escape can make one. A text without a
  // backslash, or a CSV row, needs no string scanned for them.
  private boolean escapes = true;
  private boolean versionRefused;
  private final Set<String> standIns = new HashSet<>();
  // Where the reader is: the member or index of each container entered, then the value's own in
  // the innermost one. A pointer is built only when a problem needs it, not for every token.
  private String[] names = new String[8];
  private int[] indexes = new int[8];
  private int depth;
  private String atMember;
  private int atIndex = -1;
  // The place of the name of the member whose value is an object: where what the object lacks is
  // reported. Kept only for those, not made for every member of every payload.
  private JsonLocation name;

  /** Starts reading. */
  public ReadContext(JsonParser parser, ValidationReport.Builder report, ReadLimits limits, long recordLine,
      Document.Syntax syntax) {
    this.parser = parser;
    this.report = report;
    this.limits = limits;
    this.recordLine = recordLine;
    this.syntax = syntax;
  }

  /** Notes that the document names a schema version the SDK does not read. */
  void refusedVersion() {
    versionRefused = true;
  }

  /**
   * Whether the document names a schema version the SDK does not read: then that is the only
   * thing to say about it.
   *
   * @return true when refused
   */
  public boolean isVersionRefused() {
    return versionRefused;
  }

  /** Says that the document's strings cannot hold an unpaired surrogate. */
  void withoutEscapes() {
    escapes = false;
  }

  /** Whether the document is YAML, whose scalars are typed by their text. */
  boolean isYaml() {
    return syntax == Document.Syntax.YAML;
  }

  /** Where the value being read is named: its member's name, or its own token in an array or at the root. */
  JsonLocation placeOfValue() {
    return atMember != null ? name : parser.currentTokenLocation();
  }

  JsonParser parser() {
    return parser;
  }

  ValidationReport.Builder report() {
    return report;
  }

  ReadLimits limits() {
    return limits;
  }

  JsonToken token() {
    return parser.currentToken();
  }

  /** The pointer of the value being read, for problems found by the parser. */
  Pointer here() {
    Pointer p = container();
    return atMember != null ? p.member(atMember) : atIndex >= 0 ? p.index(atIndex) : p;
  }

  /** The pointer of the innermost container entered. */
  Pointer container() {
    Pointer p = Pointer.root();
    for (int i = 0; i < depth; i++) {
      p = names[i] != null ? p.member(names[i]) : indexes[i] >= 0 ? p.index(indexes[i]) : p;
    }
    return p;
  }

  /** Enters the object or array being read, whose members or items come next. */
  void enter() {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      indexes = Arrays.copyOf(indexes, depth * 2);
    }
    names[depth] = atMember;
    indexes[depth++] = atIndex;
    atMember = null;
    atIndex = -1;
  }

  /** Leaves the innermost container, read to its end: the reader is at it again. */
  void exit() {
    atMember = names[--depth];
    atIndex = indexes[depth];
  }

  /** Adds a reading problem at the current token. Stops reading once the report is full. */
  void problem(Pointer pointer, ViolationCode code, String... arguments) throws StopReading {
    JsonLocation at = parser.currentTokenLocation();
    report.addAt(pointer, code, line(at), column(at), arguments);
    if (report.isFull()) {
      throw new StopReading();
    }
  }

  /** Refuses the value being read: a problem at its token, and a stand-in. */
  Object reject(ViolationCode code, String... arguments) throws StopReading {
    Pointer at = here();
    problem(at, code, arguments);
    standIn(at);
    return WireType.REJECTED;
  }

  /** A problem at the current member's name, with the parser still there: a member that should not be there at all. */
  void memberProblem(ViolationCode code, String... arguments) throws StopReading {
    JsonLocation at = parser.currentTokenLocation();
    report.addAt(here(), code, line(at), column(at), arguments);
    if (report.isFull()) {
      throw new StopReading();
    }
  }

  /** A required member that is missing or null, placed where its object is; it becomes a stand-in. */
  void required(Pointer pointer, JsonLocation object) throws StopReading {
    standIn(pointer);
    report.addAt(pointer, ViolationCode.REQUIRED, line(object), column(object));
    if (report.isFull()) {
      throw new StopReading();
    }
  }

  /** Reports an exceeded limit at the current token, and stops reading. */
  StopReading limit(Pointer pointer, String limit, long max) throws StopReading {
    JsonLocation at = parser.currentTokenLocation();
    report.addAt(pointer, ViolationCode.LIMIT_EXCEEDED, line(at), column(at), "limit", limit, "max",
        Long.toString(max));
    throw new StopReading();
  }

  /**
   * The line of a location: the record's line for an NDJSON record or CSV row (the parser would count a
   * carriage return inside it as a line break), else the parser's; 0 when unknown.
   */
  public long line(JsonLocation at) {
    if (recordLine > 0) {
      return recordLine;
    }
    return at == null || at.getLineNr() < 1 ? 0 : at.getLineNr();
  }

  /**
   * The column of a location, from 1: for an NDJSON record counted from the start of its line; 0 when
   * unknown.
   */
  public int column(JsonLocation at) {
    if (at == null) {
      return 0;
    }
    if (recordLine > 0) {
      return at.getCharOffset() < 0 ? 0 : (int) Math.min(at.getCharOffset() + 1, Integer.MAX_VALUE);
    }
    return at.getColumnNr() < 1 ? 0 : at.getColumnNr();
  }

  /** Reports input that is not well-formed where the parser stands, at the value being read. */
  void malformedAt(JsonLocation at, ViolationCode code, String reason) {
    report.addAt(here(), code, line(at), column(at), "reason", reason);
  }

  /** Reports a limit that a parser's own constraint enforced, at the value being read. */
  void limitAt(JsonLocation at, String limit) {
    report.addAt(here(), ViolationCode.LIMIT_EXCEEDED, line(at), column(at),
        "limit", limit, "max", Long.toString(Parsers.valueOf(limits, limit)));
  }

  void standIn(Pointer pointer) {
    standIns.add(pointer.toString());
  }

  /** Whether a pointer lies at or under a stand-in. */
  boolean underStandIn(Pointer pointer) {
    if (standIns.isEmpty()) {
      return false;
    }
    for (Pointer p = pointer; p != null; p = p.parent().orElse(null)) {
      if (standIns.contains(p.toString())) {
        return true;
      }
    }
    return false;
  }

  /** Moves to the next member of the object entered, counting members: the parser stays at its name. */
  String nextMember(int count) throws IOException {
    atMember = null;
    if (parser.nextToken() == JsonToken.END_OBJECT) {
      return null;
    }
    String member = parser.currentName();
    if (member.length() > limits.getMaxStringLength() && tooLong(member)) {
      throw limit(container(), "stringLength", limits.getMaxStringLength());
    }
    atMember = member;
    if (count >= limits.getMaxMemberCount()) {
      throw limit(here(), "memberCount", limits.getMaxMemberCount());
    }
    return member;
  }

  /**
   * Moves from a member's name to its value.
   *
   * @param object whether the value may be an object, whose missing members are reported at the name
   */
  void value(boolean object) throws IOException {
    if (object) {
      name = parser.currentTokenLocation();
    }
    parser.nextToken();
  }

  /** Moves to the next item of the array entered, counting items. */
  boolean nextItem(int index) throws IOException {
    atIndex = index;
    if (parser.nextToken() == JsonToken.END_ARRAY) {
      atIndex = -1;
      return false;
    }
    if (index >= limits.getMaxArrayLength()) {
      throw limit(here(), "arrayLength", limits.getMaxArrayLength());
    }
    return true;
  }

  /**
   * The text of the current string token, within the string limit, or {@link WireType#REJECTED} for text that
   * is not Unicode (an unpaired surrogate).
   */
  Object text() throws IOException {
    String text = parser.getText();
    if (text.length() > limits.getMaxStringLength() && tooLong(text)) {
      throw limit(here(), "stringLength", limits.getMaxStringLength());
    }
    // Scanning the parser's own characters, where it has them, spares String's per-character
    // checks; the text was already copied out of them once.
    boolean unpaired = escapes && (parser.hasTextCharacters()
        ? hasUnpairedSurrogate(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength())
        : hasUnpairedSurrogate(text.toCharArray(), 0, text.length()));
    return unpaired ? reject(syntax.malformed(), "reason", "unpaired-surrogate") : text;
  }

  /** Whether a text has more code points than the string limit: the contract counts characters. */
  private boolean tooLong(String text) {
    return text.codePointCount(0, text.length()) > limits.getMaxStringLength();
  }

  /** Reports a value of the wrong type, skips it and marks it a stand-in. */
  Object wrongType(String expected) throws IOException {
    reject(ViolationCode.WRONG_TYPE, "expected", expected, "actual", typeOf(parser.currentToken()));
    skip();
    return WireType.REJECTED;
  }

  /**
   * Skips the current value and everything in it, counting array items and members against the limits; the
   * parser's own constraints guard depth, names and numbers.
   */
  void skip() throws IOException {
    JsonToken t = parser.currentToken();
    if (t == null || !t.isStructStart()) {
      return;
    }
    int[] counts = new int[8];
    boolean[] arrays = new boolean[8];
    int depth = 0;
    arrays[0] = t == JsonToken.START_ARRAY;
    while (true) {
      JsonToken n = parser.nextToken();
      if (n == null) {
        // The parser reports an unclosed container itself; this is a guard.
        throw new com.fasterxml.jackson.core.JsonParseException(parser, "unexpected end of input");
      }
      if (n.isStructEnd()) {
        if (depth-- == 0) {
          return;
        }
        continue;
      }
      if (n == JsonToken.FIELD_NAME) {
        if (++counts[depth] > limits.getMaxMemberCount()) {
          throw limit(here(), "memberCount", limits.getMaxMemberCount());
        }
        continue;
      }
      if (arrays[depth] && ++counts[depth] > limits.getMaxArrayLength()) {
        throw limit(here(), "arrayLength", limits.getMaxArrayLength());
      }
      if (n.isStructStart()) {
        if (++depth == counts.length) {
          counts = Arrays.copyOf(counts, depth * 2);
          arrays = Arrays.copyOf(arrays, depth * 2);
        }
        counts[depth] = 0;
        arrays[depth] = n == JsonToken.START_ARRAY;
      }
    }
  }

  /** The JSON type of a token, for {@code WRONG_TYPE}'s {@code actual} argument. */
  static String typeOf(JsonToken t) {
    if (t == null) {
      return "nothing";
    }
    switch (t) {
      case VALUE_STRING :
        return "string";
      case VALUE_NUMBER_INT :
        return "integer";
      case VALUE_NUMBER_FLOAT :
        return "number";
      case VALUE_TRUE :
      case VALUE_FALSE :
        return "boolean";
      case VALUE_NULL :
        return "null";
      case START_ARRAY :
        return "array";
      case START_OBJECT :
        return "object";
      default :
        return "other";
    }
  }

  private static boolean hasUnpairedSurrogate(char[] chars, int offset, int length) {
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      char c = chars[i];
      // One test for both halves (U+D800 to U+DFFF), which almost no character passes.
      if ((c & 0xF800) == 0xD800) {
        if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
          i++;
        } else {
          return true;
        }
      }
    }
    return false;
  }

  /** Unwinds the binder when a limit or the report's cap stops reading. Carries no stack trace. */
  public static final class StopReading extends IOException {
    private static final long serialVersionUID = 1L;

    private StopReading() {
      super("reading stopped");
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }
}
