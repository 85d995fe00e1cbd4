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
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wsis convert}: rewrites valid contributions in another format on standard output. */
@Command(name = "convert", mixinStandardHelpOptions = true, versionProvider = Wsis.Version.class, header = "Converts valid contributions from one format to another.", description = {
    "Converts contributions between formats, writing the canonical form to standard output.",
    "Invalid input is refused with its report on standard error and nothing written."})
final class ConvertCommand implements Callable<Integer> {

  /** The formats convert writes. */
  enum Target {
    json, yaml, ndjson, csv
  }

  @Spec
  CommandSpec spec;

  @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "json or yaml (one contribution), ndjson or csv (any number).")
  Target to;

  @Option(names = "--from", paramLabel = "FORMAT", defaultValue = "auto", description = "auto, json, yaml, ndjson or csv. auto: YAML for .yaml and .yml files, CSV for .csv, "
      + "NDJSON for .ndjson and .jsonl, JSON otherwise. Default: ${DEFAULT-VALUE}.")
  InputFormat from;

  @Option(names = "--locale", paramLabel = "TAG", defaultValue = "en", description = "The language of the report: ar, zh, en, fr, ru or es. Default: ${DEFAULT-VALUE}.")
  String locale;

  @Parameters(paramLabel = "FILE", description = "The file to convert; - reads standard input.")
  String file;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Locale chosen = Phrasebook.chooseLocale(locale, err);
    InputFormat.Readers readers = new InputFormat.Readers(chosen);
    Phrasebook phrases = Phrasebook.of(chosen);
    String name = TextReport.escaped(file);
    // Nothing may be written unless everything is valid, and the input may be larger than memory:
    // the output goes to a file first, one record at a time, and to standard output at the end.
    Path spool = Files.createTempFile("wsis-convert-", "." + to);
    try {
      Conversion conversion = new Conversion(to, err, file, new TextReport(phrases));
      try (InputStream in = InputFiles.open(file);
          OutputStream out = new BufferedOutputStream(Files.newOutputStream(spool))) {
        conversion.start(out);
        from.of(file).read(in, readers, (line, result) -> conversion.add(result, line, out));
        conversion.finish(out);
      } catch (InputFiles.Unopenable e) {
        err.println("wsis: " + phrases.say(e.problem, "file", name));
        return Wsis.USAGE;
      } catch (UncheckedIOException e) {
        err.println("wsis: " + phrases.say(InputFiles.UNREADABLE, "file", name));
        return Wsis.USAGE;
      }
      if (conversion.invalid) {
        err.println("wsis: " + phrases.say("convert.invalid", "file", name));
        return Wsis.INVALID;
      }
      if (conversion.unwritable != null) {
        err.println("wsis: " + phrases.say("convert.unwritable", "file", name, "format", to.name(),
            "reason", TextReport.escaped(conversion.unwritable)));
        return Wsis.INVALID;
      }
      if (conversion.single && conversion.count != 1) {
        err.println("wsis: " + phrases.say("convert.single", "format", to.name(), "file", name,
            "count", Long.toString(conversion.count)));
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
    final String file;
    final TextReport text;
    long count;
    boolean invalid;
    String unwritable;
    // A single-document target is written only at the end, when the input is known to hold one.
    Contribution first;

    Conversion(Target to, PrintWriter err, String file, TextReport text) {
      this.to = to;
      this.single = to == Target.json || to == Target.yaml;
      this.err = err;
      this.file = file;
      this.text = text;
    }

    void start(OutputStream out) {
      if (to == Target.csv) {
        CSV.writeHeader(out);
      }
    }

    void add(ReadResult<Contribution> result, long line, OutputStream out) {
      if (!accept(result, line)) {
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

    /** Whether a record is valid; if not, its report goes to standard error as {@code validate} prints it. */
    private boolean accept(ReadResult<Contribution> result, long line) {
      if (result.isValid()) {
        return true;
      }
      for (Violation v : result.getReport().getViolations()) {
        err.println(text.line(file, line, v));
      }
      return false;
    }
  }
}
