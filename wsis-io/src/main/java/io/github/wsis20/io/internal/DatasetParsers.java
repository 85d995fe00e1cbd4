package io.github.wsis20.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
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
 * The parsers of the dataset reader: a YAML factory configured with SnakeYAML's own limits, and a
 * guard around any parser that counts nesting depth and refuses the YAML features a dataset does
 * not use. Internal: not API.
 */
public final class DatasetParsers {
  /** Aliases SnakeYAML would expand; a dataset has none, so the guard refuses the first anyway. */
  static final int MAX_ALIASES = 10;

  private DatasetParsers() {}

  /**
   * A YAML factory: the document limit as SnakeYAML's code-point limit, the nesting limit as its
   * depth limit, few aliases, no comments kept, an empty plain scalar read as null;
   * jackson-core's string, name and number limits. Its parsers over characters see the anchors of
   * scalars too, which the guard refuses.
   *
   * @param limits the limits
   * @return the factory, which leaves the source open
   */
  public static JsonFactory yaml(ReadLimits limits) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(limits.getMaxDocumentBytes());
    options.setNestingDepthLimit(limits.getMaxNestingDepth());
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setAllowDuplicateKeys(true); // the binder reports a repeat itself, at its name
    options.setAllowRecursiveKeys(false);
    options.setProcessComments(false);
    return new AnchorSeeingFactory(YAMLFactory.builder()
        .loaderOptions(options)
        .streamReadConstraints(constraints(limits))
        // YAML's core schema resolves an empty plain scalar ("email:") to null; "" stays a string.
        .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE));
  }

  /**
   * A strict JSON factory, as the contribution reader's.
   *
   * @param limits the limits
   * @return the factory
   */
  public static JsonFactory json(ReadLimits limits) {
    return Jackson.reading(limits);
  }

  private static StreamReadConstraints constraints(ReadLimits limits) {
    return StreamReadConstraints.builder()
        .maxNestingDepth(limits.getMaxNestingDepth())
        .maxStringLength(limits.getMaxStringLength())
        .maxNameLength(limits.getMaxStringLength())
        .maxNumberLength(limits.getMaxNumberLength())
        .maxDocumentLength(-1)
        .build();
  }

  /**
   * Wraps a parser in the guard.
   *
   * @param parser a parser of either factory
   * @param maxDepth the nesting limit
   * @return the guarded parser
   */
  public static JsonParser guard(JsonParser parser, int maxDepth) {
    return new Guard(parser, maxDepth);
  }

  /**
   * A YAML feature the reader refuses: an anchor, an alias or a tag. Carries the feature's name as
   * its message, for the {@code reason} argument of {@code MALFORMED_YAML}.
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
   * A YAML factory whose parsers see every anchor: jackson-dataformat-yaml reports the anchor of a
   * mapping or sequence as its object id, but drops the anchor of a scalar value.
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
        throw new StreamConstraintsException("Document nesting depth (" + depth
            + ") exceeds the maximum allowed (" + maxDepth + ")");
      }
      if (t != null && t.isStructEnd()) {
        depth--;
      }
      if (yaml != null && t != null) {
        if (yaml.isCurrentAlias()) {
          throw new Refused("alias");
        }
        if (yaml.getObjectId() != null || (yaml instanceof AnchorSeeingParser && ((AnchorSeeingParser) yaml).anchored)) {
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
