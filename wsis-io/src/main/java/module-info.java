/**
 * Strict reading and canonical writing of WSIS+20 contributions in JSON, YAML, NDJSON and CSV, of datasets
 * in YAML and JSON, the bundled WSIS+20 reference dataset, and a
 * Jackson module that binds the model for users' own {@code ObjectMapper}s.
 */
module io.github.wsis20.io {
  requires transitive io.github.wsis20.validation;
  requires transitive com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;

  exports io.github.wsis20.io;

  provides com.fasterxml.jackson.databind.Module with io.github.wsis20.io.WsisModule;
}
