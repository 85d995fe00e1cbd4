package io.github.wsis20.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.github.wsis20.io.ReadResult;
import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.validation.Severity;
import io.github.wsis20.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code wsis validate}: checks contribution files and reports every problem. */
@Command(name = "validate",
    description = {"Validates contributions: a JSON or YAML document, NDJSON with one contribution per line, "
        + "or CSV with one per row.", "Reports every problem with its file, line, JSON Pointer and message."})
final class ValidateCommand implements Callable<Integer> {

  /** The output forms. */
  enum Output { text, json }

  // Standard output belongs to the caller: the generator must not close it.
  private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
  private static final int PROGRESS_EVERY = 10_000;

  @Spec
  CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
      description = "auto, json, yaml, ndjson or csv. auto: YAML for .yaml and .yml files, CSV for .csv, "
          + "NDJSON for .ndjson and .jsonl, JSON otherwise. Default: ${DEFAULT-VALUE}.")
  InputFormat format;

  @Option(names = "--output", paramLabel = "FORM", defaultValue = "text",
      description = "text for people, json for programs. Default: ${DEFAULT-VALUE}.")
  Output output;

  @Option(names = "--locale", paramLabel = "TAG", defaultValue = "en",
      description = "The language of the messages: ar, zh, en, fr, ru or es. Default: ${DEFAULT-VALUE}.")
  String locale;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to validate; - reads standard input.")
  List<String> files;

  /**
   * The outcome of one record: its number, line, verdict and violations. The contribution itself
   * is not kept: a file of millions of records must not be held in memory.
   */
  private static final class Record {
    final long number;
    final long line;
    final boolean valid;
    final List<Violation> violations;

    Record(long number, long line, ReadResult<Contribution> result) {
      this.number = number;
      this.line = line;
      this.valid = result.isValid();
      this.violations = result.getReport().getViolations();
    }
  }

  /** The outcome of one file: counts only; its records are printed as they come. */
  private static final class FileResult {
    final String name;
    long count;
    long invalid;
    String unreadable;

    FileResult(String name) {
      this.name = name;
    }

    boolean isValid() {
      return unreadable == null && invalid == 0;
    }
  }

  @Override
  public Integer call() throws IOException {
    InputFormat.Readers readers = new InputFormat.Readers(Locale.forLanguageTag(locale));
    List<FileResult> results = new ArrayList<>();
    boolean unopenable = false;
    PrintWriter out = spec.commandLine().getOut();
    JsonReport json = output == Output.json ? new JsonReport(out) : null;
    for (String file : files) {
      if (json != null) {
        json.startFile(file);
      }
      FileResult result = validate(file, readers, out, json);
      if (json != null) {
        json.endFile(result);
      }
      unopenable |= result.unreadable != null;
      results.add(result);
    }
    boolean valid = results.stream().allMatch(FileResult::isValid);
    if (json != null) {
      json.end(valid);
    } else {
      writeSummary(results, out);
    }
    out.flush();
    if (unopenable) {
      return Wsis.USAGE;
    }
    return valid ? Wsis.OK : Wsis.INVALID;
  }

  private FileResult validate(String file, InputFormat.Readers readers, PrintWriter out, JsonReport json) {
    FileResult result = new FileResult(file);
    InputFormat resolved = format.of(file);
    try (InputStream in = "-".equals(file) ? System.in : Files.newInputStream(Path.of(file))) {
      boolean progress = resolved.isStream() && System.console() != null;
      PrintWriter err = spec.commandLine().getErr();
      resolved.read(in, readers, (line, read) -> {
        Record record = new Record(result.count + 1, line, read);
        result.count++;
        if (!record.valid) {
          result.invalid++;
        }
        if (json != null) {
          json.record(record);
        } else {
          writeText(file, record, out);
        }
        if (progress && result.count % PROGRESS_EVERY == 0) {
          err.printf("\r%s: %,d records", file, result.count);
          err.flush();
        }
      });
      if (progress && result.count >= PROGRESS_EVERY) {
        err.println();
      }
    } catch (NoSuchFileException e) {
      result.unreadable = "no such file";
      spec.commandLine().getErr().println("wsis: " + file + ": no such file");
    } catch (IOException | UncheckedIOException e) {
      result.unreadable = "cannot be read";
      spec.commandLine().getErr().println("wsis: " + file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
    }
    return result;
  }

  private static void writeText(String file, Record record, PrintWriter out) {
    for (Violation v : record.violations) {
      long line = v.getLine().isPresent() ? v.getLine().getAsInt() : record.line;
      String column = v.getColumn().isPresent() ? ":" + v.getColumn().getAsInt() : "";
      // The reason and the limit say which of a reading problem's kinds it is; the message
      // words only what the code means.
      String detail = v.getArguments().containsKey("reason") ? " (" + v.getArguments().get("reason") + ")"
          : v.getArguments().containsKey("limit") ? " (" + v.getArguments().get("limit") + ")" : "";
      out.printf("%s:%d%s: %s %s at '%s': %s%s%n", file, line, column,
          v.getSeverity() == Severity.ERROR ? "error" : "warning", v.getCode().getCode(), v.getPointer(),
          v.getMessage(), detail);
    }
  }

  private static void writeSummary(List<FileResult> results, PrintWriter out) {
    long records = results.stream().mapToLong(f -> f.count).sum();
    long invalid = results.stream().mapToLong(f -> f.invalid).sum();
    out.printf("%d file(s), %d record(s): %d valid, %d invalid%n", results.size(), records, records - invalid, invalid);
  }

  /**
   * The {@code --output json} document, written as the records come so that a file of any size
   * needs no more memory than one record: each object's {@code valid} therefore follows what it
   * sums up ({@code records}, {@code files}).
   */
  private static final class JsonReport {
    private final PrintWriter out;
    private final JsonGenerator json;

    JsonReport(PrintWriter out) throws IOException {
      this.out = out;
      this.json = JSON.createGenerator(out);
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeArrayFieldStart("files");
    }

    void startFile(String name) throws IOException {
      json.writeStartObject();
      json.writeStringField("file", name);
      json.writeArrayFieldStart("records");
    }

    void record(Record record) {
      try {
        json.writeStartObject();
        json.writeNumberField("record", record.number);
        json.writeNumberField("line", record.line);
        json.writeBooleanField("valid", record.valid);
        json.writeArrayFieldStart("violations");
        for (Violation v : record.violations) {
          json.writeStartObject();
          json.writeStringField("pointer", v.getPointer().toString());
          json.writeStringField("code", v.getCode().getCode());
          json.writeStringField("severity", v.getSeverity().name());
          json.writeStringField("message", v.getMessage());
          json.writeObjectFieldStart("arguments");
          for (Map.Entry<String, String> argument : v.getArguments().entrySet()) {
            json.writeStringField(argument.getKey(), argument.getValue());
          }
          json.writeEndObject();
          if (v.getLine().isPresent()) {
            json.writeNumberField("line", v.getLine().getAsInt());
          }
          if (v.getColumn().isPresent()) {
            json.writeNumberField("column", v.getColumn().getAsInt());
          }
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    void endFile(FileResult file) throws IOException {
      json.writeEndArray();
      json.writeBooleanField("valid", file.isValid());
      if (file.unreadable != null) {
        json.writeStringField("error", file.unreadable);
      }
      json.writeEndObject();
    }

    void end(boolean valid) throws IOException {
      json.writeEndArray();
      json.writeBooleanField("valid", valid);
      json.writeEndObject();
      json.close();
      out.println();
    }
  }
}
