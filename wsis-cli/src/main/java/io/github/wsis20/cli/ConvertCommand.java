package io.github.wsis20.cli;

import io.github.wsis20.io.ContributionReader;
import io.github.wsis20.io.ContributionWriter;
import io.github.wsis20.io.NdjsonReader;
import io.github.wsis20.io.NdjsonRecord;
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
  enum Target { json, ndjson }

  @Spec
  CommandSpec spec;

  @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "json (one contribution) or ndjson.")
  Target to;

  @Option(names = "--locale", paramLabel = "TAG", defaultValue = "en", description = "The language of the report.")
  String locale;

  @Parameters(paramLabel = "FILE", description = "A JSON file, or NDJSON (.ndjson, .jsonl); - reads standard input.")
  String file;

  @Override
  public Integer call() throws IOException {
    Locale messages = Locale.forLanguageTag(locale);
    ContributionReader reader = ContributionReader.builder().locale(messages).build();
    boolean ndjson = file.endsWith(".ndjson") || file.endsWith(".jsonl");
    List<Contribution> contributions = new ArrayList<>();
    PrintWriter err = spec.commandLine().getErr();
    boolean invalid = false;
    try (InputStream in = "-".equals(file) ? System.in : Files.newInputStream(Path.of(file))) {
      if (ndjson) {
        for (NdjsonRecord record : (Iterable<NdjsonRecord>) NdjsonReader.of(reader).records(in, messages)::iterator) {
          invalid |= !accept(record.getResult(), record.getLineNumber(), contributions, err);
        }
      } else {
        invalid = !accept(reader.read(in, messages), 1, contributions, err);
      }
    } catch (NoSuchFileException e) {
      err.println("wsis: " + file + ": no such file");
      return Wsis.USAGE;
    }
    if (invalid) {
      err.println("wsis: " + file + ": invalid input, nothing converted");
      return Wsis.INVALID;
    }
    if (to == Target.json && contributions.size() != 1) {
      err.println("wsis: json holds one contribution and " + file + " has " + contributions.size() + "; use --to ndjson");
      return Wsis.USAGE;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    if (to == Target.json) {
      ContributionWriter.pretty().write(contributions.get(0), bytes);
    } else {
      NdjsonWriter.create().writeAll(contributions, bytes);
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
