package io.github.wsis20.io;

import io.github.wsis20.io.internal.DatasetWire;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schemas (draft 2020-12) of the wire formats, for services that do not run the SDK.
 *
 * <p>{@link #contribution()} is the schema of a contribution payload, wire format 1.0, with the
 * {@code $id} {@value #CONTRIBUTION_ID}. It is also in this module's jar at
 * {@code io/github/wsis20/io/schema/contribution-1.0.schema.json}. It checks what JSON Schema can
 * express of the contract: the members and their JSON types ({@code null} is the same as absent for
 * optional members; no other members), the codes (statuses, stakeholder groups, action lines, goals
 * 1 to 17, review processes, the bundled ISO 3166-1 alpha-3 country codes), lengths in code points,
 * text that is not blank and titles without control characters, the shapes of identifiers, BCP 47
 * language tags, e-mail addresses, RFC 3339 date-times, media types, SHA-256 digests and https URIs,
 * unique items, a country for a government, and what a contribution that is not a draft must have.
 *
 * <p>It cannot express, and only {@link ContributionReader} checks: that {@code submittedAt} is not
 * after the present; that a language tag's primary language is a known ISO 639 language; an e-mail
 * local part of at most 64 characters and a top-level domain that is not all digits; every detail of
 * an https URI as {@link java.net.URI} parses it, and a host name of at most 253 characters;
 * February 29 outside leap years; the code points outside the Basic Multilingual Plane that make a
 * text blank, a tag character outside a flag's tag sequence, and the invisible ones in a URI;
 * keywords that are equal in Normalization Form C; members given twice; that an integer is written
 * without fraction or exponent ({@code 9.0} is an integer to JSON Schema); and the reader's {@link
 * ReadLimits limits}. A payload the SDK accepts always passes the schema; the converse holds except
 * for these rules, which the repository's {@code docs/formats.md} lists with their codes.
 *
 * <p>{@link #dataset()} is the schema of a dataset document, format 1.0 as {@link DatasetReader}
 * reads it, with the {@code $id} {@value #DATASET_ID}; in the jar at
 * {@code io/github/wsis20/io/schema/dataset-1.0.schema.json}. A YAML dataset is checked as the tree
 * it parses to. It checks the members of each entity and their JSON types ({@code null} is the same
 * as absent for optional members; no other members; no {@code null} list item), the codes (body,
 * instrument, deliverable kinds, mandate verbs, symbol issuers, action lines, facilitation roles),
 * entity ids, lengths in code points and text that is not blank, integer ranges, days of the
 * calendar ({@code YYYY-MM-DD}), dues ({@code YYYY-MM-DD}, {@code YYYY-MM}, {@code YYYY},
 * {@code session:ID}), document symbols in every grammar {@link
 * io.github.wsis20.model.symbol.DocumentSymbol#parse} reads, and at least one recipient on a route.
 *
 * <p>It cannot express, and only the SDK checks ({@link io.github.wsis20.validation.DatasetValidator}
 * on what the reader binds): unique ids; references that resolve to an entity of the right kind; no
 * loop of parents or reporting lines; distinct session ordinals per body; session years on their
 * body's calendar and session dates in their year and in order; event dates and review periods in
 * order; dues not before their instrument's adoption and session dues at a session of a body on the
 * route; a symbol in its adopting body's grammar; an adoption date inside its meeting; members given
 * twice; integers written with a fraction or exponent; and the reader's {@link ReadLimits limits}.
 * A dataset the SDK accepts always passes the schema; the converse holds except for these rules.
 */
public final class JsonSchemas {
  /** The {@code $id} of the contribution schema. */
  public static final String CONTRIBUTION_ID = "https://wsis20.github.io/schema/contribution/1.0/contribution.schema.json";

  /** The {@code $id} of the dataset schema. */
  public static final String DATASET_ID = "https://wsis20.github.io/schema/dataset/1.0/dataset.schema.json";

  private JsonSchemas() {}

  /**
   * The JSON Schema of a contribution payload, wire format 1.0; see the class description for what it
   * covers.
   *
   * @return the schema's JSON text, read from the jar once
   */
  public static String contribution() {
    return Contribution.TEXT;
  }

  /**
   * The JSON Schema of a dataset document, format 1.0, as YAML or JSON; see the class description
   * for what it covers and what it leaves to the SDK.
   *
   * @return the schema's JSON text, read from the jar once
   */
  public static String dataset() {
    return DatasetSchema.TEXT;
  }

  private static final class Contribution {
    static final String TEXT = load("schema/contribution-1.0.schema.json");

    private Contribution() {}
  }

  private static final class DatasetSchema {
    static final String TEXT = load("schema/dataset-" + DatasetWire.VERSION + ".schema.json");

    private DatasetSchema() {}
  }

  private static String load(String name) {
    try (InputStream in = JsonSchemas.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the schema " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the schema " + name, e);
    }
  }
}
