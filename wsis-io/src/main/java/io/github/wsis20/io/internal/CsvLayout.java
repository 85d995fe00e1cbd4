package io.github.wsis20.io.internal;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.wsis20.io.ReadLimits;
import io.github.wsis20.model.ActionLine;
import io.github.wsis20.model.contribution.Attachment;
import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.model.contribution.Stakeholder;
import io.github.wsis20.validation.Pointer;
import io.github.wsis20.validation.ValidationReport;
import io.github.wsis20.validation.ViolationCode;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The CSV column layout of wire format 1.0 (docs/formats.md): the columns, the header a file
 * names them in, and a row's cells as the tokens of the JSON object they stand for, so that the
 * JSON binder reads them. Internal: not API. Immutable once checked.
 *
 * <p>A column's name is its member's path with dots: {@code contributor.country},
 * {@code keywords.3}, {@code attachments.0.uri}. {@code actionLines} and {@code sdgs} hold their
 * codes in one cell, separated by {@code ;}. An unquoted empty cell is an absent member; a quoted
 * empty cell is the empty text.
 */
public final class CsvLayout {
  /** The separator of the codes in an {@code actionLines} or {@code sdgs} cell. */
  public static final char ITEM_SEPARATOR = ';';
  /** The keyword columns of the header that {@link #canonical()} names: the contract's maximum. */
  public static final int KEYWORD_COLUMNS = 30;
  /** The attachments of the header that {@link #canonical()} names: the contract's maximum. */
  public static final int ATTACHMENT_COLUMNS = 20;

  private static final List<String> TOP = List.of("schemaVersion", "id", "process", "title", "language");
  private static final List<String> CONTRIBUTOR = List.of("name", "stakeholderGroup", "country", "email");
  private static final List<String> MIDDLE = List.of("status", "submittedAt", "actionLines", "sdgs", "summary", "body");
  private static final List<String> ATTACHMENT = List.of("uri", "mediaType", "sha256", "title");
  private static final List<String> REQUIRED = List.of("schemaVersion", "id", "process", "title", "language",
      "contributor.name", "contributor.stakeholderGroup", "status");
  private static final Pattern INDEX = Pattern.compile("0|[1-9][0-9]{0,8}");
  private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");
  private static final CsvLayout CANONICAL = canonicalLayout();

  private final List<String> names;
  private final List<String> pointers;
  private final Map<String, Integer> columns;
  private final int keywords;
  private final int attachments;

  private CsvLayout(List<String> names, int keywords, int attachments) {
    this.names = List.copyOf(names);
    this.pointers = names.stream().map(n -> pointer(n).toString()).collect(Collectors.toUnmodifiableList());
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      columns.putIfAbsent(names.get(i), i);
    }
    this.columns = Collections.unmodifiableMap(columns);
    this.keywords = keywords;
    this.attachments = attachments;
  }

  /**
   * The layout a writer uses: every column, with room for the contract's 30 keywords and 20
   * attachments, in the order of the contract's Fields table.
   *
   * @return the layout
   */
  public static CsvLayout canonical() {
    return CANONICAL;
  }

  private static CsvLayout canonicalLayout() {
    List<String> names = new ArrayList<>(TOP);
    CONTRIBUTOR.forEach(n -> names.add("contributor." + n));
    names.addAll(MIDDLE);
    for (int i = 0; i < ATTACHMENT_COLUMNS; i++) {
      for (String field : ATTACHMENT) {
        names.add("attachments." + i + "." + field);
      }
    }
    for (int i = 0; i < KEYWORD_COLUMNS; i++) {
      names.add("keywords." + i);
    }
    return new CsvLayout(names, KEYWORD_COLUMNS, ATTACHMENT_COLUMNS);
  }

  /**
   * The pointer of the value a column holds: its name's parts as reference tokens.
   *
   * @param column a column name, known or not
   * @return the pointer
   */
  public static Pointer pointer(String column) {
    Pointer p = Pointer.root();
    for (String part : column.split("\\.", -1)) {
      p = p.member(part);
    }
    return p;
  }

  /**
   * Checks a header and gives its layout. Every problem is reported at the header's line and the
   * column's number, pointing at the column's value: an unknown name, a name given twice, a
   * required column missing (including the {@code uri} and {@code mediaType} of an attachment
   * that has any column, and every keyword or attachment before the last one named).
   *
   * @param names the header's fields
   * @param line the header's line
   * @param limits the limits: an index past the array limit is {@code LIMIT_EXCEEDED}
   * @param report where problems go
   * @return the layout, or empty when the header has a problem
   */
  public static Optional<CsvLayout> header(List<String> names, long line, ReadLimits limits, ValidationReport.Builder report) {
    int at = (int) Math.min(line, Integer.MAX_VALUE);
    boolean ok = true;
    Map<String, Integer> seen = new HashMap<>();
    TreeMap<Integer, List<String>> attachmentFields = new TreeMap<>();
    int lastKeyword = -1;
    Set<Integer> keywordIndexes = new HashSet<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      int column = i + 1;
      Pointer pointer = pointer(name);
      if (seen.putIfAbsent(name, column) != null) {
        report.addAt(pointer, ViolationCode.MALFORMED_CSV, at, column, "reason", "duplicate-column");
        ok = false;
        continue;
      }
      String[] parts = name.split("\\.", -1);
      boolean known = TOP.contains(name) || MIDDLE.contains(name)
          || (parts.length == 2 && parts[0].equals("contributor") && CONTRIBUTOR.contains(parts[1]));
      if (!known && (parts.length == 2 && parts[0].equals("keywords") || parts.length == 3 && parts[0].equals("attachments"))
          && INDEX.matcher(parts[1]).matches()) {
        int index = Integer.parseInt(parts[1]);
        if (index >= limits.getMaxArrayLength()) {
          report.addAt(pointer, ViolationCode.LIMIT_EXCEEDED, at, column,
              "limit", "arrayLength", "max", Integer.toString(limits.getMaxArrayLength()));
          ok = false;
          continue;
        }
        if (parts.length == 2) {
          known = true;
          lastKeyword = Math.max(lastKeyword, index);
          keywordIndexes.add(index);
        } else if (ATTACHMENT.contains(parts[2])) {
          known = true;
          attachmentFields.computeIfAbsent(index, k -> new ArrayList<>()).add(parts[2]);
        }
      }
      if (!known) {
        report.addAt(pointer, ViolationCode.MALFORMED_CSV, at, column, "reason", "unknown-column");
        ok = false;
      }
    }
    List<String> missing = new ArrayList<>();
    for (String required : REQUIRED) {
      if (!seen.containsKey(required)) {
        missing.add(required);
      }
    }
    for (int k = 0; k < lastKeyword; k++) {
      if (!keywordIndexes.contains(k)) {
        missing.add("keywords." + k);
      }
    }
    int lastAttachment = attachmentFields.isEmpty() ? -1 : attachmentFields.lastKey();
    for (int n = 0; n <= lastAttachment; n++) {
      List<String> fields = attachmentFields.getOrDefault(n, List.of());
      for (String required : List.of("uri", "mediaType")) {
        if (!fields.contains(required)) {
          missing.add("attachments." + n + "." + required);
        }
      }
    }
    for (String name : missing) {
      report.addAt(pointer(name), ViolationCode.MALFORMED_CSV, at, 0, "reason", "missing-column");
      ok = false;
    }
    return ok ? Optional.of(new CsvLayout(names, lastKeyword + 1, lastAttachment + 1)) : Optional.empty();
  }

  /**
   * The columns, in the header's order.
   *
   * @return the names
   */
  public List<String> names() {
    return names;
  }

  /**
   * The column of a violation's pointer: the column holding that value, else the column holding
   * the value it lies in ({@code /actionLines/2} in {@code actionLines}), else the first column
   * inside it ({@code /contributor} at {@code contributor.name}).
   *
   * @param pointer the violation's pointer
   * @return the column's number from 1, or 0 when no column holds it
   */
  public int columnOf(Pointer pointer) {
    String text = pointer.toString();
    for (String p = text; !p.isEmpty(); p = p.substring(0, p.lastIndexOf('/'))) {
      int column = pointers.indexOf(p);
      if (column >= 0) {
        return column + 1;
      }
    }
    if (text.isEmpty()) {
      return 0;
    }
    for (int i = 0; i < pointers.size(); i++) {
      if (pointers.get(i).startsWith(text + "/")) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * The tokens of the object a row stands for, in the contract's order, for the binder to read.
   * An absent cell gives no member; an absent keyword or attachment before a present one gives
   * {@code null}, which the binder reports as an item of the wrong type. A code of
   * {@code sdgs} written as an integer is a number token, anything else a string.
   *
   * @param cells the row's cells in the header's order, null where absent
   * @param numberLimit the most characters of a number
   * @return the tokens, or null when a goal number is longer than the limit
   */
  public TokenBuffer tokens(List<String> cells, int numberLimit) {
    TokenBuffer t = new TokenBuffer((ObjectCodec) null, false);
    try {
      t.writeStartObject();
      for (String name : TOP) {
        text(t, name, cell(cells, name));
      }
      if (CONTRIBUTOR.stream().anyMatch(n -> cell(cells, "contributor." + n) != null)) {
        t.writeFieldName("contributor");
        t.writeStartObject();
        for (String name : CONTRIBUTOR) {
          text(t, name, cell(cells, "contributor." + name));
        }
        t.writeEndObject();
      }
      text(t, "status", cell(cells, "status"));
      text(t, "submittedAt", cell(cells, "submittedAt"));
      String lines = cell(cells, "actionLines");
      if (lines != null && !lines.isEmpty()) {
        t.writeFieldName("actionLines");
        t.writeStartArray();
        for (String code : split(lines)) {
          t.writeString(code);
        }
        t.writeEndArray();
      }
      String sdgs = cell(cells, "sdgs");
      if (sdgs != null && !sdgs.isEmpty()) {
        t.writeFieldName("sdgs");
        t.writeStartArray();
        for (String code : split(sdgs)) {
          if (!INTEGER.matcher(code).matches()) {
            t.writeString(code);
          } else if (code.length() > numberLimit) {
            return null;
          } else {
            BigInteger n = new BigInteger(code);
            if (n.bitLength() < 32) {
              t.writeNumber(n.intValue());
            } else {
              t.writeNumber(n);
            }
          }
        }
        t.writeEndArray();
      }
      text(t, "summary", cell(cells, "summary"));
      text(t, "body", cell(cells, "body"));
      int lastAttachment = -1;
      for (int n = 0; n < attachments; n++) {
        if (attachmentPresent(cells, n)) {
          lastAttachment = n;
        }
      }
      if (lastAttachment >= 0) {
        t.writeFieldName("attachments");
        t.writeStartArray();
        for (int n = 0; n <= lastAttachment; n++) {
          if (!attachmentPresent(cells, n)) {
            t.writeNull();
            continue;
          }
          t.writeStartObject();
          for (String field : ATTACHMENT) {
            text(t, field, cell(cells, "attachments." + n + "." + field));
          }
          t.writeEndObject();
        }
        t.writeEndArray();
      }
      int lastKeyword = -1;
      for (int k = 0; k < keywords; k++) {
        if (cell(cells, "keywords." + k) != null) {
          lastKeyword = k;
        }
      }
      if (lastKeyword >= 0) {
        t.writeFieldName("keywords");
        t.writeStartArray();
        for (int k = 0; k <= lastKeyword; k++) {
          String keyword = cell(cells, "keywords." + k);
          if (keyword == null) {
            t.writeNull();
          } else {
            t.writeString(keyword);
          }
        }
        t.writeEndArray();
      }
      t.writeEndObject();
    } catch (IOException e) {
      // A token buffer writes to memory and does not fail; this is a guard.
      throw new IllegalStateException(e);
    }
    return t;
  }

  private boolean attachmentPresent(List<String> cells, int n) {
    return ATTACHMENT.stream().anyMatch(f -> cell(cells, "attachments." + n + "." + f) != null);
  }

  private String cell(List<String> cells, String name) {
    Integer i = columns.get(name);
    return i == null ? null : cells.get(i);
  }

  private static void text(TokenBuffer t, String name, String value) throws IOException {
    if (value != null) {
      t.writeStringField(name, value);
    }
  }

  private static List<String> split(String cell) {
    List<String> items = new ArrayList<>();
    int from = 0;
    for (int i = 0; i <= cell.length(); i++) {
      if (i == cell.length() || cell.charAt(i) == ITEM_SEPARATOR) {
        items.add(cell.substring(from, i));
        from = i + 1;
      }
    }
    return items;
  }

  /**
   * A contribution's cells in this layout: null for an absent member.
   *
   * @param c the contribution
   * @return the cells, in the order of {@link #names()}
   * @throws IllegalArgumentException when the contribution has more keywords or attachments than
   *     the layout has columns for
   */
  public List<String> cells(Contribution c) {
    if (c.getKeywords().size() > keywords || c.getAttachments().size() > attachments) {
      throw new IllegalArgumentException("the CSV layout holds at most " + keywords + " keywords and "
          + attachments + " attachments");
    }
    Map<String, String> values = new HashMap<>();
    values.put("schemaVersion", c.getSchemaVersion());
    values.put("id", c.getId());
    values.put("process", c.getProcess());
    values.put("title", c.getTitle());
    values.put("language", c.getLanguage());
    Stakeholder s = c.getContributor();
    values.put("contributor.name", s.getName());
    values.put("contributor.stakeholderGroup", s.getStakeholderGroup().name());
    values.put("contributor.country", s.getCountry().orElse(null));
    values.put("contributor.email", s.getEmail().orElse(null));
    values.put("status", c.getStatus().name());
    values.put("submittedAt", c.getSubmittedAt().map(Rfc3339::format).orElse(null));
    values.put("actionLines", c.getActionLines().isEmpty() ? null
        : c.getActionLines().stream().map(ActionLine::getCode).collect(Collectors.joining(";")));
    values.put("sdgs", c.getSdgs().isEmpty() ? null
        : c.getSdgs().stream().map(g -> Integer.toString(g.getNumber())).collect(Collectors.joining(";")));
    values.put("summary", c.getSummary().orElse(null));
    values.put("body", c.getBody().orElse(null));
    List<Attachment> list = c.getAttachments();
    for (int n = 0; n < list.size(); n++) {
      Attachment a = list.get(n);
      values.put("attachments." + n + ".uri", a.getUri());
      values.put("attachments." + n + ".mediaType", a.getMediaType());
      values.put("attachments." + n + ".sha256", a.getSha256().orElse(null));
      values.put("attachments." + n + ".title", a.getTitle().orElse(null));
    }
    for (int k = 0; k < c.getKeywords().size(); k++) {
      values.put("keywords." + k, c.getKeywords().get(k));
    }
    List<String> cells = new ArrayList<>(names.size());
    for (String name : names) {
      cells.add(values.get(name));
    }
    return cells;
  }
}
