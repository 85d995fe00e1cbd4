package io.github.wsis20.examples;

import io.github.wsis20.io.NdjsonReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Validates a large NDJSON file in constant memory, printing progress as it goes. With no argument
 * it first writes 200,000 records, one in fifty of them invalid, to a temporary file.
 */
public final class ValidateLargeNdjson {
  private ValidateLargeNdjson() {}

  /**
   * Runs the example.
   *
   * @param args optionally, the path of an NDJSON file
   * @throws IOException if the file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Path file = args.length > 0 ? Path.of(args[0]) : generate(200_000);
    AtomicLong invalid = new AtomicLong();
    long started = System.nanoTime();
    try (InputStream in = Files.newInputStream(file)) {
      long records = NdjsonReader.standard().forEach(in, record -> {
        if (!record.getResult().isValid()) {
          invalid.incrementAndGet();
        }
        if (record.getLineNumber() % 50_000 == 0) {
          System.out.printf("  %,d lines read, %,d invalid so far%n", record.getLineNumber(), invalid.get());
        }
      });
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.printf("%s: %,d records, %,d invalid, %.1f s (%.0f MB/s)%n", file, records, invalid.get(), seconds,
          Files.size(file) / 1e6 / seconds);
    }
  }

  private static Path generate(int count) throws IOException {
    Path file = Files.createTempFile("contributions-", ".ndjson");
    file.toFile().deleteOnExit();
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < count; i++) {
        String actionLine = i % 50 == 0 ? "C99" : "C" + (1 + i % 11);
        out.write("{\"schemaVersion\":\"1.0\",\"id\":\"c-" + i + "\",\"process\":\"wsis+20\","
            + "\"title\":\"Contribution " + i + "\",\"language\":\"en\","
            + "\"contributor\":{\"name\":\"Stakeholder " + i + "\",\"stakeholderGroup\":\"CIVIL_SOCIETY\"},"
            + "\"status\":\"SUBMITTED\",\"submittedAt\":\"2025-01-15T10:00:00Z\","
            + "\"actionLines\":[\"" + actionLine + "\"],\"summary\":\"A summary.\"}\n");
      }
    }
    return file;
  }
}
