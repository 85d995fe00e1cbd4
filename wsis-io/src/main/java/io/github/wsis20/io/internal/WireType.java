package io.github.wsis20.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.wsis20.validation.ViolationCode;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One type of value of the wire formats, described once: its JSON type, how it is read from a
 * parser (strictly: nothing is converted), how it is written, and its text in a CSV cell.
 * {@link WireObject} and {@link WireList} compose them into the contribution and dataset formats
 * ({@link ContributionWire}, {@link DatasetWire}), from which the binder, the canonical writers,
 * the CSV layout and the Jackson module all derive. Internal: not API.
 *
 * @param <T> the model's value
 */
public abstract class WireType<T> {
  /** What {@link #read} gives for a value it refused, after reporting it and marking a stand-in. */
  static final Object REJECTED = new Object() {
    @Override
    public String toString() {
      return "rejected";
    }
  };

  private final String jsonType;

  WireType(String jsonType) {
    this.jsonType = jsonType;
  }

  /** The JSON type of its values, as JSON Schema names it. */
  public String jsonType() {
    return jsonType;
  }

  /** Reads the value at the parser's current token. */
  abstract Object read(ReadContext c) throws IOException;

  /** Builds the model's value from what {@link #read} gave, neither null nor rejected: a scalar is its value. */
  T build(Object read) {
    return cast(read);
  }

  /** Writes a value. */
  abstract void write(JsonGenerator g, T value) throws IOException;

  /** A scalar's text in a CSV cell; only scalars have one. */
  String text(T value) {
    throw new UnsupportedOperationException(jsonType + " values have no CSV text");
  }

  T cast(Object value) {
    @SuppressWarnings("unchecked")
    T t = (T) value;
    return t;
  }

  // ---- Scalars -------------------------------------------------------------------------------

  /** A string that the model takes as it is. */
  static final WireType<String> STRING = text(Function.identity(), Function.identity(), null);

  /** true or false. */
  static final WireType<Boolean> BOOLEAN = new WireType<>("boolean") {
    @Override
    Object read(ReadContext c) throws IOException {
      JsonToken t = c.token();
      if (t == JsonToken.VALUE_NULL) {
        return null;
      }
      return t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE ? t == JsonToken.VALUE_TRUE
          : c.wrongType("boolean");
    }

    @Override
    void write(JsonGenerator g, Boolean value) throws IOException {
      g.writeBoolean(value);
    }
  };

  /** How a refused text or number is reported: a code and its arguments. */
  @FunctionalInterface
  interface Refusal {
    Object report(ReadContext c, String reason) throws IOException;

    /** Reported with this code and no argument. */
    static Refusal as(ViolationCode code) {
      return (c, reason) -> c.reject(code);
    }

    /** Reported with this code and, as {@code known}, the constants a code may be. */
    static Refusal listing(ViolationCode code, Class<? extends Enum<?>> type) {
      String known = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
      return (c, reason) -> c.reject(code, "known", known);
    }

    /** {@code CONSTRAINT_VIOLATED} with a fixed reason, or the parser's when none is given. */
    static Refusal constraint(String fixedReason) {
      return (c, reason) -> c.reject(ViolationCode.CONSTRAINT_VIOLATED, "reason",
          fixedReason != null ? fixedReason : reason);
    }
  }

  /** A string the model reads into a value: a code, a date, a symbol. */
  static <T> WireType<T> text(Function<String, T> parse, Function<T, String> format, Refusal refusal) {
    return new WireType<>("string") {
      @Override
      Object read(ReadContext c) throws IOException {
        JsonToken t = c.token();
        if (t == JsonToken.VALUE_NULL) {
          return null;
        }
        if (t != JsonToken.VALUE_STRING) {
          return c.wrongType("string");
        }
        Object text = c.text();
        if (text == REJECTED || refusal == null) {
          return text;
        }
        try {
          T value = parse.apply((String) text);
          return value != null ? value : refusal.report(c, null);
        } catch (IllegalArgumentException e) {
          return refusal.report(c, String.valueOf(e.getMessage()));
        }
      }

      @Override
      void write(JsonGenerator g, T value) throws IOException {
        g.writeString(checked(format.apply(value)));
      }

      @Override
      String text(T value) {
        return format.apply(value);
      }
    };
  }

  /** An enum constant by its exact name: no case folding, as the contract says. */
  static <E extends Enum<E>> WireType<E> constant(Class<E> type, Refusal refusal) {
    E[] constants = type.getEnumConstants();
    return text(code -> {
      for (E e : constants) {
        if (e.name().equals(code)) {
          return e;
        }
      }
      return null;
    }, Enum::name, refusal);
  }

  /** The names of an enum's constants, for a refusal's reason. */
  static String oneOf(Class<? extends Enum<?>> type) {
    return "one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }

  /**
   * An integer written without fraction or exponent, within Java's {@code int}, that the model reads into a
   * value.
   */
  static <T> WireType<T> integer(IntFunction<T> map, Function<T, Integer> format, Refusal refusal) {
    return new WireType<>("integer") {
      @Override
      Object read(ReadContext c) throws IOException {
        JsonParser p = c.parser();
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
          return null;
        }
        if (t != JsonToken.VALUE_NUMBER_INT) {
          return c.wrongType("integer");
        }
        if (c.isYaml()) {
          return yaml(c, p.getText());
        }
        T value = p.getNumberType() == JsonParser.NumberType.INT ? map.apply(p.getIntValue()) : null;
        return value != null ? value : refusal.report(c, null);
      }

      /**
       * YAML 1.2's core schema reads only decimal digits as an integer, with an optional sign and leading
       * zeros ({@code 017} is 17): the YAML 1.1 forms the parser also reads (octal {@code 017}, {@code 0x11},
       * {@code 0b1001}, {@code 1_7}) are text, of the wrong type.
       */
      private Object yaml(ReadContext c, String text) throws IOException {
        if (!YAML_DECIMAL.matcher(text).matches()) {
          return c.reject(ViolationCode.WRONG_TYPE, "expected", "integer", "actual", "string");
        }
        BigInteger n = new BigInteger(text.startsWith("+") ? text.substring(1) : text);
        T value = n.bitLength() < 32 ? map.apply(n.intValue()) : null;
        return value != null ? value : refusal.report(c, null);
      }

      @Override
      void write(JsonGenerator g, T value) throws IOException {
        g.writeNumber(format.apply(value));
      }

      @Override
      String text(T value) {
        return Integer.toString(format.apply(value));
      }
    };
  }

  private static final Pattern YAML_DECIMAL = Pattern.compile("[-+]?[0-9]+");

  /** Text with an unpaired surrogate is not Unicode text: UTF-8 cannot carry it. */
  static String checked(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException("text with an unpaired surrogate has no UTF-8 form");
      }
    }
    return s;
  }
}
