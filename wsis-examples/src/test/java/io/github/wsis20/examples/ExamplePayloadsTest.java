package io.github.wsis20.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wsis20.io.ContributionReader;
import io.github.wsis20.io.CsvReader;
import io.github.wsis20.io.NdjsonReader;
import io.github.wsis20.io.ReadResult;
import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every payload under {@code docs/examples} read with the SDK, as a user's program would read it,
 * gives what {@code docs/examples/expected.tsv} says: valid, or exactly the listed violations.
 */
class ExamplePayloadsTest {
  static final Path EXAMPLES = Path.of("..", "docs", "examples");
  static final String VALID = "valid";

  /** The expected lines of each file: "valid", or "LINE CODE POINTER" a violation. */
  static Map<String, List<String>> expected() throws IOException {
    Map<String, List<String>> expected = new LinkedHashMap<>();
    for (String line : Files.readAllLines(EXAMPLES.resolve("expected.tsv"), StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      expected.computeIfAbsent(fields[0], f -> new ArrayList<>())
          .add(fields.length == 2 ? fields[1] : fields[1] + " " + fields[2] + " " + fields[3]);
    }
    return expected;
  }

  /** What the SDK reports for a file, in the same form: each record's violations, or "valid". */
  static List<String> reported(Path file) throws IOException {
    String name = file.getFileName().toString();
    List<String> lines = new ArrayList<>();
    boolean valid = true;
    try (InputStream in = Files.newInputStream(file)) {
      if (name.endsWith(".ndjson")) {
        for (var record : NdjsonReader.standard().records(in, Locale.ENGLISH).collect(Collectors.toList())) {
          valid &= add(lines, record.getLineNumber(), record.getResult());
        }
      } else if (name.endsWith(".csv")) {
        for (var record : CsvReader.standard().records(in, Locale.ENGLISH).collect(Collectors.toList())) {
          valid &= add(lines, record.getLineNumber(), record.getResult());
        }
      } else {
        ContributionReader reader = name.endsWith(".yaml") ? ContributionReader.yaml() : ContributionReader.standard();
        valid = add(lines, 1, reader.read(in, Locale.ENGLISH));
      }
    }
    return valid ? List.of(VALID) : lines;
  }

  private static boolean add(List<String> lines, long line, ReadResult<Contribution> result) {
    for (Violation v : result.getReport().getViolations()) {
      lines.add(line + " " + v.getCode().getCode() + " " + v.getPointer());
    }
    return result.isValid();
  }

  static List<String> payloads() throws IOException {
    try (Stream<Path> files = Files.walk(EXAMPLES)) {
      return files.filter(Files::isRegularFile).map(p -> EXAMPLES.relativize(p).toString().replace('\\', '/'))
          .filter(p -> p.startsWith("valid/") || p.startsWith("invalid/")).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void everyPayload_isListedWithWhatItGives() throws IOException {
    assertThat(expected().keySet()).containsExactlyInAnyOrderElementsOf(payloads());
  }

  @Test
  void theValidFolder_holdsOnlyValidPayloads() throws IOException {
    expected().forEach(
        (file, lines) -> assertThat(lines.equals(List.of(VALID))).as(file).isEqualTo(file.startsWith("valid/")));
  }

  @TestFactory
  Stream<DynamicTest> eachPayload_givesTheExpectedVerdictCodesAndPointers() throws IOException {
    return expected().entrySet().stream()
        .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> assertThat(reported(EXAMPLES.resolve(e.getKey())))
            .as(e.getKey()).containsExactlyInAnyOrderElementsOf(e.getValue())));
  }
}
