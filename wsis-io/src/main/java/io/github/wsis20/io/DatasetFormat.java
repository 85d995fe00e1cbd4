package io.github.wsis20.io;

/** The text formats of a dataset document: YAML, as the bundled dataset, and JSON. */
public enum DatasetFormat {
  /**
   * YAML 1.1 as SnakeYAML reads it, one document, without anchors, aliases or tags; a plain scalar's type follows
   * YAML's resolution ({@code 2025} is an integer, {@code "2025"} a string).
   */
  YAML,
  /** Strict JSON, as the contribution reader reads it. */
  JSON
}
