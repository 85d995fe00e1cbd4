package io.github.wsis20.io;

/**
 * The text formats of one contribution document, as a {@link ContributionReader} reads it and a
 * {@link ContributionWriter} writes it. Streams of many contributions have readers of their own: {@link NdjsonReader}
 * and {@link CsvReader}.
 */
public enum ContributionFormat {
  /** Strict JSON (RFC 8259), UTF-8: the wire format of the contract. */
  JSON,
  /**
   * YAML 1.1 as SnakeYAML reads it, UTF-8, one document, without anchors, aliases or tags. The members and types are
   * JSON's: a plain scalar's type follows YAML's resolution ({@code 9} is an integer, {@code "9"} a string, {@code no}
   * a boolean) and nothing is converted.
   */
  YAML
}
