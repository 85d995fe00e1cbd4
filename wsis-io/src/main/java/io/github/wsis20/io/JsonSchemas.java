package io.github.wsis20.io;

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
 * an https URI as {@link java.net.URI} parses it; February 29 outside leap years; members given
 * twice; that an integer is written without fraction or exponent ({@code 9.0} is an integer to JSON
 * Schema); and the reader's {@link ReadLimits limits}. A payload the SDK accepts always passes the
 * schema; the converse holds except for these rules.
 */
public final class JsonSchemas {
  /** The {@code $id} of the contribution schema. */
  public static final String CONTRIBUTION_ID =
      "https://wsis20.github.io/schema/contribution/1.0/contribution.schema.json";

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

  private static final class Contribution {
    static final String TEXT = load("schema/contribution-1.0.schema.json");

    private Contribution() {}
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
