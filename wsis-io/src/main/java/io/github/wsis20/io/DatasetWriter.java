package io.github.wsis20.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.wsis20.io.internal.DatasetWire;
import io.github.wsis20.io.internal.Parsers;
import io.github.wsis20.model.Dataset;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Writes a {@link Dataset} as a YAML or JSON document that {@link DatasetReader} reads back as an
 * equal dataset. Members come in the model's order, {@code schemaVersion} first; absent optional
 * members, empty lists and booleans at their default ({@code superseded: false},
 * {@code verified: true}, {@code runsIntoNextYear: false}) are left out. YAML strings are
 * double-quoted, so that none is read back as a number, date or boolean; dates, dues, symbols and
 * action lines are written in their text forms.
 *
 * <p>Immutable and thread-safe.
 */
public final class DatasetWriter {
  private static final DatasetWriter YAML = new DatasetWriter(DatasetFormat.YAML, Parsers.yamlWriting());
  private static final DatasetWriter JSON = new DatasetWriter(DatasetFormat.JSON, Parsers.jsonWriting());

  private final DatasetFormat format;
  private final JsonFactory factory;

  private DatasetWriter(DatasetFormat format, JsonFactory factory) {
    this.format = format;
    this.factory = factory;
  }

  /** {@return the YAML writer} */
  public static DatasetWriter yaml() {
    return YAML;
  }

  /** {@return the JSON writer, indented} */
  public static DatasetWriter json() {
    return JSON;
  }

  /** {@return the format this writer writes} */
  public DatasetFormat getFormat() {
    return format;
  }

  /**
   * Writes a dataset as UTF-8 bytes.
   *
   * @param dataset the dataset
   * @return the document
   */
  public byte[] writeBytes(Dataset dataset) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(dataset, out);
    return out.toByteArray();
  }

  /**
   * Writes a dataset to a stream, as UTF-8, and leaves the stream open.
   *
   * @param dataset the dataset
   * @param out the stream
   * @throws UncheckedIOException if the stream fails
   */
  public void write(Dataset dataset, OutputStream out) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator g = factory.createGenerator(out)) {
      if (format == DatasetFormat.JSON) {
        g.useDefaultPrettyPrinter();
      }
      DatasetWire.DATASET.write(g, dataset);
      if (format == DatasetFormat.JSON) {
        g.writeRaw('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
