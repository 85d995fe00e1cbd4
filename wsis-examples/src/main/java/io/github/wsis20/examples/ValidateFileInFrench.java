package io.github.wsis20.examples;

import io.github.wsis20.io.ContributionReader;
import io.github.wsis20.io.ReadResult;
import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.validation.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a payload file with the one-call reader and prints its report in French. With no argument
 * it writes a payload with three mistakes to a temporary file first.
 */
public final class ValidateFileInFrench {
  private ValidateFileInFrench() {}

  /**
   * Runs the example.
   *
   * @param args optionally, the path of a JSON payload
   * @throws IOException if the file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Path file = args.length > 0 ? Path.of(args[0]) : sample();
    // One reader for the whole program: it is immutable and thread-safe.
    ContributionReader reader = ContributionReader.standard();
    ReadResult<Contribution> result = reader.read(Files.readAllBytes(file), Locale.FRENCH);
    System.out.println(file + " : " + (result.isValid() ? "valide" : "invalide"));
    for (Violation violation : result.getReport().getViolations()) {
      System.out.printf("  %-24s %-24s %s%n", violation.getPointer(), violation.getCode(), violation.getMessage());
    }
  }

  private static Path sample() throws IOException {
    String payload = "{\n"
        + "  \"schemaVersion\": \"1.0\", \"id\": \"c-2025-0101\", \"process\": \"wsis+20\",\n"
        + "  \"title\": \"Réseaux communautaires\", \"language\": \"fr\",\n"
        + "  \"contributor\": {\"name\": \"Ministère du numérique\", \"stakeholderGroup\": \"GOVERNMENT\"},\n"
        + "  \"status\": \"SUBMITTED\", \"submittedAt\": \"2025-02-10T09:00:00+01:00\",\n"
        + "  \"actionLines\": [\"C2\", \"C12\"], \"sdgs\": [9, \"17\"],\n"
        + "  \"summary\": \"Des réseaux gérés par les communautés.\"\n"
        + "}\n";
    Path file = Files.createTempFile("contribution-", ".json");
    Files.writeString(file, payload, StandardCharsets.UTF_8);
    file.toFile().deleteOnExit();
    return file;
  }
}
