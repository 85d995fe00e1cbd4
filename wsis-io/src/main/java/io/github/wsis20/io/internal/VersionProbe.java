package io.github.wsis20.io.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Optional;

/**
 * Finds a document's {@code schemaVersion} before it is bound, wherever the member is among the
 * root object's members. Internal: not API.
 *
 * <p>Bounded: one pass over the text at most, skipping the other members' values, within the
 * parser's constraints. It gives up quietly at the first syntax error or limit; the binder reads
 * the document again and reports those.
 */
public final class VersionProbe {
  private final String version;
  private final JsonLocation location;

  private VersionProbe(String version, JsonLocation location) {
    this.version = version;
    this.location = location;
  }

  /**
   * Looks for the version.
   *
   * @param source the document
   * @return the first {@code schemaVersion} member's text and place, or empty when the root is not
   *     an object, the member is missing or not a string, or the text breaks off before it
   */
  public static Optional<VersionProbe> find(Document.Source source) {
    try (JsonParser p = source.open()) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if ("schemaVersion".equals(name)) {
          return value == JsonToken.VALUE_STRING
              ? Optional.of(new VersionProbe(p.getText(), p.currentTokenLocation()))
              : Optional.empty();
        }
        p.skipChildren();
      }
    } catch (IOException | RuntimeException e) {
      // Reported when the binder reads the document; SnakeYAML's own exceptions may escape the
      // YAML parser unwrapped, and a probe must never throw.
    }
    return Optional.empty();
  }

  /**
   * The version's text.
   *
   * @return the text
   */
  public String version() {
    return version;
  }

  /**
   * Where the version's value is.
   *
   * @return the location of its token
   */
  public JsonLocation location() {
    return location;
  }
}
