package io.github.wsis20.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.wsis20.io.internal.ContributionWire;
import io.github.wsis20.io.internal.Parsers;
import io.github.wsis20.model.contribution.Contribution;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Writes a contribution as the canonical JSON or YAML of wire format 1.0 (UTF-8): members in the order of
 * the contract's Fields table, absent optional members and empty lists left out, date-times as
 * RFC 3339 with {@code T}, seconds and {@code Z} or {@code ±hh:mm}. The same contribution always
 * gives the same bytes. {@link #pretty()} indents by two spaces and ends with a line feed;
 * {@link #compact()} writes one line without white space and without a line break.
 * {@link #yaml()} writes the same members in the same order as a YAML block mapping, every string
 * double-quoted (so that none reads back as a number, boolean or date), lists one item a line
 * indented under their member, no document marker, no line folding, ending with a line feed; a
 * {@link ContributionReader#yaml() YAML reader} reads it back as an equal contribution.
 *
 * <p>Writes what it is given: it does not validate (a {@link ContributionReader} does, on the way
 * in). It refuses only what JSON or RFC 3339 cannot express, with an
 * {@link IllegalArgumentException}: a date-time whose year is outside 0000 to 9999 or whose offset
 * has seconds, and text with an unpaired surrogate. Immutable and thread-safe.
 */
public final class ContributionWriter {
  private static final ContributionWriter PRETTY = new ContributionWriter(ContributionFormat.JSON, true,
      Parsers.jsonWriting());
  private static final ContributionWriter COMPACT = new ContributionWriter(ContributionFormat.JSON, false,
      Parsers.jsonWriting());
  private static final ContributionWriter YAML = new ContributionWriter(ContributionFormat.YAML, true,
      Parsers.yamlWriting());

  private final ContributionFormat format;
  private final boolean pretty;
  private final JsonFactory factory;

  private ContributionWriter(ContributionFormat format, boolean pretty, JsonFactory factory) {
    this.format = format;
    this.pretty = pretty;
    this.factory = factory;
  }

  /** {@return the writer of the indented form, ending with a line feed} */
  public static ContributionWriter pretty() {
    return PRETTY;
  }

  /** {@return the writer of the one-line form, without a line break: the form of an NDJSON record} */
  public static ContributionWriter compact() {
    return COMPACT;
  }

  /** {@return the writer of the canonical YAML form, ending with a line feed} */
  public static ContributionWriter yaml() {
    return YAML;
  }

  /**
   * Writes a contribution to a stream, which stays open.
   *
   * @param contribution the contribution
   * @param out where to write
   * @throws UncheckedIOException if the stream fails
   * @throws IllegalArgumentException if JSON or RFC 3339 cannot express a value, as above
   */
  public void write(Contribution contribution, OutputStream out) {
    Objects.requireNonNull(contribution, "contribution");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator g = factory.createGenerator(out)) {
      boolean json = format == ContributionFormat.JSON;
      if (pretty && json) {
        g.setPrettyPrinter(Parsers.pretty());
      }
      ContributionWire.CONTRIBUTION.write(g, contribution);
      if (pretty && json) {
        g.writeRaw('\n');
      }
    } catch (IOException e) {
      if (e instanceof com.fasterxml.jackson.core.JsonGenerationException) {
        throw new IllegalArgumentException("the contribution has text that " + format + " cannot express", e);
      }
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a contribution to bytes.
   *
   * @param contribution the contribution
   * @return UTF-8 JSON or YAML
   * @throws IllegalArgumentException if JSON or RFC 3339 cannot express a value, as above
   */
  public byte[] writeBytes(Contribution contribution) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    write(contribution, out);
    return out.toByteArray();
  }

  /**
   * Writes a contribution to a string.
   *
   * @param contribution the contribution
   * @return the JSON or YAML text
   * @throws IllegalArgumentException if JSON or RFC 3339 cannot express a value, as above
   */
  public String writeString(Contribution contribution) {
    return new String(writeBytes(contribution), StandardCharsets.UTF_8);
  }

  /** {@return the format this writer writes: YAML for {@link #yaml()}, JSON otherwise} */
  public ContributionFormat getFormat() {
    return format;
  }

  /** {@return whether this writer indents: true for {@link #pretty()} and {@link #yaml()}} */
  public boolean isPretty() {
    return pretty;
  }
}
