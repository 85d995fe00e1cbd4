package io.github.wsis20.cli;

import io.github.wsis20.io.ContributionFormat;
import io.github.wsis20.io.ContributionReader;
import io.github.wsis20.io.CsvReader;
import io.github.wsis20.io.NdjsonReader;
import io.github.wsis20.io.ReadResult;
import io.github.wsis20.model.contribution.Contribution;
import io.github.wsis20.validation.ContributionValidator;
import java.io.InputStream;
import java.util.Locale;

/** The formats {@code validate} and {@code convert} read, and how each is read record by record. */
enum InputFormat {
  auto, json, yaml, ndjson, csv;

  /** What a file's records are handed to, in order. */
  interface Records {
    /**
     * Takes one record.
     *
     * @param line the line the record starts on (1 for a single document)
     * @param result what reading it gave
     */
    void accept(long line, ReadResult<Contribution> result);
  }

  /**
   * The readers of one run, in one language: built once, shared by every file. The YAML reader is
   * built when a YAML file comes, so that a run without one does not load the YAML parser.
   */
  static final class Readers {
    final Locale locale;
    final ContributionValidator validator;
    final ContributionReader json;
    private ContributionReader yaml;

    Readers(Locale locale) {
      this.locale = locale;
      this.validator = Preparation.validator();
      this.json = ContributionReader.builder().locale(locale).validator(validator).build();
    }

    ContributionReader yaml() {
      if (yaml == null) {
        yaml = ContributionReader.builder().locale(locale).validator(validator).format(ContributionFormat.YAML).build();
      }
      return yaml;
    }
  }

  /**
   * The format to read a file in: this one, or for {@code auto} the one its extension names
   * ({@code .yaml}/{@code .yml}, {@code .csv}, {@code .ndjson}/{@code .jsonl}), JSON otherwise.
   */
  InputFormat of(String file) {
    if (this != auto) {
      return this;
    }
    String name = file.toLowerCase(Locale.ROOT);
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return yaml;
    }
    if (name.endsWith(".csv")) {
      return csv;
    }
    if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
      return ndjson;
    }
    return json;
  }

  /** Whether a file of this format holds any number of records. */
  boolean isStream() {
    return this == ndjson || this == csv;
  }

  /**
   * Reads every record of a stream in this (resolved) format: a JSON or YAML document is one
   * record, NDJSON one a line, CSV one a row (or the header's, when the header is wrong).
   */
  void read(InputStream in, Readers readers, Records records) {
    ContributionReader reader = this == yaml ? readers.yaml() : readers.json;
    Locale locale = readers.locale;
    switch (this) {
      case ndjson :
        NdjsonReader.of(reader).forEach(in, r -> records.accept(r.getLineNumber(), r.getResult()));
        break;
      case csv :
        CsvReader.of(reader).forEach(in, r -> records.accept(r.getLineNumber(), r.getResult()));
        break;
      default :
        records.accept(1, reader.read(in, locale));
        break;
    }
  }
}
