package io.github.wsis20.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * An array of one type of item. Internal: not API.
 *
 * <p>{@code null} is never an item: it is a value of the wrong type. An item the binder refuses is
 * either dropped from the list the model gets, its neighbours keeping their payload indexes for
 * the report (action lines, goals: a stand-in could repeat another item), or kept as a stand-in of
 * its own (attachments, keywords: so that the list keeps its length). In CSV a list is either one
 * cell of {@code ;}-separated items, or one column per item, up to the contract's maximum.
 *
 * @param <E> the model's item
 */
final class WireList<E> extends WireType<List<E>> {
  final WireType<E> item;
  private final IntFunction<E> standIn;
  /** The CSV columns of the items, one each; 0 when the items share one cell. */
  final int columns;

  private WireList(WireType<E> item, IntFunction<E> standIn, int columns) {
    super("array");
    this.item = item;
    this.standIn = standIn;
    this.columns = columns;
  }

  /** A list whose refused items are dropped; in CSV one cell. */
  static <E> WireList<E> dropping(WireType<E> item) {
    return new WireList<>(item, null, 0);
  }

  /** A list whose refused items stand in as the item of their index; in CSV one column an item. */
  static <E> WireList<E> keeping(WireType<E> item, IntFunction<E> standIn, int columns) {
    return new WireList<>(item, standIn, columns);
  }

  @Override
  Object read(ReadContext c) throws IOException {
    JsonToken t = c.token();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.START_ARRAY) {
      return c.wrongType("array");
    }
    return new ArrayList<>();
  }

  /** Reads the items of a list that {@link #read} opened into it, each added before its own members. */
  void fill(ReadContext c, List<Object> items) throws IOException {
    c.enter();
    boolean kept = false;
    for (int i = 0; c.nextItem(i); i++) {
      Object value = c.token() == JsonToken.VALUE_NULL ? c.wrongType(item.jsonType()) : item.read(c);
      items.add(value);
      kept |= value != REJECTED;
      Draft.fill(item, c, value);
    }
    if (drops() && !items.isEmpty() && !kept) {
      // Every item was refused: the empty list the model gets stands in for them, and a rule
      // that the list is missing would judge the stand-in, not the payload.
      c.standIn(c.container());
    }
    c.exit();
  }

  boolean drops() {
    return standIn == null;
  }

  @Override
  List<E> build(Object read) {
    List<?> items = (List<?>) read;
    List<E> list = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      Object value = items.get(i);
      if (value != REJECTED) {
        list.add(item.build(value));
      } else if (standIn != null) {
        list.add(standIn.apply(i));
      }
    }
    return list;
  }

  /**
   * The index in the payload of an item of the built list: refused items that were dropped moved their
   * followers.
   */
  static int payloadIndex(List<?> items, int built) {
    int kept = -1;
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) != REJECTED && ++kept == built) {
        return i;
      }
    }
    return built;
  }

  @Override
  void write(JsonGenerator g, List<E> value) throws IOException {
    g.writeStartArray();
    for (E e : value) {
      item.write(g, e);
    }
    g.writeEndArray();
  }
}
