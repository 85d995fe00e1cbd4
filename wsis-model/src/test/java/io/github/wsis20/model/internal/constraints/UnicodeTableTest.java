package io.github.wsis20.model.internal.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnJre;
import org.junit.jupiter.api.condition.JRE;

/**
 * The bundled table of invisible characters is what its header says: Java 17's character data
 * (Unicode 13.0.0) and Unicode 13.0.0's Default_Ignorable_Code_Point. On Java 17 the table is
 * derived again and compared; when they differ, the derived table is written to
 * {@code target/invisible-characters.txt}.
 */
class UnicodeTableTest {
  /** Default_Ignorable_Code_Point, from DerivedCoreProperties.txt of Unicode 13.0.0. */
  static final int[][] DEFAULT_IGNORABLE = {{0x00AD, 0x00AD}, {0x034F, 0x034F}, {0x061C, 0x061C}, {0x115F, 0x1160},
      {0x17B4, 0x17B5}, {0x180B, 0x180E}, {0x200B, 0x200F}, {0x202A, 0x202E}, {0x2060, 0x206F}, {0x3164, 0x3164},
      {0xFE00, 0xFE0F}, {0xFEFF, 0xFEFF}, {0xFFA0, 0xFFA0}, {0xFFF0, 0xFFF8}, {0x1BCA0, 0x1BCA3}, {0x1D173, 0x1D17A},
      {0xE0000, 0xE0FFF}};

  static String derivedKind(int cp) {
    int type = Character.getType(cp);
    if (type == Character.CONTROL || type == Character.FORMAT || isDefaultIgnorable(cp)) {
      return "hidden";
    }
    if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
      return "space";
    }
    if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK) {
      return "mark";
    }
    return cp == 0x2800 ? "blank" : null;
  }

  static boolean isDefaultIgnorable(int cp) {
    for (int[] range : DEFAULT_IGNORABLE) {
      if (cp >= range[0] && cp <= range[1]) {
        return true;
      }
    }
    return false;
  }

  static List<String> derivedTable() {
    List<String> lines = new ArrayList<>();
    String kind = null;
    int first = 0;
    for (int cp = 0; cp <= Character.MAX_CODE_POINT + 1; cp++) {
      String k = cp <= Character.MAX_CODE_POINT ? derivedKind(cp) : null;
      if (!Objects.equals(k, kind)) {
        if (kind != null) {
          lines.add(String.format("%04X..%04X %s", first, cp - 1, kind));
        }
        first = cp;
        kind = k;
      }
    }
    return lines;
  }

  static List<String> bundledLines() throws IOException {
    try (InputStream in = InvisibleCharacters.class.getResourceAsStream("invisible-characters.txt")) {
      assertThat(in).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines().collect(Collectors.toList());
    }
  }

  @Test
  @EnabledOnJre(JRE.JAVA_17)
  void bundledTable_isJava17sCharacterData() throws IOException {
    List<String> bundled = bundledLines();
    List<String> derived = derivedTable();
    List<String> table = bundled.stream().filter(l -> !l.startsWith("#")).collect(Collectors.toList());
    if (!table.equals(derived)) {
      List<String> expected = new ArrayList<>(
          bundled.stream().filter(l -> l.startsWith("#")).collect(Collectors.toList()));
      expected.addAll(derived);
      Files.createDirectories(Path.of("target"));
      Files.write(Path.of("target", "invisible-characters.txt"), expected, StandardCharsets.US_ASCII);
    }
    assertThat(table).isEqualTo(derived);
  }

  @Test
  void bundledTable_isInOrderWithoutOverlaps_andSaysWhereItComesFrom() throws IOException {
    List<String> lines = bundledLines();
    assertThat(String.join("\n", lines)).contains("Unicode 13.0.0").contains("Default_Ignorable_Code_Point");
    int last = -1;
    for (String line : lines) {
      if (line.startsWith("#")) {
        continue;
      }
      assertThat(line).matches("[0-9A-F]{4,6}\\.\\.[0-9A-F]{4,6} (hidden|space|mark|blank)");
      int first = Integer.parseInt(line.substring(0, line.indexOf('.')), 16);
      int end = Integer.parseInt(line.substring(line.indexOf('.') + 2, line.indexOf(' ')), 16);
      assertThat(first).as(line).isGreaterThan(last).isLessThanOrEqualTo(end);
      last = end;
    }
  }

  @Test
  void everyCodePoint_hasTheKindOfTheRangeThatHoldsIt() throws IOException {
    // A linear walk of the file against the binary search and the ASCII shortcut.
    String[] kinds = new String[Character.MAX_CODE_POINT + 1];
    for (String line : bundledLines()) {
      if (!line.startsWith("#")) {
        String[] f = line.split("\\.\\.| ");
        for (int cp = Integer.parseInt(f[0], 16); cp <= Integer.parseInt(f[1], 16); cp++) {
          kinds[cp] = f[2];
        }
      }
    }
    List<String> wrong = new ArrayList<>();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      InvisibleCharacters.Kind kind = InvisibleCharacters.kindOf(cp);
      String name = kind == null ? null : kind.name().toLowerCase(Locale.ROOT);
      if (!Objects.equals(name, kinds[cp]) || InvisibleCharacters.isVisible(cp) != (kinds[cp] == null)) {
        wrong.add(String.format("U+%04X %s", cp, name));
      }
    }
    assertThat(wrong).isEmpty();
  }
}
