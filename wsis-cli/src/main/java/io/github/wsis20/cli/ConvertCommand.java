package io.github.wsis20.cli;

import io.github.wsis20.io.ContributionWriter;
import io.github.wsis20.io.CsvWriter;
import io.github.wsis20.io.NdjsonWriter;
import io.github.wsis20.io.ReadResult;
import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.validation.Violation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code wsis convert}: rewrites valid contributions in another format on standard output. */
@Command(name = "convert",
    description = {"Converts contributions between formats, writing the canonical form to standard output.",
        "Invalid input is refused with its report on standard error and nothing written."})
final class ConvertCommand implements Callable<Integer> {

  /** The formats convert writes. */
  enum Target { json, yaml, ndjson, csv }

  @Spec
  CommandSpec spec;

  @Option(names = "--to", required = true, paramLabel = "FORMAT",
      description = "json or yaml (one contribution), ndjson or csv (any number).")
  Target to;

  @Option(names = "--from", paramLabel = "FORMAT", defaultValue = "auto",
      description = "auto, json, yaml, ndjson or csv. auto: YAML for .yaml and .yml files, CSV for .csv, "
          + "NDJSON for .ndjson and .jsonl, JSON otherwise. Default: ${DEFAULT-VALUE}.")
  InputFormat from;

  @Option(names = "--locale", paramLabel = "TAG", defaultValue = "en", description = "The language of the report.")
  String locale;

  @Parameters(paramLabel = "FILE", description = "The file to convert; - reads standard input.")
  String file;

  @Override
  public Integer call() throws IOException {
    InputFormat.Readers readers = new InputFormat.Readers(Locale.forLanguageTag(locale));
    List<Contribution> contributions = new ArrayList<>();
    PrintWriter err = spec.commandLine().getErr();
    boolean[] invalid = {false};
    try (InputStream in = "-".equals(file) ? System.in : Files.newInputStream(Path.of(file))) {
      from.of(file).read(in, readers, (line, result) -> invalid[0] |= !accept(result, line, contributions, err));
    } catch (NoSuchFileException e) {
      err.println("wsis: " + file + ": no such file");
      return Wsis.USAGE;
    }
    if (invalid[0]) {
      err.println("wsis: " + file + ": invalid input, nothing converted");
      return Wsis.INVALID;
    }
    boolean single = to == Target.json || to == Target.yaml;
    if (single && contributions.size() != 1) {
      err.println("wsis: " + to + " holds one contribution and " + file + " has " + contributions.size()
          + "; use --to ndjson or --to csv");
      return Wsis.USAGE;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      switch (to) {
        case json:
          ContributionWriter.pretty().write(contributions.get(0), bytes);
          break;
        case yaml:
          ContributionWriter.yaml().write(contributions.get(0), bytes);
          break;
        case csv:
          CsvWriter.create().writeAll(contributions, bytes);
          break;
        default:
          NdjsonWriter.create().writeAll(contributions, bytes);
          break;
      }
    } catch (IllegalArgumentException e) {
      // Valid in JSON but not expressible in the target, such as a NUL character in CSV.
      err.println("wsis: " + file + ": cannot be written as " + to + ": " + e.getMessage() + "; nothing converted");
      return Wsis.INVALID;
    }
    spec.commandLine().getOut().print(bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
    spec.commandLine().getOut().flush();
    return Wsis.OK;
  }

  private static boolean accept(ReadResult<Contribution> result, long line, List<Contribution> into, PrintWriter err) {
    if (result.isValid()) {
      into.add(result.getValue().orElseThrow());
      return true;
    }
    for (Violation v : result.getReport().getViolations()) {
      err.printf("line %d: %s %s at '%s': %s%n", v.getLine().isPresent() ? v.getLine().getAsInt() : line,
          v.getSeverity(), v.getCode().getCode(), v.getPointer(), v.getMessage());
    }
    return false;
  }
}
