package io.github.wsis20.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.github.wsis20.io.ReadResult;
import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.validation.ArgumentType;
import io.github.wsis20.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wsis validate}: checks contribution files and reports every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Wsis.Version.class, header = "Validates contribution files and reports every problem with its place.", description = {
    "Validates contributions: a JSON or YAML document, NDJSON with one contribution per line, "
        + "or CSV with one per row.",
    "Reports every problem with its file, line, JSON Pointer and message."})
final class ValidateCommand implements Callable<Integer> {

  /** The output forms. */
  enum Output {
    text, json
  }

  // Standard output belongs to the caller: the generator must not close it.
  private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
  private static final int PROGRESS_EVERY = 10_000;

  @Spec
  CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto", description = "auto, json, yaml, ndjson or csv. auto: YAML for .yaml and .yml files, CSV for .csv, "
      + "NDJSON for .ndjson and .jsonl, JSON otherwise. Default: ${DEFAULT-VALUE}.")
  InputFormat format;

  @Option(names = "--output", paramLabel = "FORM", defaultValue = "text", description = "text for people, json for programs. Default: ${DEFAULT-VALUE}.")
  Output output;

  @Option(names = "--locale", paramLabel = "TAG", defaultValue = "en", description = "The language of the messages: ar, zh, en, fr, ru or es (zh in simplified characters; "
      + "any other language gets English, and says so on standard error). Default: ${DEFAULT-VALUE}.")
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
    PrintWriter err = spec.commandLine().getErr();
    Locale chosen = Phrasebook.chooseLocale(locale, err);
    InputFormat.Readers readers = new InputFormat.Readers(chosen);
    Phrasebook phrases = Phrasebook.of(chosen);
    TextReport text = new TextReport(phrases);
    List<FileResult> results = new ArrayList<>();
    boolean unopenable = false;
    PrintWriter out = spec.commandLine().getOut();
    JsonReport json = output == Output.json ? new JsonReport(out) : null;
    for (String file : files) {
      if (json != null) {
        json.startFile(file);
      }
      FileResult result = validate(file, readers, out, json, text, phrases);
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
      writeSummary(results, out, phrases);
    }
    out.flush();
    if (unopenable) {
      return Wsis.USAGE;
    }
    return valid ? Wsis.OK : Wsis.INVALID;
  }

  private FileResult validate(String file, InputFormat.Readers readers, PrintWriter out, JsonReport json,
      TextReport text, Phrasebook phrases) {
    FileResult result = new FileResult(file);
    InputFormat resolved = format.of(file);
    PrintWriter err = spec.commandLine().getErr();
    try (InputStream in = InputFiles.open(file)) {
      boolean progress = resolved.isStream() && System.console() != null;
      resolved.read(in, readers, (line, read) -> {
        Record record = new Record(result.count + 1, line, read);
        result.count++;
        if (!record.valid) {
          result.invalid++;
        }
        if (json != null) {
          json.record(record);
        } else {
          for (Violation v : record.violations) {
            out.println(text.line(file, record.line, v));
          }
        }
        if (progress && result.count % PROGRESS_EVERY == 0) {
          err.print(
              "\r" + phrases.say("progress", "file", TextReport.escaped(file), "records", Long.toString(result.count)));
          err.flush();
        }
      });
      if (progress && result.count >= PROGRESS_EVERY) {
        err.println();
      }
    } catch (InputFiles.Unopenable e) {
      result.unreadable = InputFiles.words(e.problem);
      err.println("wsis: " + phrases.say(e.problem, "file", TextReport.escaped(file)));
    } catch (IOException | UncheckedIOException e) {
      result.unreadable = InputFiles.words(InputFiles.UNREADABLE);
      err.println("wsis: " + phrases.say(InputFiles.UNREADABLE, "file", TextReport.escaped(file)));
    }
    return result;
  }

  private static void writeSummary(List<FileResult> results, PrintWriter out, Phrasebook phrases) {
    long records = results.stream().mapToLong(f -> f.count).sum();
    long invalid = results.stream().mapToLong(f -> f.invalid).sum();
    out.println(phrases.say("summary", "files", Integer.toString(results.size()), "records", Long.toString(records),
        "valid", Long.toString(records - invalid), "invalid", Long.toString(invalid)));
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
            writeArgument(v.getCode().getArgumentType(argument.getKey()), argument.getKey(), argument.getValue());
          }
          json.writeEndObject();
          if (v.getLine().isPresent()) {
            json.writeNumberField("line", v.getLine().getAsLong());
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

    /** An argument as the JSON type its catalogue type names: numbers as numbers, lists as arrays. */
    private void writeArgument(ArgumentType type, String name, String value) throws IOException {
      if ((type == ArgumentType.INTEGER || type == ArgumentType.YEAR) && isInteger(value)) {
        json.writeFieldName(name);
        json.writeNumber(new BigInteger(value));
      } else if (type == ArgumentType.LIST) {
        json.writeArrayFieldStart(name);
        if (!value.isEmpty()) {
          for (String item : value.split(", ", -1)) {
            json.writeString(item);
          }
        }
        json.writeEndArray();
      } else {
        json.writeStringField(name, value);
      }
    }

    private static boolean isInteger(String value) {
      int start = value.startsWith("-") ? 1 : 0;
      return value.length() > start && value.length() <= 19
          && value.chars().skip(start).allMatch(c -> c >= '0' && c <= '9');
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
