package io.github.wsis20.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wsis20.model.UnLanguage;
import io.github.wsis20.validation.internal.MessageCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ViolationCatalogueTest {
  private static final Path DOC = Path.of("..", "docs", "violation-codes.md");
  private static final String BEGIN = "<!-- BEGIN GENERATED TABLE: ViolationCatalogueTest -->";
  private static final String END = "<!-- END GENERATED TABLE -->";

  /** The table the doc must hold, generated from the enum. */
  static String table() {
    StringBuilder out = new StringBuilder();
    out.append("| code | severity | arguments | meaning | how to fix |\n");
    out.append("|---|---|---|---|---|\n");
    for (ViolationCode code : ViolationCode.values()) {
      out.append("| `").append(code.getCode()).append("` | ").append(code.getDefaultSeverity()).append(" | ")
          .append(code.getArguments().stream().map(a -> "`" + a + "`" + typeNote(code, a))
              .collect(Collectors.joining(", ")))
          .append(" | ").append(code.getMeaning().replace("|", "\\|"))
          .append(" | ").append(code.getHowToFix().replace("|", "\\|")).append(" |\n");
    }
    return out.toString();
  }

  private static String typeNote(ViolationCode code, String argument) {
    ArgumentType type = code.getArgumentType(argument);
    return type == ArgumentType.TEXT ? "" : " (" + type.name().toLowerCase(Locale.ROOT) + ")";
  }

  @Test
  void documentedCatalogue_equalsTheEnum() throws IOException {
    String expected = table();
    // Written for review: copy it between the markers of docs/violation-codes.md when the enum changes.
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "violation-codes-table.md"), expected, StandardCharsets.UTF_8);
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    assertThat(doc).contains(BEGIN).contains(END);
    String documented = doc.substring(doc.indexOf(BEGIN) + BEGIN.length(), doc.indexOf(END)).strip() + "\n";
    assertThat(documented).isEqualTo(expected);
  }

  @ParameterizedTest
  @EnumSource(UnLanguage.class)
  void everyCode_hasATemplateInEachLanguage(UnLanguage language) {
    for (ViolationCode code : ViolationCode.values()) {
      assertThat(MessageCatalog.of(language).template(code)).as("%s in %s", code, language).isNotBlank();
    }
  }

  @ParameterizedTest
  @EnumSource(UnLanguage.class)
  void messageFiles_holdNoKeyOutsideTheCatalogue(UnLanguage language) throws IOException {
    Set<String> codes = Arrays.stream(ViolationCode.values()).map(ViolationCode::getCode).collect(Collectors.toSet());
    for (String key : load(language).stringPropertyNames()) {
      if (key.equals("list.separator") || key.equals("digit.grouping") || codes.contains(key)) {
        continue;
      }
      String[] parts = key.split("\\.", 3);
      assertThat(codes).as("%s in %s", key, language).contains(parts[0]);
      ViolationCode code = ViolationCode.valueOf(parts[0]);
      if (parts.length == 2) {
        assertThat(parts[1]).as("%s in %s", key, language).isEqualTo("generic");
      } else {
        assertThat(code.getArguments()).as("the argument of %s in %s", key, language).contains(parts[1]);
      }
    }
  }

  @Test
  void everyLanguage_hasTheKeysOfEnglish() throws IOException {
    Set<String> english = load(UnLanguage.ENGLISH).stringPropertyNames();
    for (UnLanguage language : UnLanguage.values()) {
      assertThat(load(language).stringPropertyNames()).as("keys of %s", language).isEqualTo(english);
    }
  }

  @ParameterizedTest
  @EnumSource(UnLanguage.class)
  void words_nameOnlyOtherArgumentsOfTheirCode(UnLanguage language) throws IOException {
    Properties file = load(language);
    for (String key : file.stringPropertyNames()) {
      String[] parts = key.split("\\.", 3);
      if (parts.length == 3) {
        ViolationCode code = ViolationCode.valueOf(parts[0]);
        assertThat(Reports.placeholders(file.getProperty(key))).as("%s in %s", key, language)
            .isSubsetOf(code.getArguments()).doesNotContain(parts[1]);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(UnLanguage.class)
  void genericTemplates_nameNoArgumentOfTheFullOne(UnLanguage language) {
    for (ViolationCode code : ViolationCode.values()) {
      String generic = MessageCatalog.of(language).genericTemplate(code);
      if (generic != null) {
        assertThat(Reports.placeholders(generic)).as("%s in %s", code, language)
            .doesNotContainAnyElementsOf(Reports.placeholders(MessageCatalog.of(language).template(code)));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(value = UnLanguage.class, names = "ENGLISH", mode = EnumSource.Mode.EXCLUDE)
  void nonEnglishGenericTemplates_areTranslatedNotCopied(UnLanguage language) {
    MessageCatalog english = MessageCatalog.of(UnLanguage.ENGLISH);
    for (ViolationCode code : ViolationCode.values()) {
      if (english.genericTemplate(code) != null) {
        assertThat(MessageCatalog.of(language).genericTemplate(code)).as("%s in %s", code, language)
            .isNotEqualTo(english.genericTemplate(code));
      }
    }
  }

  @Test
  void argumentTypes_markBoundsAsIntegersYearsAsYearsAndKnownValuesAsLists() {
    assertThat(ViolationCode.TOO_LONG.getArgumentType("max")).isEqualTo(ArgumentType.INTEGER);
    assertThat(ViolationCode.LIMIT_EXCEEDED.getArgumentType("max")).isEqualTo(ArgumentType.INTEGER);
    assertThat(ViolationCode.LIMIT_EXCEEDED.getArgumentType("limit")).isEqualTo(ArgumentType.TEXT);
    assertThat(ViolationCode.SESSION_DATES_OUTSIDE_YEAR.getArgumentType("year")).isEqualTo(ArgumentType.YEAR);
    assertThat(ViolationCode.UNKNOWN_PROCESS.getArgumentType("known")).isEqualTo(ArgumentType.LIST);
    assertThat(ViolationCode.UNKNOWN_PROCESS.getArgumentType("undeclared")).isEqualTo(ArgumentType.TEXT);
  }

  @ParameterizedTest
  @EnumSource(value = UnLanguage.class, names = "ENGLISH", mode = EnumSource.Mode.EXCLUDE)
  void nonEnglishTemplates_areTranslatedNotCopied(UnLanguage language) {
    MessageCatalog english = MessageCatalog.of(UnLanguage.ENGLISH);
    for (ViolationCode code : ViolationCode.values()) {
      assertThat(MessageCatalog.of(language).template(code)).as("%s in %s", code, language)
          .isNotEqualTo(english.template(code));
    }
  }

  @ParameterizedTest
  @EnumSource(value = UnLanguage.class, names = {"ARABIC", "CHINESE", "RUSSIAN"})
  void nonLatinTemplates_areWrittenInTheirScript(UnLanguage language) {
    Character.UnicodeScript script = Map.of(UnLanguage.ARABIC, Character.UnicodeScript.ARABIC,
        UnLanguage.CHINESE, Character.UnicodeScript.HAN, UnLanguage.RUSSIAN, Character.UnicodeScript.CYRILLIC)
        .get(language);
    for (ViolationCode code : ViolationCode.values()) {
      assertThat(MessageCatalog.of(language).template(code).codePoints()
          .anyMatch(c -> Character.UnicodeScript.of(c) == script))
          .as("%s in %s", code, language).isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(UnLanguage.class)
  void everyPlaceholder_isAnArgumentTheCodeDeclares(UnLanguage language) {
    for (ViolationCode code : ViolationCode.values()) {
      assertThat(Reports.placeholders(MessageCatalog.of(language).template(code))).as("%s in %s", code, language)
          .isSubsetOf(code.getArguments());
    }
  }

  @Test
  void everyLanguage_usesTheSamePlaceholdersAsEnglish() {
    for (ViolationCode code : ViolationCode.values()) {
      Set<String> english = Reports.placeholders(MessageCatalog.of(UnLanguage.ENGLISH).template(code));
      for (UnLanguage language : UnLanguage.values()) {
        assertThat(Reports.placeholders(MessageCatalog.of(language).template(code))).as("%s in %s", code, language)
            .isEqualTo(english);
      }
    }
  }

  @Test
  void aLocaleOutsideTheSix_getsEnglish() {
    ValidationReport report = ValidationReport.builder(Locale.GERMAN).add(Pointer.root(), ViolationCode.BLANK).build();
    assertThat(report.getViolations().get(0).getMessage())
        .isEqualTo(MessageCatalog.of(UnLanguage.ENGLISH).template(ViolationCode.BLANK));
  }

  private static Properties load(UnLanguage language) throws IOException {
    Properties properties = new Properties();
    String name = "internal/messages_" + language.getTag() + ".properties";
    try (InputStream in = ViolationCode.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
