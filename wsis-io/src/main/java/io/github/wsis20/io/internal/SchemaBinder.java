package io.github.wsis20.io.internal;

import io.github.wsis20.io.internal.Drafts.ContributionDraft;
import java.io.IOException;

/**
 * Reads the root object of one version of the wire format into the current model. Internal SPI:
 * not API.
 *
 * <p>One binder per {@code schemaVersion}, registered in {@link SchemaBinders}. A later format
 * (1.1) plugs in as a binder of its own; an upgrade of 1.0 payloads to a changed model is the 1.0
 * binder filling the new model's draft. Nothing else of the reader changes: it finds the
 * version, picks the binder, and validates what the binder built.
 */
public interface SchemaBinder {
  /**
   * The version this binder reads.
   *
   * @return the {@code schemaVersion} text, such as {@code "1.0"}
   */
  String schemaVersion();

  /**
   * Reads the members of the root object. Reports every reading problem through the context
   * (unknown and duplicate members, wrong types, unknown codes, missing required members) and
   * marks each value it could not take as a stand-in.
   *
   * @param context the document being read, with its parser at the root object's start
   * @param into the draft to fill, which the reader builds even when reading breaks off
   * @throws IOException when the parser fails or a limit stops reading; the parser is then left
   *     where it failed
   */
  void bind(ReadContext context, ContributionDraft into) throws IOException;
}
