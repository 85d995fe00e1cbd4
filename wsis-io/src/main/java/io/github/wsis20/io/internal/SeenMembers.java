package io.github.wsis20.io.internal;

import java.util.Arrays;

/**
 * The member names of one JSON object read so far, to catch a repeated one. Internal: not API.
 *
 * <p>An object of the contract has at most fourteen members, and the reader's member-count limit
 * bounds any other: a short array scanned from the end costs less than a hash set's table and
 * nodes, which every object of every read would otherwise allocate.
 */
public final class SeenMembers {
  private String[] names = new String[8];
  private int size;

  /**
   * Records a name.
   *
   * @param name the member's name
   * @return true if it was not seen before in this object
   */
  public boolean add(String name) {
    for (int i = size - 1; i >= 0; i--) {
      if (names[i].equals(name)) {
        return false;
      }
    }
    if (size == names.length) {
      names = Arrays.copyOf(names, size * 2);
    }
    names[size++] = name;
    return true;
  }
}
