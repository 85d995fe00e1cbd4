package io.github.wsis20.io;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.wsis20.io.internal.ContributionWire;
import io.github.wsis20.io.internal.Parsers;
import io.github.wsis20.model.contribution.Contribution;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Writes NDJSON: each contribution as one line of canonical compact JSON (as
 * {@link ContributionWriter#compact()} writes it) followed by {@code \n}, in constant memory.
 * Refuses what {@link ContributionWriter} refuses. Stateless and thread-safe; the stream stays
 * open.
 */
public final class NdjsonWriter {
  private static final NdjsonWriter INSTANCE = new NdjsonWriter();

  private NdjsonWriter() {}

  /** {@return the writer} */
  public static NdjsonWriter create() {
    return INSTANCE;
  }

  /**
   * Writes one record.
   *
   * @param contribution the contribution
   * @param out where to write
   * @throws UncheckedIOException if the stream fails
   * @throws IllegalArgumentException if JSON or RFC 3339 cannot express a value
   */
  public void write(Contribution contribution, OutputStream out) {
    Objects.requireNonNull(contribution, "contribution");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator g = Parsers.jsonWriting().createGenerator(out)) {
      ContributionWire.CONTRIBUTION.write(g, contribution);
      g.writeRaw('\n');
    } catch (IOException e) {
      if (e instanceof com.fasterxml.jackson.core.JsonGenerationException) {
        throw new IllegalArgumentException("the contribution has text that JSON cannot express", e);
      }
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes one record per contribution, in order.
   *
   * @param contributions the contributions, consumed once
   * @param out where to write
   * @return how many records were written
   * @throws UncheckedIOException if the stream fails
   * @throws IllegalArgumentException if JSON or RFC 3339 cannot express a value; the records
   *     before it are written
   */
  public long writeAll(Iterable<? extends Contribution> contributions, OutputStream out) {
    long count = 0;
    for (Contribution c : contributions) {
      write(c, out);
      count++;
    }
    return count;
  }
}
