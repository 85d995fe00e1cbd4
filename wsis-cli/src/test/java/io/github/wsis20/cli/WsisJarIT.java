package io.github.wsis20.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wsis20.testing.JsonTestSuite;
import io.github.wsis20.testing.Samples;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files through the packaged {@code wsis.jar}, run as users run it but with a 256 MiB
 * heap: each is answered with exit code 1 and a located violation, within seconds, and never with
 * a stack trace. Runs after {@code package} (failsafe), since it needs the jar.
 */
class WsisJarIT {
  static final Path JAR = Path.of(System.getProperty("wsis.jar", "target/wsis.jar"));
  static final long MB = 1024 * 1024;
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  /** What one run of the jar printed and returned. */
  static final class Run {
    final int code;
    final JsonNode report;
    final String err;

    Run(int code, JsonNode report, String err) {
      this.code = code;
      this.report = report;
      this.err = err;
    }
  }

  Run validate(String... files) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-jar", JAR.toString(), "validate", "--output", "json"));
    command.addAll(List.of(files));
    Path out = dir.resolve("out.json");
    Path err = dir.resolve("err.txt");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    process.getOutputStream().close();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished within a minute").isTrue();
    String errors = Files.readString(err);
    assertThat(errors).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("OutOfMemory");
    return new Run(process.exitValue(), JSON.readTree(out.toFile()), errors);
  }

  /** A file of a head, {@code count} copies of a pattern and a tail, written without holding it. */
  Path file(String name, String head, long count, String pattern, String tail) throws IOException {
    Path path = dir.resolve(name);
    byte[] one = pattern.getBytes(StandardCharsets.UTF_8);
    int perChunk = Math.max(1, 65_536 / one.length);
    byte[] chunk = pattern.repeat(perChunk).getBytes(StandardCharsets.UTF_8);
    try (OutputStream o = Files.newOutputStream(path)) {
      o.write(head.getBytes(StandardCharsets.UTF_8));
      for (long left = count; left > 0; left -= perChunk) {
        o.write(chunk, 0, (int) Math.min(perChunk, left) * one.length);
      }
      o.write(tail.getBytes(StandardCharsets.UTF_8));
    }
    return path;
  }

  Path bytes(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  /** Every record of the only file is invalid, and each violation that stopped reading has a line. */
  static List<String> codes(Run run) {
    assertThat(run.code).as(run.err).isEqualTo(1);
    JsonNode file = run.report.get("files").get(0);
    assertThat(file.get("valid").booleanValue()).isFalse();
    List<String> codes = new ArrayList<>();
    boolean located = false;
    for (JsonNode record : file.get("records")) {
      for (JsonNode v : record.get("violations")) {
        codes.add(v.get("code").textValue() + (v.has("line") ? "@" + v.get("line").intValue() : ""));
        located |= v.has("line");
      }
    }
    assertThat(located).as("a located violation in %s", codes).isTrue();
    return codes;
  }

  /** The issue's acceptance, through the jar: the follow-up ahead, deliveries named, no OPEN item. */
  @Test
  void timelineAsOfDecember2026_showsTheFollowUpAheadAndWhatDeliveredTheOutcome()
      throws IOException, InterruptedException {
    Path out = dir.resolve("timeline.json");
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString(), "timeline", "--as-of", "2026-12-02", "--output", "json")
        .redirectOutput(out.toFile()).redirectError(dir.resolve("timeline.err").toFile()).start();
    process.getOutputStream().close();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    JsonNode deliverables = JSON.readTree(out.toFile()).get("deliverables");
    List<String> statuses = new ArrayList<>();
    deliverables.forEach(d -> statuses.add(d.get("status").textValue()));
    assertThat(statuses).doesNotContain("OPEN").contains("AHEAD", "DELIVERED");
    boolean taskForceAhead = false;
    boolean outcomeDelivered = false;
    for (JsonNode d : deliverables) {
      String id = d.get("id").textValue();
      taskForceAhead |= id.equals("ungis-financing-task-force-report") && d.get("status").textValue().equals("AHEAD")
          && d.at("/period/first").textValue().startsWith("2027");
      outcomeDelivered |= id.equals("unga-wsis20-outcome")
          && "A/RES/80/173".equals(d.at("/delivery/symbol").textValue());
    }
    assertThat(taskForceAhead).isTrue();
    assertThat(outcomeDelivered).isTrue();
  }

  @Test
  void validFile_exitsZeroWithNothingOnStandardError() throws Exception {
    Run run = validate(bytes("ok.json", Samples.contractExampleJson().getBytes(StandardCharsets.UTF_8)).toString());
    assertThat(run.code).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.report.get("valid").booleanValue()).isTrue();
  }

  @Test
  void validateOfJson_loadsNeitherTheYamlParserNorTheBundledDatasetNorOtherCommands() throws Exception {
    Path ok = bytes("ok.json", Samples.contractExampleJson().getBytes(StandardCharsets.UTF_8));
    Path log = dir.resolve("classes.log");
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xlog:class+load=info:file=" + log, "-jar", JAR.toString(), "validate", ok.toString())
        .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    String loaded = Files.readString(log);
    assertThat(loaded).contains("io.github.wsis20.cli.ValidateCommand ")
        .doesNotContain("org.yaml.snakeyaml.").doesNotContain("io.github.wsis20.io.ReferenceData")
        .doesNotContain("io.github.wsis20.cli.TimelineCommand").doesNotContain("io.github.wsis20.cli.GraphCommand");
  }

  @Test
  void classDataArchive_builtAtPackageTime_fitsTheJar() throws Exception {
    Path ok = bytes("ok.json", Samples.contractExampleJson().getBytes(StandardCharsets.UTF_8));
    // -Xshare:on refuses to start when the archive does not fit this JDK and jar.
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:SharedArchiveFile=" + JAR.resolveSibling("wsis.jsa"), "-Xshare:on", "-jar", JAR.toString(), "validate",
        ok.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(Files.readString(dir.resolve("out.txt"))).contains("1 valid, 0 invalid");
    assertThat(process.exitValue()).isZero();
  }

  @Test
  void launcher_runsTheJarWithItsClassDataArchive() throws Exception {
    Path ok = bytes("ok.json", Samples.contractExampleJson().getBytes(StandardCharsets.UTF_8));
    Path log = dir.resolve("classes.log");
    ProcessBuilder builder = new ProcessBuilder(JAR.toAbsolutePath().getParent().resolveSibling("wsis").toString(),
        "validate", ok.toString()).redirectOutput(dir.resolve("out.txt").toFile())
        .redirectError(dir.resolve("err.txt").toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().put("JDK_JAVA_OPTIONS", "-Xlog:class+load=info:file=" + log);
    Process process = builder.start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    assertThat(Files.readString(dir.resolve("out.txt"))).isEqualTo("1 file(s), 1 record(s): 1 valid, 0 invalid\n");
    assertThat(Files.readString(log))
        .contains("io.github.wsis20.cli.ValidateCommand source: shared objects file (top)");
  }

  @Test
  void jar_storesItsEntriesWithoutCompression() throws Exception {
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(JAR.toFile())) {
      assertThat(zip.stream().filter(e -> e.getMethod() != java.util.zip.ZipEntry.STORED).map(e -> e.getName()))
          .isEmpty();
      assertThat(zip.size()).isGreaterThan(1000);
    }
  }

  @Test
  void deepNesting() throws Exception {
    assertThat(codes(validate(file("deep.json", "{\"x\":", 1_000_000, "[", "").toString())))
        .anyMatch(c -> c.startsWith("LIMIT_EXCEEDED"));
  }

  @Test
  void fiftyMegabyteString() throws Exception {
    assertThat(codes(validate(file("string.json", "{\"title\":\"", 50 * MB, "a", "\"}").toString())))
        .anyMatch(c -> c.startsWith("LIMIT_EXCEEDED"));
  }

  @Test
  void hundredThousandDigitNumberAndMillionItemArray() throws Exception {
    assertThat(codes(validate(file("number.json", "{\"sdgs\":[", 100_000, "9", "]}").toString())))
        .anyMatch(c -> c.startsWith("LIMIT_EXCEEDED"));
    assertThat(codes(validate(file("array.json", "{\"sdgs\":[", 1_000_000, "1,", "1]}").toString())))
        .anyMatch(c -> c.startsWith("LIMIT_EXCEEDED"));
  }

  @Test
  void invalidEncodingAndNuls() throws Exception {
    assertThat(codes(
        validate(bytes("latin1.json", "{\"title\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1)).toString())))
        .anyMatch(c -> c.startsWith("MALFORMED_JSON"));
    assertThat(codes(
        validate(bytes("utf16.json", Samples.contractExampleJson().getBytes(StandardCharsets.UTF_16)).toString())))
        .anyMatch(c -> c.startsWith("MALFORMED_JSON"));
    assertThat(codes(validate(file("nul.json", "", 10 * MB, "\u0000", "").toString())))
        .anyMatch(c -> c.startsWith("MALFORMED_JSON"));
  }

  @Test
  void thirtyMegabyteNdjsonLineBetweenGoodOnes() throws Exception {
    String good = Samples.contractExampleJson().replace("\n", "").replaceAll(" {2,}", "");
    Run run = validate(
        file("long-line.ndjson", good + "\n{\"body\":\"", 30 * MB, "b", "\"}\n" + good + "\n").toString());
    assertThat(run.code).isEqualTo(1);
    JsonNode records = run.report.get("files").get(0).get("records");
    assertThat(records).hasSize(3);
    assertThat(records.get(0).get("valid").booleanValue()).isTrue();
    assertThat(records.get(1).get("violations").get(0).get("code").textValue()).isEqualTo("LIMIT_EXCEEDED");
    assertThat(records.get(1).get("violations").get(0).get("line").intValue()).isEqualTo(2);
    assertThat(records.get(2).get("valid").booleanValue()).isTrue();
  }

  @Test
  void yamlAliasBombAndFiftyMegabyteScalar() throws Exception {
    StringBuilder bomb = new StringBuilder(
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (int level = 1; level < 20; level++) {
      String previous = level == 1 ? "*a" : "*a" + (level - 1);
      bomb.append("b").append(level).append(": &a").append(level).append(" [")
          .append((previous + ",").repeat(9)).append(previous).append("]\n");
    }
    assertThat(codes(validate(bytes("bomb.yaml", bomb.toString().getBytes(StandardCharsets.UTF_8)).toString())))
        .anyMatch(c -> c.startsWith("MALFORMED_YAML"));
    assertThat(codes(validate(file("scalar.yaml", "title: \"", 50 * MB, "a", "\"\n").toString())))
        .anyMatch(c -> c.startsWith("LIMIT_EXCEEDED"));
  }

  @Test
  void csvUnbalancedQuoteAndTenThousandColumns() throws Exception {
    String header = "schemaVersion,id,process,title,language,contributor.name,contributor.stakeholderGroup,status";
    // The quote opened on line 2 runs to the end of the file: one record, on its line.
    assertThat(codes(validate(file("quote.csv", header + "\n\"1.0,", 50 * MB, "x", "\n").toString())))
        .contains("MALFORMED_CSV@2");
    assertThat(codes(validate(file("columns.csv", header, 10_000, ",x", "\n").toString())))
        .containsExactly("LIMIT_EXCEEDED@1");
    assertThat(codes(validate(file("row.csv", header + "\n1.0", 10_000, ",x", "\n").toString())))
        .containsExactly("MALFORMED_CSV@2");
  }

  @Test
  void convert_aHundredMegabytesOfNdjsonToCsvInA64MegabyteHeap() throws Exception {
    String line = Samples.contractExampleJson().replace("\n", "").replaceAll(" {2,}", "") + "\n";
    int records = (int) (100 * MB / line.length());
    Path ndjson = file("large.ndjson", "", records, line, "");
    Path csv = dir.resolve("large.csv");
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx64m", "-jar", JAR.toString(), "convert", "--to", "csv", ndjson.toString())
        .redirectOutput(csv.toFile()).redirectError(dir.resolve("convert-err.txt").toFile()).start();
    process.getOutputStream().close();
    assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
    assertThat(Files.readString(dir.resolve("convert-err.txt"))).isEmpty();
    assertThat(process.exitValue()).isZero();
    try (var lines = Files.lines(csv)) {
      assertThat(lines.count()).isEqualTo(records + 1L);
    }
  }

  @Test
  void validate_aHundredMegabytesOfInvalidNdjsonAsJsonOutputInA64MegabyteHeap() throws Exception {
    String line = Samples.contractExampleJson().replace("\n", "").replaceAll(" {2,}", "").replace("\"KEN\"", "\"XXX\"")
        + "\n";
    int records = (int) (100 * MB / line.length());
    Path ndjson = file("invalid.ndjson", "", records, line, "");
    Path report = dir.resolve("report.json");
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx64m", "-jar", JAR.toString(), "validate", "--output", "json", ndjson.toString())
        .redirectOutput(report.toFile()).redirectError(dir.resolve("validate-err.txt").toFile()).start();
    process.getOutputStream().close();
    assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
    assertThat(Files.readString(dir.resolve("validate-err.txt"))).isEmpty();
    assertThat(process.exitValue()).isEqualTo(1);
    // Every record is in the one document, each with its violation: counted without holding it.
    long seen = 0;
    long countries = 0;
    try (JsonParser parser = JSON.getFactory().createParser(report.toFile())) {
      for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
        if (t == JsonToken.FIELD_NAME && parser.currentName().equals("record")) {
          seen++;
        } else if (t == JsonToken.VALUE_STRING && parser.getText().equals("INVALID_COUNTRY")) {
          countries++;
        }
      }
    }
    assertThat(seen).isEqualTo(records);
    assertThat(countries).isEqualTo(records);
  }

  @Test
  void jsonTestSuite_everyCaseInOneRun() throws Exception {
    List<String> files = new ArrayList<>();
    for (JsonTestSuite.Case c : JsonTestSuite.cases()) {
      files.add(bytes(c.name(), c.bytes()).toString());
    }
    Run run = validate(files.toArray(new String[0]));
    assertThat(run.code).isEqualTo(1);
    assertThat(run.report.get("files")).hasSize(JsonTestSuite.cases().size())
        .allSatisfy(f -> assertThat(f.get("valid").booleanValue()).isFalse());
  }
}
