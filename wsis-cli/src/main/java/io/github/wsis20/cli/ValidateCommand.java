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

  /**
   * The outcome of one file: counts, and for JSON output the records, which that one document
   * lists; text output prints each record as it comes and keeps none.
   */
  private static final class FileResult {
    final String name;
    final List<Record> records = new ArrayList<>();
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
    for (String file : files) {
      FileResult result = validate(file, readers, out);
      unopenable |= result.unreadable != null;
      results.add(result);
    }
    if (output == Output.json) {
      writeJson(results, out);
    } else {
      writeSummary(results, out);
    }
    out.flush();
    if (unopenable) {
      return Wsis.USAGE;
    }
    return results.stream().allMatch(FileResult::isValid) ? Wsis.OK : Wsis.INVALID;
  }

  private FileResult validate(String file, InputFormat.Readers readers, PrintWriter out) {
    FileResult result = new FileResult(file);
    InputFormat resolved = format.of(file);
    try (InputStream in = "-".equals(file) ? System.in : Files.newInputStream(Path.of(file))) {
      boolean progress = resolved.isStream() && System.console() != null;
      PrintWriter err = spec.commandLine().getErr();
      resolved.read(in, readers, (line, read) -> {
        add(result, new Record(result.count + 1, line, read), out);
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

  private void add(FileResult file, Record record, PrintWriter out) {
    file.count++;
    if (!record.valid) {
      file.invalid++;
    }
    if (output == Output.json) {
      file.records.add(record);
    } else {
      writeText(file.name, record, out);
    }
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

  private static void writeJson(List<FileResult> results, PrintWriter out) throws IOException {
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeBooleanField("valid", results.stream().allMatch(FileResult::isValid));
      json.writeArrayFieldStart("files");
      for (FileResult file : results) {
        json.writeStartObject();
        json.writeStringField("file", file.name);
        json.writeBooleanField("valid", file.isValid());
        if (file.unreadable != null) {
          json.writeStringField("error", file.unreadable);
        }
        json.writeArrayFieldStart("records");
        for (Record record : file.records) {
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
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.println();
  }
}
