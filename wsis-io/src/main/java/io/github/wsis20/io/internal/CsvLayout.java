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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The CSV column layout of a contribution (docs/formats.md), walked from {@link ContributionWire}: the columns, the
 * header a file names them in, and a row's cells as the tokens of the JSON object they stand for, so that the JSON
 * binder reads them. Internal: not API. Immutable once checked.
 *
 * <p>A column's name is its member's path with dots: {@code contributor.country}, {@code keywords.3},
 * {@code attachments.0.uri}. A list that drops refused items (action lines, goals) holds them in one cell, separated by
 * {@code ;}; a list that keeps them has a column per item, or per member of an item, up to the contract's maximum. An
 * unquoted empty cell is an absent member; a quoted empty cell is the empty text.
 */
public final class CsvLayout {
  private static final String ITEM_SEPARATOR = ";";

  private static final WireObject<?, Contribution> ROOT = ContributionWire.CONTRIBUTION;
  private static final Pattern INDEX = Pattern.compile("0|[1-9][0-9]{0,8}");
  private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");
  /** A cell a spreadsheet runs as a formula, after any {@code '} marks that a writer put before it. */
  private static final Pattern FORMULA = Pattern.compile("'*[=+\\-@\t\r].*", Pattern.DOTALL);
  private static final CsvLayout CANONICAL = new CsvLayout(canonicalNames());

  private final List<String> names;
  private final List<Pointer> pointers = new ArrayList<>();

  private CsvLayout(List<String> names) {
    this.names = List.copyOf(names);
    names.forEach(n -> pointers.add(pointer(n)));
  }

  /** The layout a writer uses: every column, room for each list's maximum, in the contract's Fields order. */
  public static CsvLayout canonical() {
    return CANONICAL;
  }

  private static List<String> canonicalNames() {
    List<String> names = new ArrayList<>();
    for (WireObject.Member<?, ?, ?> m : ROOT.members) {
      int items = columns(m.type);
      for (int n = 0; n < Math.max(items, 1); n++) {
        String name = items > 0 ? m.name + "." + n : m.name;
        if (cellType(m) instanceof WireObject<?, ?> o) {
          o.names().forEach(field -> names.add(name + "." + field));
        } else {
          names.add(name);
        }
      }
    }
    return names;
  }

  /**
   * Whether a spreadsheet would run a cell as a formula, or the cell is one {@code '} mark (or more) before such a
   * text: the writer marks both with one more {@code '}.
   */
  public static boolean runsAsFormula(String cell) {
    return FORMULA.matcher(cell).matches();
  }

  /** A cell as it was before the writer marked it: one {@code '} less before a formula. */
  public static String unmarked(String cell) {
    return cell.startsWith("'") && runsAsFormula(cell.substring(1)) ? cell.substring(1) : cell;
  }

  /** The columns of a list's items, 0 for a value in one cell. */
  private static int columns(WireType<?> type) {
    return type instanceof WireList<?> l ? l.columns : 0;
  }

  /** The type of a member's cell: an item's for a list with a column per item. */
  private static WireType<?> cellType(WireObject.Member<?, ?, ?> m) {
    return m.type instanceof WireList<?> l && l.columns > 0 ? l.item : m.type;
  }

  /** The pointer of the value a column, known or not, holds: its name's parts as reference tokens. */
  public static Pointer pointer(String column) {
    Pointer p = Pointer.root();
    for (String part : column.split("\\.", -1)) {
      p = p.member(part);
    }
    return p;
  }

  /**
   * Checks a header and gives its layout, null when it has a problem. Every problem is reported at the header's line
   * and the column's number, pointing at the column's value: an unknown name, a name given twice, an index past the
   * array limit ({@code LIMIT_EXCEEDED}), a required column missing (the required members of an item that has any
   * column, and every item of a list before the last one named, count).
   */
  public static CsvLayout header(List<String> names, long line, ReadLimits limits, ValidationReport.Builder report) {
    boolean ok = true;
    Set<String> seen = new HashSet<>();
    Map<String, Integer> lastItem = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      String[] path = name.split("\\.", -1);
      int member = ROOT.indexOf(path[0]);
      WireObject.Member<?, ?, ?> m = member < 0 ? null : ROOT.members.get(member);
      String problem = !seen.add(name) ? "duplicate-column" : m == null || !known(m, path) ? "unknown-column" : null;
      if (problem == null && columns(m.type) > 0 && Integer.parseInt(path[1]) >= limits.getMaxArrayLength()) {
        report.addAt(pointer(name), ViolationCode.LIMIT_EXCEEDED, line, i + 1,
            "limit", "arrayLength", "max", Integer.toString(limits.getMaxArrayLength()));
        ok = false;
      } else if (problem != null) {
        report.addAt(pointer(name), ViolationCode.MALFORMED_CSV, line, i + 1, "reason", problem);
        ok = false;
      } else if (columns(m.type) > 0) {
        lastItem.merge(m.name, Integer.parseInt(path[1]), Math::max);
      }
    }
    for (String missing : required(lastItem)) {
      if (!seen.contains(missing)) {
        report.addAt(pointer(missing), ViolationCode.MALFORMED_CSV, line, 0, "reason", "missing-column");
        ok = false;
      }
    }
    return ok ? new CsvLayout(names) : null;
  }

  private static boolean known(WireObject.Member<?, ?, ?> m, String[] path) {
    int next = columns(m.type) > 0 ? 2 : 1;
    if (next == 2 && (path.length < 2 || !INDEX.matcher(path[1]).matches())) {
      return false;
    }
    return cellType(m) instanceof WireObject<?, ?> o ? path.length == next + 1 && o.indexOf(path[next]) >= 0
        : path.length == next;
  }

  /** The columns a header must name, given the last item it names of each list. */
  private static List<String> required(Map<String, Integer> lastItem) {
    List<String> required = new ArrayList<>();
    for (WireObject.Member<?, ?, ?> m : ROOT.members) {
      if (columns(m.type) > 0) {
        int last = lastItem.getOrDefault(m.name, -1);
        for (int n = 0; n <= last; n++) {
          if (cellType(m) instanceof WireObject<?, ?> o) {
            requiredFields(m.name + "." + n, o, required);
          } else if (n < last) {
            required.add(m.name + "." + n);
          }
        }
      } else if (m.required && m.type instanceof WireObject<?, ?> o) {
        requiredFields(m.name, o, required);
      } else if (m.required) {
        required.add(m.name);
      }
    }
    return required;
  }

  private static void requiredFields(String prefix, WireObject<?, ?> type, List<String> into) {
    type.members.stream().filter(f -> f.required).forEach(f -> into.add(prefix + "." + f.name));
  }

  /** The columns, in the header's order. */
  public List<String> names() {
    return names;
  }

  /**
   * The column, from 1, of a violation's pointer: the column holding that value, else the column holding the value it
   * lies in ({@code /actionLines/2} in {@code actionLines}), else the first column inside it ({@code /contributor} at
   * {@code contributor.name}), else 0.
   */
  public int columnOf(Pointer pointer) {
    for (Pointer p = pointer; p != null && !p.isRoot(); p = p.parent().orElse(null)) {
      int column = pointers.indexOf(p);
      if (column >= 0) {
        return column + 1;
      }
    }
    for (int i = 0; i < pointers.size() && !pointer.isRoot(); i++) {
      if (pointers.get(i).startsWith(pointer)) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * The tokens of the object a row's cells (null where absent) stand for, in the contract's order, for the binder to
   * read. An absent cell gives no member; an absent item before a present one gives {@code null}, which the binder
   * reports as an item of the wrong type. An item of a list of integers written as an integer is a number token,
   * anything else a string. Null when a number is longer than {@code numberLimit}, reported {@code LIMIT_EXCEEDED}.
   * A token buffer writes to memory: it never throws the IOException its methods declare.
   */
  public TokenBuffer tokens(List<String> cells, int numberLimit, ValidationReport.Builder report, long line)
      throws IOException {
    // The row as a tree of the cells that are there: objects by member, lists by index.
    Map<String, Object> tree = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      if (cells.get(i) != null) {
        put(tree, names.get(i).split("\\.", -1), 0, cells.get(i));
      }
    }
    TokenBuffer t = new TokenBuffer((ObjectCodec) null, false);
    String overlong = object(t, ROOT, tree, numberLimit);
    if (overlong == null) {
      return t;
    }
    report.addAt(Pointer.root().member(overlong), ViolationCode.LIMIT_EXCEEDED, line, names.indexOf(overlong) + 1,
        "limit", "numberLength", "max", Integer.toString(numberLimit));
    return null;
  }

  @SuppressWarnings("unchecked")
  private static void put(Map<String, Object> tree, String[] path, int from, String cell) {
    if (from == path.length - 1) {
      tree.put(path[from], cell);
    } else if (INDEX.matcher(path[from + 1]).matches()) {
      var items = (TreeMap<Integer, Object>) tree.computeIfAbsent(path[from], k -> new TreeMap<Integer, Object>());
      if (from + 2 == path.length) {
        items.put(Integer.parseInt(path[from + 1]), cell);
      } else {
        put((Map<String, Object>) items.computeIfAbsent(Integer.parseInt(path[from + 1]), k -> new LinkedHashMap<>()),
            path, from + 2, cell);
      }
    } else {
      put((Map<String, Object>) tree.computeIfAbsent(path[from], k -> new LinkedHashMap<>()), path, from + 1, cell);
    }
  }

  /** Writes an object's members that the tree has; the member whose number is too long, else null. */
  @SuppressWarnings("unchecked")
  private static String object(TokenBuffer t, WireObject<?, ?> type, Map<String, Object> tree, int numberLimit)
      throws IOException {
    t.writeStartObject();
    for (WireObject.Member<?, ?, ?> m : type.members) {
      Object value = tree.get(m.name);
      if (value == null || columns(m.type) == 0 && m.type instanceof WireList && ((String) value).isEmpty()) {
        continue;
      }
      t.writeFieldName(m.name);
      if (m.type instanceof WireList<?> l && l.columns > 0) {
        var items = (TreeMap<Integer, Object>) value;
        t.writeStartArray();
        for (int n = 0; n <= items.lastKey(); n++) {
          Object item = items.get(n);
          if (item == null) {
            t.writeNull();
          } else if (item instanceof Map) {
            object(t, (WireObject<?, ?>) l.item, (Map<String, Object>) item, numberLimit);
          } else {
            t.writeString((String) item);
          }
        }
        t.writeEndArray();
      } else if (m.type instanceof WireObject<?, ?> o) {
        object(t, o, (Map<String, Object>) value, numberLimit);
      } else if (m.type instanceof WireList<?> l) {
        if (!items(t, (String) value, "integer".equals(l.item.jsonType()), numberLimit)) {
          return m.name;
        }
      } else {
        t.writeString((String) value);
      }
    }
    t.writeEndObject();
    return null;
  }

  private static boolean items(TokenBuffer t, String cell, boolean integers, int numberLimit) throws IOException {
    t.writeStartArray();
    for (String item : cell.split(ITEM_SEPARATOR, -1)) {
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

  /**
   * A contribution's cells in this layout, null for an absent member; IllegalArgumentException when a list has more
   * items than the layout has columns for.
   */
  public List<String> cells(Contribution c) {
    Map<String, String> texts = new HashMap<>();
    texts(ROOT, c, "", texts);
    List<String> cells = new ArrayList<>(names.size());
    names.forEach(n -> cells.add(texts.get(n)));
    return cells;
  }

  /** The text of every value of an object, by its column's name. */
  private static <V> void texts(WireObject<?, V> type, V value, String prefix, Map<String, String> into) {
    for (WireObject.Member<?, V, ?> m : type.members) {
      Object v = m.written(value);
      if (v == null) {
        continue;
      }
      String name = prefix + m.name;
      if (m.type instanceof WireList<?> l && l.columns > 0) {
        List<?> items = (List<?>) v;
        if (items.size() > l.columns) {
          throw new IllegalArgumentException("the CSV layout holds at most " + l.columns + " " + m.name);
        }
        for (int n = 0; n < items.size(); n++) {
          text(l.item, items.get(n), name + "." + n, into);
        }
      } else if (m.type instanceof WireList<?> l) {
        StringJoiner joined = new StringJoiner(ITEM_SEPARATOR);
        for (Object item : (List<?>) v) {
          joined.add(scalar(l.item, item));
        }
        into.put(name, joined.toString());
      } else {
        text(m.type, v, name, into);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static void text(WireType<?> type, Object value, String name, Map<String, String> into) {
    if (type instanceof WireObject) {
      texts((WireObject<?, Object>) type, value, name + ".", into);
    } else {
      into.put(name, scalar(type, value));
    }
  }

  private static <T> String scalar(WireType<T> type, Object value) {
    return type.text(type.cast(value));
  }
}
