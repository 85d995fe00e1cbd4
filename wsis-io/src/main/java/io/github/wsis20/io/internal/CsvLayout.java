package io.github.wsis20.io.internal;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.wsis20.io.ReadLimits;
import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.validation.Pointer;
import io.github.wsis20.validation.ValidationReport;
import io.github.wsis20.validation.ViolationCode;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The CSV column layout of a contribution (docs/formats.md), derived from
 * {@link ContributionWire}: the columns, the header a file names them in, and a row's cells as the
 * tokens of the JSON object they stand for, so that the JSON binder reads them. Internal: not API.
 * Immutable once checked.
 *
 * <p>A column's name is its member's path with dots: {@code contributor.country},
 * {@code keywords.3}, {@code attachments.0.uri}. A list of codes ({@code actionLines},
 * {@code sdgs}) holds its items in one cell, separated by {@code ;}; the other lists have one
 * column per item (or per member of an item), up to the contract's maximum. An unquoted empty cell
 * is an absent member; a quoted empty cell is the empty text.
 */
public final class CsvLayout {
  /** The separator of the items in a cell. */
  public static final char ITEM_SEPARATOR = ';';

  private static final WireObject<?, Contribution> ROOT = ContributionWire.CONTRIBUTION;
  private static final Pattern INDEX = Pattern.compile("0|[1-9][0-9]{0,8}");
  private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");
  private static final CsvLayout CANONICAL = canonicalLayout();

  private final List<String> names;
  private final List<String> pointers;
  /**
   * Per root member, the columns of its values: {@code [0][0]} for a scalar or a list in one cell,
   * {@code [0][m]} for member m of an object, {@code [n][m]} for member m of item n of a list of
   * objects, {@code [n][0]} for item n of a list of scalars; -1 where the header has no column.
   */
  private final int[][][] columns;

  /**
   * A layout of columns.
   *
   * @param names the columns, in order
   * @param counted the columns whose list indexes count for the items a list has: the known ones
   */
  private CsvLayout(List<String> names, List<String> counted) {
    this.names = List.copyOf(names);
    List<String> pointers = new ArrayList<>(names.size());
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      pointers.add(pointer(names.get(i)).toString());
      index.putIfAbsent(names.get(i), i);
    }
    this.pointers = List.copyOf(pointers);
    this.columns = new int[ROOT.members.size()][][];
    for (int m = 0; m < columns.length; m++) {
      WireObject.Member<?, ?, ?> member = ROOT.members.get(m);
      int items = indexed(member) ? lastIndex(counted, member.name) + 1 : 1;
      WireType<?> item = member.type instanceof WireList && ((WireList<?>) member.type).columns > 0
          ? ((WireList<?>) member.type).item : member.type;
      List<String> fields = item instanceof WireObject ? ((WireObject<?, ?>) item).names() : List.of("");
      columns[m] = new int[items][fields.size()];
      for (int n = 0; n < items; n++) {
        for (int f = 0; f < fields.size(); f++) {
          columns[m][n][f] = index.getOrDefault(name(member, n, fields.get(f)), -1);
        }
      }
    }
  }

  /** The name of a column: the member, its item's index in a list of columns, its field in an object. */
  private static String name(WireObject.Member<?, ?, ?> member, int item, String field) {
    StringBuilder name = new StringBuilder(member.name);
    if (member.type instanceof WireList && ((WireList<?>) member.type).columns > 0) {
      name.append('.').append(item);
    }
    return field.isEmpty() ? name.toString() : name.append('.').append(field).toString();
  }

  private static boolean indexed(WireObject.Member<?, ?, ?> member) {
    return member.type instanceof WireList && ((WireList<?>) member.type).columns > 0;
  }

  private static int lastIndex(List<String> names, String list) {
    int last = -1;
    for (String name : names) {
      String[] parts = name.split("\\.", -1);
      if (parts.length >= 2 && parts[0].equals(list) && INDEX.matcher(parts[1]).matches()) {
        last = Math.max(last, Integer.parseInt(parts[1]));
      }
    }
    return last;
  }

  /**
   * The layout a writer uses: every column, with room for the contract's maximum of each list, in
   * the order of the contract's Fields table.
   *
   * @return the layout
   */
  public static CsvLayout canonical() {
    return CANONICAL;
  }

  private static CsvLayout canonicalLayout() {
    List<String> names = new ArrayList<>();
    for (WireObject.Member<?, ?, ?> member : ROOT.members) {
      int items = indexed(member) ? ((WireList<?>) member.type).columns : 1;
      WireType<?> item = indexed(member) ? ((WireList<?>) member.type).item : member.type;
      for (int n = 0; n < items; n++) {
        for (String field : item instanceof WireObject ? ((WireObject<?, ?>) item).names() : List.of("")) {
          names.add(name(member, n, field));
        }
      }
    }
    return new CsvLayout(names, names);
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
   * required column missing (including the required members of an item that has any column, and
   * every item of a list before the last one named).
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
    List<String> known = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      Pointer pointer = pointer(name);
      if (seen.putIfAbsent(name, i + 1) != null) {
        report.addAt(pointer, ViolationCode.MALFORMED_CSV, at, i + 1, "reason", "duplicate-column");
        ok = false;
        continue;
      }
      String[] parts = name.split("\\.", -1);
      int m = ROOT.indexOf(parts[0]);
      WireObject.Member<?, ?, ?> member = m < 0 ? null : ROOT.members.get(m);
      if (member != null && indexed(member) && parts.length > 1 && INDEX.matcher(parts[1]).matches()
          && Integer.parseInt(parts[1]) >= limits.getMaxArrayLength()) {
        report.addAt(pointer, ViolationCode.LIMIT_EXCEEDED, at, i + 1,
            "limit", "arrayLength", "max", Integer.toString(limits.getMaxArrayLength()));
        ok = false;
      } else if (member == null || !known(member, parts)) {
        report.addAt(pointer, ViolationCode.MALFORMED_CSV, at, i + 1, "reason", "unknown-column");
        ok = false;
      } else {
        known.add(name);
      }
    }
    CsvLayout layout = new CsvLayout(names, known);
    return missing(layout, seen, at, report) && ok ? Optional.of(layout) : Optional.empty();
  }

  private static boolean known(WireObject.Member<?, ?, ?> member, String[] parts) {
    int next = 1;
    WireType<?> type = member.type;
    if (indexed(member)) {
      if (parts.length < 2 || !INDEX.matcher(parts[1]).matches()) {
        return false;
      }
      next = 2;
      type = ((WireList<?>) member.type).item;
    }
    if (type instanceof WireObject) {
      return parts.length == next + 1 && ((WireObject<?, ?>) type).indexOf(parts[next]) >= 0;
    }
    return parts.length == next;
  }

  /** Reports the required columns a header lacks; true when it lacks none. */
  private static boolean missing(CsvLayout layout, Map<String, Integer> seen, int at, ValidationReport.Builder report) {
    List<String> missing = new ArrayList<>();
    for (int m = 0; m < ROOT.members.size(); m++) {
      WireObject.Member<?, ?, ?> member = ROOT.members.get(m);
      if (member.type instanceof WireObject && member.required) {
        for (WireObject.Member<?, ?, ?> field : ((WireObject<?, ?>) member.type).members) {
          if (field.required) {
            missing.add(name(member, 0, field.name));
          }
        }
      } else if (member.required) {
        missing.add(member.name);
      }
    }
    for (int m = 0; m < ROOT.members.size(); m++) {
      WireObject.Member<?, ?, ?> member = ROOT.members.get(m);
      if (!indexed(member)) {
        continue;
      }
      WireType<?> item = ((WireList<?>) member.type).item;
      int items = layout.columns[m].length;
      for (int n = 0; n < items; n++) {
        if (item instanceof WireObject) {
          for (WireObject.Member<?, ?, ?> field : ((WireObject<?, ?>) item).members) {
            if (field.required) {
              missing.add(name(member, n, field.name));
            }
          }
        } else if (n < items - 1) {
          missing.add(name(member, n, ""));
        }
      }
    }
    boolean ok = true;
    for (String name : missing) {
      if (!seen.containsKey(name)) {
        report.addAt(pointer(name), ViolationCode.MALFORMED_CSV, at, 0, "reason", "missing-column");
        ok = false;
      }
    }
    return ok;
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
    for (Pointer p = pointer; p != null && !p.isRoot(); p = p.parent().orElse(null)) {
      int column = pointers.indexOf(p.toString());
      if (column >= 0) {
        return column + 1;
      }
    }
    for (int i = 0; i < pointers.size() && !pointer.isRoot(); i++) {
      if (Pointer.parse(pointers.get(i)).startsWith(pointer)) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * The tokens of the object a row stands for, in the contract's order, for the binder to read.
   * An absent cell gives no member; an absent item before a present one gives {@code null}, which
   * the binder reports as an item of the wrong type. An item of a list of integers written as an
   * integer is a number token, anything else a string.
   *
   * @param cells the row's cells in the header's order, null where absent
   * @param numberLimit the most characters of a number
   * @param report where a number longer than the limit is reported, {@code LIMIT_EXCEEDED}
   * @param line the row's line
   * @return the tokens, or null when a number is longer than the limit
   */
  public TokenBuffer tokens(List<String> cells, int numberLimit, ValidationReport.Builder report, int line) {
    TokenBuffer t = new TokenBuffer((ObjectCodec) null, false);
    try {
      t.writeStartObject();
      for (int m = 0; m < columns.length; m++) {
        WireObject.Member<?, ?, ?> member = ROOT.members.get(m);
        int[][] at = columns[m];
        if (indexed(member)) {
          int last = -1;
          for (int n = 0; n < at.length; n++) {
            last = present(cells, at[n]) ? n : last;
          }
          if (last < 0) {
            continue;
          }
          t.writeFieldName(member.name);
          t.writeStartArray();
          boolean objects = ((WireList<?>) member.type).item instanceof WireObject;
          for (int n = 0; n <= last; n++) {
            if (!present(cells, at[n])) {
              t.writeNull();
            } else if (objects) {
              object(t, (WireObject<?, ?>) ((WireList<?>) member.type).item, cells, at[n]);
            } else {
              t.writeString(cells.get(at[n][0]));
            }
          }
          t.writeEndArray();
        } else if (member.type instanceof WireObject) {
          if (present(cells, at[0])) {
            t.writeFieldName(member.name);
            object(t, (WireObject<?, ?>) member.type, cells, at[0]);
          }
        } else if (member.type instanceof WireList) {
          String cell = cell(cells, at[0][0]);
          if (cell != null && !cell.isEmpty()) {
            t.writeFieldName(member.name);
            if (!items(t, cell, "integer".equals(((WireList<?>) member.type).item.jsonType()), numberLimit)) {
              report.addAt(Pointer.root().member(member.name), ViolationCode.LIMIT_EXCEEDED, line, at[0][0] + 1,
                  "limit", "numberLength", "max", Integer.toString(numberLimit));
              return null;
            }
          }
        } else if (cell(cells, at[0][0]) != null) {
          t.writeStringField(member.name, cells.get(at[0][0]));
        }
      }
      t.writeEndObject();
    } catch (IOException e) {
      // A token buffer writes to memory and does not fail; this is a guard.
      throw new IllegalStateException(e);
    }
    return t;
  }

  private static boolean items(TokenBuffer t, String cell, boolean integers, int numberLimit) throws IOException {
    t.writeStartArray();
    int from = 0;
    for (int i = 0; i <= cell.length(); i++) {
      if (i < cell.length() && cell.charAt(i) != ITEM_SEPARATOR) {
        continue;
      }
      String item = cell.substring(from, i);
      from = i + 1;
      if (!integers || !INTEGER.matcher(item).matches()) {
        t.writeString(item);
      } else if (item.length() > numberLimit) {
        return false;
      } else {
        BigInteger n = new BigInteger(item);
        if (n.bitLength() < 32) {
          t.writeNumber(n.intValue());
        } else {
          t.writeNumber(n);
        }
      }
    }
    t.writeEndArray();
    return true;
  }

  private static void object(TokenBuffer t, WireObject<?, ?> type, List<String> cells, int[] at) throws IOException {
    t.writeStartObject();
    for (int f = 0; f < at.length; f++) {
      String cell = cell(cells, at[f]);
      if (cell != null) {
        t.writeStringField(type.members.get(f).name, cell);
      }
    }
    t.writeEndObject();
  }

  private static boolean present(List<String> cells, int[] at) {
    for (int column : at) {
      if (cell(cells, column) != null) {
        return true;
      }
    }
    return false;
  }

  private static String cell(List<String> cells, int column) {
    return column < 0 ? null : cells.get(column);
  }

  /**
   * A contribution's cells in this layout: null for an absent member.
   *
   * @param c the contribution
   * @return the cells, in the order of {@link #names()}
   * @throws IllegalArgumentException when a list has more items than the layout has columns for
   */
  public List<String> cells(Contribution c) {
    String[] cells = new String[names.size()];
    for (int m = 0; m < columns.length; m++) {
      WireObject.Member<?, Contribution, ?> member = cast(ROOT.members.get(m));
      Object value = member.written(c);
      if (value == null) {
        continue;
      }
      int[][] at = columns[m];
      if (indexed(member)) {
        List<?> items = (List<?>) value;
        if (items.size() > at.length) {
          throw new IllegalArgumentException("the CSV layout holds at most " + at.length + " " + member.name);
        }
        WireType<?> item = ((WireList<?>) member.type).item;
        for (int n = 0; n < items.size(); n++) {
          fill(cells, item, items.get(n), at[n]);
        }
      } else if (member.type instanceof WireList) {
        StringBuilder joined = new StringBuilder();
        for (Object item : (List<?>) value) {
          joined.append(joined.length() == 0 ? "" : String.valueOf(ITEM_SEPARATOR)).append(text(((WireList<?>) member.type).item, item));
        }
        put(cells, at[0][0], joined.toString());
      } else {
        fill(cells, member.type, value, at[0]);
      }
    }
    return Arrays.asList(cells);
  }

  private static void fill(String[] cells, WireType<?> type, Object value, int[] at) {
    if (type instanceof WireObject) {
      WireObject<?, ?> object = (WireObject<?, ?>) type;
      for (int f = 0; f < at.length; f++) {
        WireObject.Member<?, Object, ?> field = cast(object.members.get(f));
        Object v = field.written(value);
        put(cells, at[f], v == null ? null : text(field.type, v));
      }
    } else {
      put(cells, at[0], text(type, value));
    }
  }

  private static void put(String[] cells, int column, String text) {
    if (column >= 0) {
      cells[column] = text;
    }
  }

  private static <T> String text(WireType<T> type, Object value) {
    return type.text(type.cast(value));
  }

  @SuppressWarnings("unchecked")
  private static <V> WireObject.Member<?, V, ?> cast(WireObject.Member<?, ?, ?> member) {
    return (WireObject.Member<?, V, ?>) member;
  }
}
