package io.github.wsis20.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.wsis20.io.ReadLimits;

/** The jackson-core factories of the reader and writers, and the names of its limits. Internal: not API. */
public final class Jackson {
  private static final JsonFactory WRITING = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private Jackson() {}

  /**
   * A factory whose parsers keep to the limits that jackson-core can count itself: nesting depth,
   * string, name and number length. Build once per configuration: a factory is thread-safe and
   * keeps buffers for reuse.
   *
   * @param limits the limits
   * @return the factory; its parsers are strict JSON (no comments, no NaN, no leading zeros, no
   *     single quotes), and leave the source open
   */
  public static JsonFactory reading(ReadLimits limits) {
    return JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.getMaxNestingDepth())
            .maxStringLength(limits.getMaxStringLength())
            .maxNameLength(limits.getMaxStringLength())
            .maxNumberLength(limits.getMaxNumberLength())
            .maxDocumentLength(-1)
            .build())
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .build();
  }

  /**
   * The factory of the writers.
   *
   * @return a factory whose generators leave the target open
   */
  public static JsonFactory writing() {
    return WRITING;
  }

  /**
   * The name of the limit a jackson-core constraint exception reports, as {@link ReadLimits}
   * documents it.
   *
   * @param e the exception
   * @return {@code nestingDepth}, {@code stringLength}, {@code numberLength}, or
   *     {@code documentBytes}
   */
  public static String limitOf(StreamConstraintsException e) {
    String message = String.valueOf(e.getOriginalMessage());
    if (message.contains("nesting depth")) {
      return "nestingDepth";
    }
    if (message.contains("Number value length")) {
      return "numberLength";
    }
    if (message.contains("String value length") || message.contains("Name length")) {
      return "stringLength";
    }
    if (message.contains("BigDecimal scale")) {
      return "numberLength";
    }
    return "documentBytes";
  }

  /**
   * The value of the named limit.
   *
   * @param limits the limits
   * @param name a name that {@link #limitOf} gives
   * @return its value
   */
  public static long valueOf(ReadLimits limits, String name) {
    switch (name) {
      case "nestingDepth":
        return limits.getMaxNestingDepth();
      case "numberLength":
        return limits.getMaxNumberLength();
      case "stringLength":
        return limits.getMaxStringLength();
      case "columns":
        return limits.getMaxColumns();
      case "arrayLength":
        return limits.getMaxArrayLength();
      default:
        return limits.getMaxDocumentBytes();
    }
  }
}
