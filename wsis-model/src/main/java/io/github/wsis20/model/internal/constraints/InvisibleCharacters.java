package io.github.wsis20.model.internal.constraints;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The code points that show nothing on their own, from the table bundled beside this class
 * ({@code invisible-characters.txt}, frozen at Unicode 13.0.0). Internal: not API.
 *
 * <p>Bundled rather than read from {@link Character}: the JDK's character data follows the
 * Unicode version of each release, and whether a title is blank must not depend on the JDK that
 * checks it. The JSON Schema's character classes are written from the same table.
 */
public final class InvisibleCharacters {
  /** What a code point of the table is. */
  public enum Kind {
    /** A control, format or default-ignorable character: it shows nothing, or nothing of its own. */
    HIDDEN,
    /** White space. */
    SPACE,
    /** A combining mark, drawn only on a base character. */
    MARK,
    /** A symbol drawn as empty space. */
    BLANK
  }

  private static final int[] FIRST;
  private static final int[] LAST;
  private static final Kind[] KIND;

  static {
    List<String> lines = load("invisible-characters.txt");
    FIRST = new int[lines.size()];
    LAST = new int[lines.size()];
    KIND = new Kind[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      String[] fields = lines.get(i).split("\\.\\.| ");
      FIRST[i] = Integer.parseInt(fields[0], 16);
      LAST[i] = Integer.parseInt(fields[1], 16);
      KIND[i] = Kind.valueOf(Ascii.toUpperCase(fields[2]));
    }
  }

  private InvisibleCharacters() {}

  /**
   * What a code point is, if the table lists it.
   *
   * @param codePoint a code point
   * @return its kind, or null for a visible code point
   */
  public static Kind kindOf(int codePoint) {
    // Printable ASCII is by far the most common and is visible: no search for it.
    if (codePoint > 0x20 && codePoint < 0x7F) {
      return null;
    }
    int low = 0;
    int high = FIRST.length - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      if (codePoint < FIRST[middle]) {
        high = middle - 1;
      } else if (codePoint > LAST[middle]) {
        low = middle + 1;
      } else {
        return KIND[middle];
      }
    }
    return null;
  }

  /**
   * Whether a code point shows something of its own: it is none of the table's kinds.
   *
   * @param codePoint a code point
   * @return true when it is visible
   */
  public static boolean isVisible(int codePoint) {
    return kindOf(codePoint) == null;
  }

  /**
   * Whether a code point is a control, format or default-ignorable character.
   *
   * @param codePoint a code point
   * @return true when it is hidden
   */
  public static boolean isHidden(int codePoint) {
    return kindOf(codePoint) == Kind.HIDDEN;
  }

  private static List<String> load(String name) {
    List<String> lines = new ArrayList<>();
    try (InputStream in = InvisibleCharacters.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the model's table " + name + " is missing");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.startsWith("#") && !line.isBlank()) {
          lines.add(line.trim());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the model's table " + name, e);
    }
    return lines;
  }
}
