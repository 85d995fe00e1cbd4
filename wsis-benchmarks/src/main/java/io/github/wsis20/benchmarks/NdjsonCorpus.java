package io.github.wsis20.benchmarks;

import io.github.wsis20.io.ContributionWriter;
import io.github.wsis20.testing.Samples;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generated NDJSON of contributions: the contract's example, one compact line a record, each with
 * its own id and title; one record in {@value #INVALID_EVERY} names an action line that does not
 * exist, so the bulk path also reports. The same count always gives the same bytes.
 *
 * <p>As a program it writes a file of at least a given size, for the memory measurement of
 * {@code wsis validate}: {@code java -cp benchmarks.jar io.github.wsis20.benchmarks.NdjsonCorpus FILE BYTES}.
 */
public final class NdjsonCorpus {
  /** One record in this many is invalid. */
  public static final int INVALID_EVERY = 100;

  private static final String EXAMPLE = ContributionWriter.compact().writeString(Samples.contractExample()).strip();
  private static final String ID = "\"c-2024-0042\"";
  private static final String TITLE = "\"Community networks for last-mile connectivity\"";
  private static final String ACTION_LINE = "\"C2\"";

  private NdjsonCorpus() {}

  /**
   * Writes records until at least a number of records and of bytes are written.
   *
   * @param out where to write; not closed
   * @param minRecords the least number of records
   * @param minBytes the least number of bytes
   * @return the number of records written
   * @throws IOException if writing fails
   */
  public static long write(OutputStream out, long minRecords, long minBytes) throws IOException {
    long records = 0;
    long bytes = 0;
    while (records < minRecords || bytes < minBytes) {
      byte[] line = record(records).getBytes(StandardCharsets.UTF_8);
      out.write(line);
      bytes += line.length;
      records++;
    }
    return records;
  }

  /**
   * The bytes of a number of records, in memory.
   *
   * @param records how many
   * @return the NDJSON
   */
  public static byte[] of(int records) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(records * (EXAMPLE.length() + 40));
    try {
      write(out, records, 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Whether the record of this number is one of the invalid ones.
   *
   * @param number the record's number, from 0
   * @return true for one record in {@value #INVALID_EVERY}
   */
  public static boolean isInvalid(long number) {
    return number % INVALID_EVERY == INVALID_EVERY - 1;
  }

  private static String record(long number) {
    String line = EXAMPLE.replace(ID, "\"c-" + number + "\"")
        .replace(TITLE, "\"Community networks, input " + number + "\"");
    if (isInvalid(number)) {
      line = line.replace(ACTION_LINE, "\"C99\"");
    }
    return line + "\n";
  }

  /**
   * Writes a file of generated records.
   *
   * @param args the file, and the least number of bytes it must have
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: NdjsonCorpus FILE BYTES");
      System.exit(2);
    }
    Path file = Path.of(args[0]);
    long records;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      records = write(out, 0, Long.parseLong(args[1]));
    }
    System.out.printf("%s: %d records, %d bytes%n", file, records, Files.size(file));
  }
}
