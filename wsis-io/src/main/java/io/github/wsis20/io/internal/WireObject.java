package io.github.wsis20.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import io.github.wsis20.validation.Pointer;
import io.github.wsis20.validation.ViolationCode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * An object of the wire formats: its members in the canonical order, each with its name, type,
 * whether it is required, how the model's builder takes it and how the model gives it back.
 * Reading is strict: a member it does not name is {@code UNKNOWN_MEMBER}, a member given twice
 * {@code DUPLICATE_MEMBER} (the first counts), a required member that is missing or null
 * {@code REQUIRED}; {@code null} is the same as absent. Writing gives the members in their order,
 * leaving out what is absent, empty or at its default. Internal: not API.
 *
 * @param <B> the model's builder
 * @param <V> the model's value
 */
public final class WireObject<B, V> extends WireType<V> {
  /** One member. */
  static final class Member<B, V, T> {
    final String name;
    final WireType<T> type;
    final boolean required;
    final BiConsumer<B, T> set;
    final Function<V, ?> get;
    /** What a required member stands in as when missing or refused; null where nothing may. */
    final Supplier<T> standIn;
    /** A value that is not written, because reading without it gives it. */
    final Object omitted;

    Member(String name, WireType<T> type, boolean required, BiConsumer<B, T> set, Function<V, ?> get,
        Supplier<T> standIn, Object omitted) {
      this.name = name;
      this.type = type;
      this.required = required;
      this.set = set;
      this.get = get;
      this.standIn = standIn;
      this.omitted = omitted;
    }

    void set(B builder, Object value) {
      set.accept(builder, type.cast(value));
    }

    /** The member's value in a model's value, or null when it is not written. */
    Object written(V value) {
      Object v = get.apply(value);
      if (v instanceof Optional) {
        v = ((Optional<?>) v).orElse(null);
      } else if (v instanceof OptionalInt) {
        v = ((OptionalInt) v).isPresent() ? ((OptionalInt) v).getAsInt() : null;
      }
      if (v instanceof Collection && ((Collection<?>) v).isEmpty() || Objects.equals(v, omitted)) {
        return null;
      }
      return v;
    }
  }

  final List<Member<B, V, ?>> members = new ArrayList<>();
  private String[] names = new String[0];
  private final Supplier<B> builder;
  private final Function<B, V> finish;

  private WireObject(Supplier<B> builder, Function<B, V> finish) {
    super("object");
    this.builder = builder;
    this.finish = finish;
  }

  /** An object built with the model's builder. */
  static <B, V> WireObject<B, V> of(Supplier<B> builder, Function<B, V> finish) {
    return new WireObject<>(builder, finish);
  }

  private <T> WireObject<B, V> add(String name, WireType<T> type, boolean required, BiConsumer<B, T> set,
      Function<V, ?> get, Supplier<T> standIn, Object omitted) {
    if (members.size() == Long.SIZE) {
      throw new IllegalStateException("an object of the wire format has at most 64 members");
    }
    members.add(new Member<>(name, type, required, set, get, standIn, omitted));
    names = Arrays.copyOf(names, names.length + 1);
    names[names.length - 1] = name;
    return this;
  }

  /** A required member that stands in as a neutral value when missing or refused. */
  <T> WireObject<B, V> required(String name, WireType<T> type, BiConsumer<B, T> set, Function<V, T> get,
      Supplier<T> standIn) {
    return add(name, type, true, set, get, standIn, null);
  }

  /** A required member of an object that is left out when it is missing or refused. */
  <T> WireObject<B, V> required(String name, WireType<T> type, BiConsumer<B, T> set, Function<V, T> get) {
    return add(name, type, true, set, get, null, null);
  }

  /** An optional member. */
  <T> WireObject<B, V> optional(String name, WireType<T> type, BiConsumer<B, T> set, Function<V, Optional<T>> get) {
    return add(name, type, false, set, get, null, null);
  }

  /** An optional integer member. */
  WireObject<B, V> optionalInt(String name, WireType<Integer> type, BiConsumer<B, Integer> set,
      Function<V, OptionalInt> get) {
    return add(name, type, false, set, get, null, null);
  }

  /** An optional boolean member, not written at its default. */
  WireObject<B, V> flag(String name, BiConsumer<B, Boolean> set, Function<V, Boolean> get, boolean byDefault) {
    return add(name, BOOLEAN, false, set, get, null, byDefault);
  }

  /** A list, not written when empty. */
  <E> WireObject<B, V> list(String name, WireList<E> type, BiConsumer<B, List<E>> set, Function<V, List<E>> get) {
    return add(name, type, false, set, get, null, null);
  }

  /** The index of a member, or -1 when the object has none of that name. */
  int indexOf(String name) {
    // The parser interns the names it reads, as the descriptions' literals are: identity first.
    for (int i = 0; i < names.length; i++) {
      if (names[i] == name) {
        return i;
      }
    }
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The member whose name is nearest to an unknown one, for a suggestion: at most two edits away
   * (an insertion, deletion, substitution or swap of neighbours each), and fewer than half its length.
   */
  String nearest(String unknown) {
    String best = null;
    int bestDistance = 3;
    for (String name : names) {
      int d = distance(unknown, name, bestDistance);
      if (d < bestDistance && d * 2 < name.length()) {
        best = name;
        bestDistance = d;
      }
    }
    return best;
  }

  /** The optimal string alignment distance of two texts, or {@code bound} once it is that much. */
  private static int distance(String a, String b, int bound) {
    if (Math.abs(a.length() - b.length()) >= bound || a.length() > 64) {
      return bound;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return Math.min(d[a.length()][b.length()], bound);
  }

  /** The members. */
  public List<String> names() {
    List<String> names = new ArrayList<>(members.size());
    members.forEach(m -> names.add(m.name));
    return Collections.unmodifiableList(names);
  }

  @Override
  Object read(ReadContext c) throws IOException {
    JsonToken t = c.token();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    return t == JsonToken.START_OBJECT ? new Draft(this) : c.wrongType("object");
  }

  /** The value of a draft, with stand-ins for the required members it lacks. */
  @Override
  V build(Object read) {
    Draft d = (Draft) read;
    B b = builder.get();
    for (int i = 0; i < d.values.length; i++) {
      Member<B, V, ?> m = members.get(i);
      Object value = d.values[i];
      if (value != null && value != REJECTED) {
        m.set(b, m.type.build(value));
      } else if (m.required) {
        m.set(b, m.standIn.get());
      }
    }
    return finish.apply(b);
  }

  /** The value with every required member a stand-in: for an item refused whole. */
  V standIn() {
    return build(new Draft(this));
  }

  /**
   * The value of a draft in which nothing was refused or missing, else null: the form of the dataset, where
   * an entity with a problem is left out.
   */
  V whole(Object read, Pointer at, io.github.wsis20.validation.ValidationReport.Builder report) {
    if (!(read instanceof Draft)) {
      return null;
    }
    Draft d = (Draft) read;
    B b = builder.get();
    boolean ok = true;
    for (int i = 0; i < d.values.length; i++) {
      Member<B, V, ?> m = members.get(i);
      Object value = whole(m.type, d.values[i], at.member(m.name), report);
      if (value == REJECTED || value == null && m.required) {
        ok = false;
      } else if (value != null) {
        m.set(b, value);
      }
    }
    if (!ok) {
      return null;
    }
    try {
      return finish.apply(b);
    } catch (IllegalStateException | IllegalArgumentException e) {
      report.add(at, ViolationCode.CONSTRAINT_VIOLATED, "reason", String.valueOf(e.getMessage()));
      return null;
    }
  }

  private static Object whole(WireType<?> type, Object read, Pointer at,
      io.github.wsis20.validation.ValidationReport.Builder report) {
    if (read == null || read == REJECTED) {
      return read;
    }
    if (type instanceof WireObject) {
      Object value = ((WireObject<?, ?>) type).whole(read, at, report);
      return value == null ? REJECTED : value;
    }
    if (type instanceof WireList) {
      WireType<?> item = ((WireList<?>) type).item;
      List<?> items = (List<?>) read;
      List<Object> list = new ArrayList<>(items.size());
      for (int i = 0; i < items.size(); i++) {
        Object value = whole(item, items.get(i), at.index(i), report);
        if (value == REJECTED) {
          return REJECTED;
        }
        list.add(value);
      }
      return list;
    }
    return type.build(read);
  }

  /** Writes a value canonically: its members in order, absent, empty and default ones left out. */
  @Override
  public void write(JsonGenerator g, V value) throws IOException {
    g.writeStartObject();
    for (Member<B, V, ?> m : members) {
      write(g, m, value);
    }
    g.writeEndObject();
  }

  private static <B, V, T> void write(JsonGenerator g, Member<B, V, T> m, V value) throws IOException {
    Object v = m.written(value);
    if (v != null) {
      g.writeFieldName(m.name);
      m.type.write(g, m.type.cast(v));
    }
  }
}
