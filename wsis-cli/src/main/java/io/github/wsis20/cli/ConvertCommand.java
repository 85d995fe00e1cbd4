package io.github.wsis20.cli;

import io.github.wsis20.io.ContributionWriter;
import io.github.wsis20.io.CsvWriter;
import io.github.wsis20.io.NdjsonWriter;
import io.github.wsis20.io.ReadResult;
import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.validation.Violation;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
    PrintWriter err = spec.commandLine().getErr();
    // Nothing may be written unless everything is valid, and the input may be larger than memory:
    // the output goes to a file first, one record at a time, and to standard output at the end.
    Path spool = Files.createTempFile("wsis-convert-", "." + to);
    try {
      Conversion conversion = new Conversion(to, err);
      try (InputStream in = "-".equals(file) ? System.in : Files.newInputStream(Path.of(file));
          OutputStream out = new BufferedOutputStream(Files.newOutputStream(spool))) {
        conversion.start(out);
        from.of(file).read(in, readers, (line, result) -> conversion.add(result, line, out));
        conversion.finish(out);
      } catch (NoSuchFileException e) {
        err.println("wsis: " + file + ": no such file");
        return Wsis.USAGE;
      }
      if (conversion.invalid) {
        err.println("wsis: " + file + ": invalid input, nothing converted");
        return Wsis.INVALID;
      }
      if (conversion.unwritable != null) {
        err.println("wsis: " + file + ": cannot be written as " + to + ": " + conversion.unwritable + "; nothing converted");
        return Wsis.INVALID;
      }
      if (conversion.single && conversion.count != 1) {
        err.println("wsis: " + to + " holds one contribution and " + file + " has " + conversion.count
            + "; use --to ndjson or --to csv");
        return Wsis.USAGE;
      }
      PrintWriter out = spec.commandLine().getOut();
      try (Reader written = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
        written.transferTo(out);
      }
      out.flush();
      return Wsis.OK;
    } finally {
      Files.deleteIfExists(spool);
    }
  }

  /** One conversion's state: what was written, and whether the input allows the output. */
  private static final class Conversion {
    static final CsvWriter CSV = CsvWriter.create();
    static final NdjsonWriter NDJSON = NdjsonWriter.create();
    final Target to;
    final boolean single;
    final PrintWriter err;
    long count;
    boolean invalid;
    String unwritable;
    // A single-document target is written only at the end, when the input is known to hold one.
    Contribution first;

    Conversion(Target to, PrintWriter err) {
      this.to = to;
      this.single = to == Target.json || to == Target.yaml;
      this.err = err;
    }

    void start(OutputStream out) {
      if (to == Target.csv) {
        CSV.writeHeader(out);
      }
    }

    void add(ReadResult<Contribution> result, long line, OutputStream out) {
      if (!accept(result, line, err)) {
        invalid = true;
        return;
      }
      count++;
      Contribution c = result.getValue().orElseThrow();
      if (invalid || unwritable != null) {
        return;
      }
      try {
        if (single) {
          first = count == 1 ? c : first;
        } else if (to == Target.csv) {
          CSV.writeRecord(c, out);
        } else {
          NDJSON.write(c, out);
        }
      } catch (IllegalArgumentException e) {
        // Valid in JSON but not expressible in the target, such as a NUL character in CSV.
        unwritable = e.getMessage();
      }
    }

    void finish(OutputStream out) {
      if (!single || count != 1 || invalid) {
        return;
      }
      try {
        (to == Target.json ? ContributionWriter.pretty() : ContributionWriter.yaml()).write(first, out);
      } catch (IllegalArgumentException e) {
        unwritable = e.getMessage();
      }
    }
  }

  private static boolean accept(ReadResult<Contribution> result, long line, PrintWriter err) {
    if (result.isValid()) {
      return true;
    }
    for (Violation v : result.getReport().getViolations()) {
      err.printf("line %d: %s %s at '%s': %s%n", v.getLine().isPresent() ? v.getLine().getAsInt() : line,
          v.getSeverity(), v.getCode().getCode(), v.getPointer(), v.getMessage());
    }
    return false;
  }
}
