package io.github.wsis20.cli;

import io.github.wsis20.validation.Severity;
import io.github.wsis20.validation.Violation;

/**
 * The text form of a report, one line a violation: {@code FILE:LINE[:COLUMN]: error CODE at
 * 'POINTER': message}, in the phrasebook's language. Every text that may come from the input (the
 * file name, the pointer with its member and CSV column names, the message) is {@link #escaped},
 * so that no input can move the cursor, colour the terminal or forge a line of the report.
 */
final class TextReport {
  private final Phrasebook phrases;
  private final String error;
  private final String warning;

  TextReport(Phrasebook phrases) {
    this.phrases = phrases;
    this.error = phrases.say("severity.error");
    this.warning = phrases.say("severity.warning");
  }

  /**
   * The line of one violation.
   *
   * @param file the file's name as given
   * @param recordLine the line its record starts on, for a violation that has no line of its own
   * @param v the violation
   * @return the line, without a line break
   */
  String line(String file, long recordLine, Violation v) {
    long line = v.getLine().orElse(recordLine);
    String place = escaped(file) + ":" + line + (v.getColumn().isPresent() ? ":" + v.getColumn().getAsInt() : "");
    return phrases.say("violation", "place", place, "severity", v.getSeverity() == Severity.ERROR ? error : warning,
        "code", v.getCode().getCode(), "pointer", escaped(v.getPointer().toString()), "message",
        escaped(v.getMessage()));
  }

  /**
   * A text as a terminal may show it: control characters (C0, DEL, C1), line and paragraph
   * separators, bidirectional controls and tag characters are written as escapes ({@code \n},
   * {@code \t}, {@code \r}, {@code \u001B}), a backslash as two, and an unpaired surrogate as its
   * escape. Anything else is kept, whatever its script.
   *
   * @param text any text
   * @return the text with nothing that acts on a terminal or breaks a line
   */
  static String escaped(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String escape = escape(text, i);
      if (escape == null) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      out.append(escape);
      if (Character.isHighSurrogate(c) && escape.length() > 6) {
        i++;
      }
    }
    return out == null ? text : out.toString();
  }

  /** The escape of the character at an index, or null when it is written as it is. */
  private static String escape(String text, int i) {
    char c = text.charAt(i);
    switch (c) {
      case '\\' :
        return "\\\\";
      case '\n' :
        return "\\n";
      case '\r' :
        return "\\r";
      case '\t' :
        return "\\t";
      default :
        break;
    }
    if (Character.isHighSurrogate(c)) {
      if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        int cp = text.codePointAt(i);
        // Tag characters (U+E0000 to U+E007F) hide text from people but not from programs.
        return cp >= 0xE0000 && cp <= 0xE007F ? String.format("\\u%04X\\u%04X", (int) c, (int) text.charAt(i + 1))
            : null;
      }
      return String.format("\\u%04X", (int) c);
    }
    if (Character.isLowSurrogate(c)) {
      return i > 0 && Character.isHighSurrogate(text.charAt(i - 1)) ? null : String.format("\\u%04X", (int) c);
    }
    int type = Character.getType(c);
    boolean bidi = c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
    if (type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
        || bidi) {
      return String.format("\\u%04X", (int) c);
    }
    return null;
  }
}
