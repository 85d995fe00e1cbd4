package io.github.wsis20.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.wsis20.io.ReadLimits;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;

/**
 * The jackson-core factories of the readers and writers, JSON and YAML, and a guard around every
 * reading parser that counts nesting depth and refuses the YAML features the formats do not use.
 * Internal: not API.
 *
 * <p>The parsers keep the reader's limits through constraints that say which limit they enforce,
 * as an {@link Exceeded} exception, so that no report depends on the text of a library's message.
 */
public final class Parsers {
  /** Aliases SnakeYAML would expand; the guard refuses the first anyway. */
  static final int MAX_ALIASES = 10;

  private static final JsonFactory JSON_WRITING = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();
  private static final JsonFactory YAML_WRITING = YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .disable(YAMLGenerator.Feature.SPLIT_LINES)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");
  private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
      .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
      .withObjectEntrySpacing(Separators.Spacing.NONE)
      .withArrayValueSpacing(Separators.Spacing.NONE)
      .withRootSeparator(""))
      .withObjectIndenter(INDENT)
      .withArrayIndenter(INDENT);

  private Parsers() {}

  /**
   * A new pretty printer of the canonical pretty JSON: two spaces of indentation, one member or item per
   * line, {@code "name": value}, line feeds only.
   */
  public static PrettyPrinter pretty() {
    return PRETTY.createInstance();
  }

  /**
   * A strict JSON factory (no comments, no NaN, no leading zeros, no single quotes) whose parsers keep to the
   * limits jackson-core counts itself: nesting depth, string, name and number length. Build once per
   * configuration: a factory is thread-safe and keeps buffers for reuse.
   */
  public static JsonFactory json(ReadLimits limits) {
    return JsonFactory.builder()
        .streamReadConstraints(new Constraints(limits))
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .build();
  }

  /**
   * A YAML factory: SnakeYAML's own limits set past the reader's (which the parser and the guard enforce
   * first, with their names), few aliases, no comments kept, an empty plain scalar read as null. Its parsers
   * over characters see the anchors of scalars too, which the guard refuses.
   */
  public static JsonFactory yaml(ReadLimits limits) {
    LoaderOptions options = new LoaderOptions();
    // A document has no more code points than bytes, and the guard counts depth on every token.
    options.setCodePointLimit(limits.getMaxDocumentBytes() + 1);
    options.setNestingDepthLimit(limits.getMaxNestingDepth() + 1);
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setAllowDuplicateKeys(true); // the binder reports a repeat itself, at its name
    options.setAllowRecursiveKeys(false);
    options.setProcessComments(false);
    return new AnchorSeeingFactory(YAMLFactory.builder()
        .loaderOptions(options)
        .streamReadConstraints(new Constraints(limits))
        // YAML's core schema resolves an empty plain scalar ("email:") to null; "" stays a string.
        .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE));
  }

  /** The factory of the JSON writers. */
  public static JsonFactory jsonWriting() {
    return JSON_WRITING;
  }

  /**
   * The factory of the YAML writers: no document marker, no line folding, list items indented under their
   * member, every string double-quoted (so that none reads back as a number, boolean or date).
   */
  public static JsonFactory yamlWriting() {
    return YAML_WRITING;
  }

  /** Wraps a parser in the guard. */
  public static JsonParser guard(JsonParser parser, int maxDepth) {
    return new Guard(parser, maxDepth);
  }

  /** The value of a limit, by the name {@link ReadLimits} and the {@code limit} argument give it. */
  public static long valueOf(ReadLimits limits, String name) {
    switch (name) {
      case "nestingDepth" :
        return limits.getMaxNestingDepth();
      case "numberLength" :
        return limits.getMaxNumberLength();
      case "stringLength" :
        return limits.getMaxStringLength();
      case "columns" :
        return limits.getMaxColumns();
      case "arrayLength" :
        return limits.getMaxArrayLength();
      case "memberCount" :
        return limits.getMaxMemberCount();
      default :
        return limits.getMaxDocumentBytes();
    }
  }

  /** A limit a parser enforced, by its name in {@link ReadLimits}. Carries no stack trace. */
  public static final class Exceeded extends StreamConstraintsException {
    private static final long serialVersionUID = 1L;
    private final String limit;

    Exceeded(String limit, long value) {
      super(limit + " exceeded: " + value);
      this.limit = limit;
    }

    /** The limit's name. */
    public String limit() {
      return limit;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }

  /**
   * The reader's limits as jackson-core's constraints. Strings and names may have twice as many UTF-16
   * characters as the string limit's code points, so that the reader can count code points.
   */
  private static final class Constraints extends StreamReadConstraints {
    private static final long serialVersionUID = 1L;

    Constraints(ReadLimits limits) {
      super(limits.getMaxNestingDepth(), -1L, limits.getMaxNumberLength(),
          (int) Math.min(Integer.MAX_VALUE, 2L * limits.getMaxStringLength()),
          (int) Math.min(Integer.MAX_VALUE, 2L * limits.getMaxStringLength()), -1L);
    }

    @Override
    public void validateNestingDepth(int depth) throws StreamConstraintsException {
      if (depth > _maxNestingDepth) {
        throw new Exceeded("nestingDepth", depth);
      }
    }

    @Override
    public void validateFPLength(int length) throws StreamConstraintsException {
      validateIntegerLength(length);
    }

    @Override
    public void validateIntegerLength(int length) throws StreamConstraintsException {
      if (length > _maxNumLen) {
        throw new Exceeded("numberLength", length);
      }
    }

    @Override
    public void validateBigIntegerScale(int scale) throws StreamConstraintsException {
      try {
        super.validateBigIntegerScale(scale);
      } catch (StreamConstraintsException e) {
        throw new Exceeded("numberLength", scale);
      }
    }

    @Override
    public void validateStringLength(int length) throws StreamConstraintsException {
      if (length > _maxStringLen) {
        throw new Exceeded("stringLength", length);
      }
    }

    @Override
    public void validateNameLength(int length) throws StreamConstraintsException {
      if (length > _maxNameLen) {
        throw new Exceeded("stringLength", length);
      }
    }
  }

  /**
   * A YAML feature the reader refuses: an anchor, an alias or a tag. Carries the feature's name as its
   * message, for the {@code reason} argument of {@code MALFORMED_YAML}.
   */
  public static final class Refused extends IOException {
    private static final long serialVersionUID = 1L;

    Refused(String reason) {
      super(reason);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }

  /**
   * A YAML factory whose parsers see every anchor: jackson-dataformat-yaml reports the anchor of a mapping or
   * sequence as its object id, but drops the anchor of a scalar value.
   */
  private static final class AnchorSeeingFactory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    AnchorSeeingFactory(YAMLFactoryBuilder builder) {
      super(builder);
    }

    @Override
    protected YAMLParser _createParser(char[] data, int offset, int len, IOContext ctxt, boolean recyclable) {
      return _createParser(new CharArrayReader(data, offset, len), ctxt);
    }

    @Override
    protected YAMLParser _createParser(Reader reader, IOContext ctxt) {
      return new AnchorSeeingParser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, reader);
    }

    @Override
    public YAMLFactory copy() {
      throw new UnsupportedOperationException("the reader's factory is not copied");
    }
  }

  /** Remembers that a node with an anchor was seen, for the guard to refuse. */
  private static final class AnchorSeeingParser extends YAMLParser {
    private boolean anchored;

    AnchorSeeingParser(IOContext ctxt, int parserFeatures, int formatFeatures, LoaderOptions options,
        ObjectCodec codec, Reader reader) {
      super(ctxt, parserFeatures, formatFeatures, options, codec, reader);
    }

    @Override
    protected Event getEvent() throws IOException {
      Event event = super.getEvent();
      if (event instanceof NodeEvent && !(event instanceof AliasEvent) && ((NodeEvent) event).getAnchor() != null) {
        anchored = true;
      }
      return event;
    }
  }

  /** Counts depth on every token and, for YAML, looks at anchors, aliases and tags. */
  private static final class Guard extends JsonParserDelegate {
    private final YAMLParser yaml;
    private final int maxDepth;
    private int depth;

    Guard(JsonParser parser, int maxDepth) {
      super(parser);
      this.yaml = parser instanceof YAMLParser ? (YAMLParser) parser : null;
      this.maxDepth = maxDepth;
    }

    @Override
    public JsonToken nextToken() throws IOException {
      JsonToken t = delegate.nextToken();
      if (t != null && t.isStructStart() && ++depth > maxDepth) {
        throw new Exceeded("nestingDepth", depth);
      }
      if (t != null && t.isStructEnd()) {
        depth--;
      }
      if (yaml != null && t != null) {
        if (yaml.isCurrentAlias()) {
          throw new Refused("alias");
        }
        if (yaml.getObjectId() != null
            || (yaml instanceof AnchorSeeingParser && ((AnchorSeeingParser) yaml).anchored)) {
          throw new Refused("anchor");
        }
        if (t != JsonToken.FIELD_NAME && yaml.getTypeId() != null) {
          throw new Refused("tag");
        }
      }
      return t;
    }

    @Override
    public JsonToken nextValue() throws IOException {
      JsonToken t = nextToken();
      return t == JsonToken.FIELD_NAME ? nextToken() : t;
    }

    @Override
    public JsonParser skipChildren() throws IOException {
      JsonToken t = currentToken();
      if (t != null && t.isStructStart()) {
        int open = 1;
        while (open > 0) {
          JsonToken n = nextToken();
          if (n == null) {
            return this;
          }
          if (n.isStructStart()) {
            open++;
          } else if (n.isStructEnd()) {
            open--;
          }
        }
      }
      return this;
    }
  }
}
