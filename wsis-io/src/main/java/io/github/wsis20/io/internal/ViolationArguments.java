package io.github.wsis20.io.internal;

import java.util.Map;

/**
 * A violation's arguments in the form {@code ValidationReport.Builder} takes them, for readers
 * that move a validator's violation to where it is in the input. Internal: not API.
 */
public final class ViolationArguments {
  private ViolationArguments() {}

  /**
   * The arguments as name, value, name, value, in the map's order.
   *
   * @param arguments the violation's arguments
   * @return the pairs, flattened
   */
  public static String[] pairs(Map<String, String> arguments) {
    String[] pairs = new String[arguments.size() * 2];
    int i = 0;
    for (Map.Entry<String, String> e : arguments.entrySet()) {
      pairs[i++] = e.getKey();
      pairs[i++] = e.getValue();
    }
    return pairs;
  }
}
