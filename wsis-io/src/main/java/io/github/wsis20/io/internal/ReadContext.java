package io.github.wsis20.io.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.wsis20.io.ReadLimits;
import io.github.wsis20.validation.Pointer;
import io.github.wsis20.validation.ValidationReport;
import io.github.wsis20.validation.ViolationCode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The state of reading one document: the parser, the report under construction, the limits,
 * and what the binder learnt about each pointer. Internal: not API. Not thread-safe: one per
 * document.
 *
 * <p>Binders read values through it so that every reading problem is reported the same way: at
 * a pointer, with the line and column of the token, and so that every limit is counted the same
 * way. A value the binder could not take (wrong type, unknown code) is a <em>stand-in</em>: the
 * reader builds the contribution with a neutral value there, and drops every rule violation at or
 * under its pointer, since the rules would judge the stand-in, not the payload.
 */
public final class ReadContext {
  private final JsonParser parser;
  private final ValidationReport.Builder report;
  private final ReadLimits limits;
  private final long recordLine;
  private final Set<String> standIns = new HashSet<>();
  // Every value read to its end is marked, but only a violation asks: the marks are kept as they
  // come and put in a set once, on the first question, so a valid document never hashes them.
  private final List<Pointer> completed = new ArrayList<>();
  private Set<String> completedSet;
  // Where the reader is, as a container and the member or index in it: the pointer itself is
  // built only when a problem needs it, not for every token.
  private Pointer hereContainer = Pointer.root();
  private String hereMember;
  private int hereIndex = -1;
  private JsonLocation name;

  /**
   * Starts reading.
   *
   * @param parser the parser, before or at the first token
   * @param report where problems go
   * @param limits the limits to count against
   * @param recordLine the line of an NDJSON record, whose violations all carry it and count their
   *     column from the start of that line; 0 for a document, whose lines the parser counts
   */
  public ReadContext(JsonParser parser, ValidationReport.Builder report, ReadLimits limits, long recordLine) {
    this.parser = parser;
    this.report = report;
    this.limits = limits;
    this.recordLine = recordLine;
  }

  /**
   * The parser.
   *
   * @return the parser
   */
  public JsonParser parser() {
    return parser;
  }

  /**
   * The report under construction.
   *
   * @return the report builder
   */
  public ValidationReport.Builder report() {
    return report;
  }

  /**
   * Where the reader is: the pointer of the value it reads, for problems found by the parser.
   *
   * @return the pointer
   */
  public Pointer here() {
    if (hereMember != null) {
      return hereContainer.member(hereMember);
    }
    return hereIndex >= 0 ? hereContainer.index(hereIndex) : hereContainer;
  }

  private void at(Pointer container, String member, int index) {
    hereContainer = container;
    hereMember = member;
    hereIndex = index;
  }

  /**
   * Adds a reading problem at the current token's place. Stops reading once the report is full.
   *
   * @param pointer where the value is
   * @param code the problem
   * @param arguments name and value pairs
   * @throws StopReading when the report has reached its cap
   */
  public void problem(Pointer pointer, ViolationCode code, String... arguments) throws StopReading {
    JsonLocation at = parser.currentTokenLocation();
    report.addAt(pointer, code, line(at), column(at), arguments);
    if (report.isFull()) {
      throw new StopReading();
    }
  }

  /**
   * Adds a reading problem at the place of the current member's name: for a member that should
   * not be there at all ({@code UNKNOWN_MEMBER}, {@code DUPLICATE_MEMBER}).
   *
   * @param pointer the member's pointer
   * @param code the problem
   * @throws StopReading when the report has reached its cap
   */
  public void memberProblem(Pointer pointer, ViolationCode code) throws StopReading {
    report.addAt(pointer, code, line(name), column(name));
    if (report.isFull()) {
      throw new StopReading();
    }
  }

  /**
   * Reports a required member that is missing or null, and marks it a stand-in.
   *
   * @param pointer where it belongs
   * @throws StopReading when the report has reached its cap
   */
  public void required(Pointer pointer) throws StopReading {
    standIn(pointer);
    report.add(pointer, ViolationCode.REQUIRED);
    if (report.isFull()) {
      throw new StopReading();
    }
  }

  /**
   * Reports that a limit is exceeded, and stops reading.
   *
   * @param pointer where reading stops
   * @param limit the limit's name, as {@link ReadLimits} documents it
   * @param max the limit's value
   * @return never returns normally
   * @throws StopReading always
   */
  public StopReading limit(Pointer pointer, String limit, long max) throws StopReading {
    JsonLocation at = parser.currentTokenLocation();
    report.addAt(pointer, ViolationCode.LIMIT_EXCEEDED, line(at), column(at), "limit", limit, "max", Long.toString(max));
    throw new StopReading();
  }

  /**
   * The line of a location: the record's line for an NDJSON record (the parser would count a
   * carriage return inside it as a line break), else the parser's.
   *
   * @param at the location
   * @return the line from 1, or 0 when unknown
   */
  public int line(JsonLocation at) {
    if (recordLine > 0) {
      return (int) Math.min(recordLine, Integer.MAX_VALUE);
    }
    return at == null || at.getLineNr() < 1 ? 0 : at.getLineNr();
  }

  /**
   * The column of a location: for an NDJSON record, counted from the start of its line.
   *
   * @param at the location
   * @return the column from 1, or 0 when unknown
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

  /**
   * Reports input that is not well-formed where the parser stands, at the value being read.
   *
   * @param at where the parser broke off
   * @param code {@code MALFORMED_JSON} or {@code MALFORMED_YAML}
   * @param reason the {@code reason} argument
   */
  public void malformedAt(JsonLocation at, ViolationCode code, String reason) {
    report.addAt(here(), code, line(at), column(at), "reason", reason);
  }

  /**
   * Reports a limit that a parser's own constraint enforced, at the value being read.
   *
   * @param at where the parser stopped
   * @param limit the limit's name, as {@link ReadLimits} and the {@code limit} argument say it
   */
  public void limitAt(JsonLocation at, String limit) {
    report.addAt(here(), ViolationCode.LIMIT_EXCEEDED, line(at), column(at),
        "limit", limit, "max", Long.toString(Jackson.valueOf(limits, limit)));
  }

  /**
   * Marks a value the binder could not take: the rules are not run on what stands in for it.
   *
   * @param pointer the value's pointer
   */
  public void standIn(Pointer pointer) {
    standIns.add(pointer.toString());
  }

  /**
   * Whether a value is a stand-in.
   *
   * @param pointer the value's pointer
   * @return true when marked
   */
  public boolean isStandIn(Pointer pointer) {
    return standIns.contains(pointer.toString());
  }

  /**
   * Marks a value read to its end, so that the rules may judge it even when the document breaks
   * off later.
   *
   * @param pointer the value's pointer
   */
  public void completed(Pointer pointer) {
    completed.add(pointer);
    completedSet = null;
  }

  /**
   * Whether a rule violation at a pointer judges the payload: the pointer lies at or under a value
   * read to its end, and not at or under a stand-in.
   *
   * @param pointer the violation's pointer
   * @return true to keep the violation
   */
  public boolean judges(Pointer pointer) {
    if (completedSet == null) {
      completedSet = new HashSet<>(completed.size() * 2);
      for (Pointer p : completed) {
        completedSet.add(p.toString());
      }
    }
    String text = pointer.toString();
    boolean underCompleted = completedSet.contains("");
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || (text.charAt(i) == '/' && i > 0)) {
        String prefix = text.substring(0, i);
        if (standIns.contains(prefix)) {
          return false;
        }
        underCompleted |= completedSet.contains(prefix);
      }
    }
    return underCompleted && !standIns.contains("");
  }

  /**
   * Moves to the next member of an object whose start was read, counting members.
   *
   * @param object the object's pointer
   * @param count how many members were read before this one
   * @return the next member's name, with the parser at its value; null at the end of the object
   * @throws IOException when the parser fails, or a limit stops reading
   */
  public String nextMember(Pointer object, int count) throws IOException {
    at(object, null, -1);
    JsonToken t = parser.nextToken();
    if (t == JsonToken.END_OBJECT) {
      return null;
    }
    this.name = parser.currentTokenLocation();
    String name = parser.currentName();
    if (count >= limits.getMaxMemberCount()) {
      throw limit(object.member(name), "memberCount", limits.getMaxMemberCount());
    }
    at(object, name, -1);
    parser.nextToken();
    return name;
  }

  /**
   * Moves to the next item of an array whose start was read, counting items.
   *
   * @param array the array's pointer
   * @param index the index the next item would have
   * @return true with the parser at the item, false at the end of the array
   * @throws IOException when the parser fails, or a limit stops reading
   */
  public boolean nextItem(Pointer array, int index) throws IOException {
    at(array, null, index);
    JsonToken t = parser.nextToken();
    if (t == JsonToken.END_ARRAY) {
      at(array, null, -1);
      return false;
    }
    if (index >= limits.getMaxArrayLength()) {
      throw limit(array.index(index), "arrayLength", limits.getMaxArrayLength());
    }
    return true;
  }

  /**
   * Reads a string value: null for {@code null}, and for any other type a
   * {@link ViolationCode#WRONG_TYPE} problem, a skipped value and a stand-in.
   *
   * @param pointer the value's pointer
   * @return the text, or null when null or rejected
   * @throws IOException when the parser fails, or a limit stops reading
   */
  public String string(Pointer pointer) throws IOException {
    JsonToken t = parser.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.VALUE_STRING) {
      wrongType(pointer, "string");
      return null;
    }
    String text = parser.getText();
    if (text.length() > limits.getMaxStringLength()) {
      throw limit(pointer, "stringLength", limits.getMaxStringLength());
    }
    // Scanning the parser's own characters, where it has them, spares String's per-character
    // checks; the text was already copied out of them once.
    boolean unpaired = parser.hasTextCharacters()
        ? hasUnpairedSurrogate(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength())
        : hasUnpairedSurrogate(text);
    if (unpaired) {
      problem(pointer, ViolationCode.MALFORMED_JSON, "reason", "unpaired-surrogate");
      standIn(pointer);
      return null;
    }
    return text;
  }

  /**
   * Checks that the value is an array: true at its start, false for {@code null}, and for any
   * other type a {@link ViolationCode#WRONG_TYPE} problem, a skipped value and a stand-in.
   *
   * @param pointer the value's pointer
   * @return whether items follow
   * @throws IOException when the parser fails, or a limit stops reading
   */
  public boolean array(Pointer pointer) throws IOException {
    return container(pointer, JsonToken.START_ARRAY, "array");
  }

  /**
   * Checks that the value is an object, as {@link #array} does for arrays.
   *
   * @param pointer the value's pointer
   * @return whether members follow
   * @throws IOException when the parser fails, or a limit stops reading
   */
  public boolean object(Pointer pointer) throws IOException {
    return container(pointer, JsonToken.START_OBJECT, "object");
  }

  private boolean container(Pointer pointer, JsonToken start, String expected) throws IOException {
    JsonToken t = parser.currentToken();
    if (t == start) {
      return true;
    }
    if (t != JsonToken.VALUE_NULL) {
      wrongType(pointer, expected);
    }
    return false;
  }

  /**
   * Reports a value of the wrong type, skips it and marks it a stand-in.
   *
   * @param pointer the value's pointer
   * @param expected the JSON type the contract names: string, integer, array, object
   * @throws IOException when the parser fails, or a limit stops reading
   */
  public void wrongType(Pointer pointer, String expected) throws IOException {
    problem(pointer, ViolationCode.WRONG_TYPE, "expected", expected, "actual", typeOf(parser.currentToken()));
    standIn(pointer);
    skip(pointer);
  }

  /**
   * Skips the current value and everything in it, counting array items and members against the
   * limits; the parser's own constraints guard depth, names and numbers.
   *
   * @param pointer the value's pointer, where a limit is reported
   * @throws IOException when the parser fails, or a limit stops reading
   */
  public void skip(Pointer pointer) throws IOException {
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
        if (depth == 0) {
          return;
        }
        depth--;
        continue;
      }
      if (n == JsonToken.FIELD_NAME) {
        if (++counts[depth] > limits.getMaxMemberCount()) {
          throw limit(pointer, "memberCount", limits.getMaxMemberCount());
        }
        continue;
      }
      if (arrays[depth] && ++counts[depth] > limits.getMaxArrayLength()) {
        throw limit(pointer, "arrayLength", limits.getMaxArrayLength());
      }
      if (n.isStructStart()) {
        depth++;
        if (depth == counts.length) {
          counts = Arrays.copyOf(counts, depth * 2);
          arrays = Arrays.copyOf(arrays, depth * 2);
        }
        counts[depth] = 0;
        arrays[depth] = n == JsonToken.START_ARRAY;
      }
    }
  }

  /**
   * The JSON type of a token, for {@link ViolationCode#WRONG_TYPE}'s {@code actual} argument.
   *
   * @param t the token
   * @return string, number, integer, boolean, null, array or object
   */
  public static String typeOf(JsonToken t) {
    if (t == null) {
      return "nothing";
    }
    switch (t) {
      case VALUE_STRING:
        return "string";
      case VALUE_NUMBER_INT:
        return "integer";
      case VALUE_NUMBER_FLOAT:
        return "number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "boolean";
      case VALUE_NULL:
        return "null";
      case START_ARRAY:
        return "array";
      case START_OBJECT:
        return "object";
      default:
        return "other";
    }
  }

  private static boolean hasUnpairedSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c & 0xF800) == 0xD800) {
        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          return true;
        }
      }
    }
    return false;
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
