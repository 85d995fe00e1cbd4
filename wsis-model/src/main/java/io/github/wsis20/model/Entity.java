package io.github.wsis20.model;

import java.util.List;

/**
 * Something a {@link Dataset} holds and finds by id: a body, instrument, mandate, deliverable,
 * session, event, review process or principle. Ids are unique across a dataset.
 */
public interface Entity {

  /**
   * The id, unique across a dataset: 1 to 128 characters, lower-case letters, digits and
   * {@code . _ : + -}, starting with a letter or digit ({@code "cstd"}, {@code "wsis+20"}).
   *
   * @return the id
   */
  String getId();

  /**
   * Where the facts about this entity come from.
   *
   * @return the sources, possibly empty
   */
  List<Source> getSources();
}
