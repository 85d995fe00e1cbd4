package io.github.wsis20.io.internal;

import io.github.wsis20.validation.Pointer;
import io.github.wsis20.validation.ViolationCode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the binder has read of one object so far, member by member, in the order of its
 * {@link WireObject}'s members. Internal: not API.
 *
 * <p>A draft joins its parent before its own members are read, so that whatever a document holds
 * before it breaks off is in the tree and is judged by the rules: the members of
 * {@code /contributor} read before a syntax error inside it as much as the root's.
 */
final class Draft {
  final WireObject<?, ?> type;
  /** Per member: null when absent, {@link WireType#REJECTED}, or what its type read. */
  final Object[] values;

  Draft(WireObject<?, ?> type) {
    this.type = type;
    this.values = new Object[type.members.size()];
  }

  /** Reads what an object or a list that was just opened holds; nothing for other values. */
  static void fill(WireType<?> type, ReadContext c, Object opened) throws IOException {
    if (opened instanceof Draft) {
      ((Draft) opened).fill(c);
    } else if (type instanceof WireList && opened instanceof List) {
      @SuppressWarnings("unchecked")
      List<Object> items = (List<Object>) opened;
      ((WireList<?>) type).fill(c, items);
    }
  }

  /** Reads the members of the object, then reports each required member that is missing or null. */
  void fill(ReadContext c) throws IOException {
    // What is missing is placed at the name of the member the object is, or at its start.
    com.fasterxml.jackson.core.JsonLocation where = c.placeOfValue();
    c.enter();
    long seen = 0;
    List<String> unknown = null;
    int count = 0;
    String name;
    while ((name = c.nextMember(count++)) != null) {
      int i = type.indexOf(name);
      if (i >= 0 ? (seen & 1L << i) != 0 : unknown != null && unknown.contains(name)) {
        c.memberProblem(ViolationCode.DUPLICATE_MEMBER);
        c.value(false);
        c.skip();
        continue;
      }
      if (i < 0) {
        if (unknown == null) {
          unknown = new ArrayList<>(2);
        }
        unknown.add(name);
        String near = type.nearest(name);
        c.memberProblem(ViolationCode.UNKNOWN_MEMBER, near == null ? new String[0] : new String[] {"suggestion", near});
        c.standIn(c.here());
        c.value(false);
        c.skip();
        continue;
      }
      seen |= 1L << i;
      WireType<?> member = type.members.get(i).type;
      c.value(member instanceof WireObject);
      Object value = member.read(c);
      values[i] = value;
      fill(member, c, value);
    }
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null && type.members.get(i).required) {
        c.required(c.container().member(type.members.get(i).name), where);
      }
    }
    c.exit();
  }

  /** Whether a value at a pointer under this draft was read: present, and not refused. */
  boolean holds(List<String> tokens, int from) {
    Object value = this;
    WireType<?> type = this.type;
    for (int t = from; t < tokens.size(); t++) {
      if (value instanceof Draft) {
        Draft d = (Draft) value;
        int i = d.type.indexOf(tokens.get(t));
        if (i < 0) {
          return false;
        }
        value = d.values[i];
        type = d.type.members.get(i).type;
      } else if (value instanceof List && type instanceof WireList) {
        List<?> items = (List<?>) value;
        int index = index(tokens.get(t));
        if (index < 0 || index >= items.size()) {
          return false;
        }
        value = items.get(index);
        type = ((WireList<?>) type).item;
      } else {
        return false;
      }
      if (value == null || value == WireType.REJECTED) {
        return false;
      }
    }
    return true;
  }

  /**
   * The pointer in the payload of a pointer into the built value: the items of a list that drops refused
   * items move back to their index in the payload.
   */
  Pointer inPayload(Pointer built) {
    List<String> tokens = built.tokens();
    Pointer payload = Pointer.root();
    Object value = this;
    WireType<?> type = this.type;
    for (String token : tokens) {
      if (value instanceof Draft) {
        Draft d = (Draft) value;
        int i = d.type.indexOf(token);
        value = i < 0 ? null : d.values[i];
        type = i < 0 ? null : d.type.members.get(i).type;
        payload = payload.member(token);
        continue;
      }
      if (value instanceof List && type instanceof WireList) {
        List<?> items = (List<?>) value;
        int index = index(token);
        if (index >= 0 && ((WireList<?>) type).drops()) {
          index = WireList.payloadIndex(items, index);
        }
        value = index >= 0 && index < items.size() ? items.get(index) : null;
        type = ((WireList<?>) type).item;
        payload = index >= 0 ? payload.index(index) : payload.member(token);
        continue;
      }
      value = null;
      payload = payload.member(token);
    }
    return payload;
  }

  private static int index(String token) {
    if (token.isEmpty() || token.length() > 9 || (token.length() > 1 && token.charAt(0) == '0')) {
      return -1;
    }
    for (int i = 0; i < token.length(); i++) {
      if (token.charAt(i) < '0' || token.charAt(i) > '9') {
        return -1;
      }
    }
    return Integer.parseInt(token);
  }
}
