package io.github.wsis20.cli;

import static io.github.wsis20.cli.WsisTest.wsis;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.wsis20.testing.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text from a payload never acts on a terminal or forges a line of a report: member names and CSV
 * header names reach the text output escaped.
 */
class EscapingTest {
  static final String FORGED = "\u001b[2J\u001b[31mtitel\nforged.json:1:1: error NOTHING at '/': all is well";

  @TempDir
  Path dir;

  Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  static String jsonString(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\u001b", "\\u001b").replace("\n", "\\n")
        + "\"";
  }

  static void assertNothingActsOnATerminal(String text) {
    assertThat(text.chars().filter(c -> c < 0x20 && c != '\n' || c == 0x7f || c >= 0x80 && c < 0xa0)).isEmpty();
    assertThat(text).doesNotContain("\nforged.json");
  }

  @Test
  void validate_escapesAMemberName() throws IOException {
    String payload = Samples.contractExampleJson().replaceFirst("\\{",
        Matcher.quoteReplacement("{" + jsonString(FORGED) + ": 1,"));
    WsisTest.Run run = wsis("validate", file("forged.json", payload).toString());
    assertThat(run.code).isEqualTo(1);
    assertNothingActsOnATerminal(run.out);
    assertThat(run.out.lines()).hasSize(2);
    assertThat(run.out).contains("UNKNOWN_MEMBER at '/\\u001B[2J\\u001B[31mtitel\\nforged.json:1:1: error NOTHING");
  }

  @Test
  void validate_escapesACsvHeaderName() throws IOException {
    Path csv = file("forged.csv", "schemaVersion,\"" + FORGED.replace("\"", "\"\"") + "\"\n1.0,x\n");
    WsisTest.Run run = wsis("validate", csv.toString());
    assertNothingActsOnATerminal(run.out);
    assertThat(run.out).contains("MALFORMED_CSV at '/\\u001B[2J");
  }

  @Test
  void convert_escapesAMemberNameOnStandardError() throws IOException {
    String payload = Samples.contractExampleJson().replaceFirst("\\{",
        Matcher.quoteReplacement("{" + jsonString(FORGED) + ": 1,"));
    WsisTest.Run run = wsis("convert", "--to", "ndjson", file("forged.json", payload).toString());
    assertThat(run.code).isEqualTo(1);
    assertNothingActsOnATerminal(run.err);
    assertThat(run.err.lines()).hasSize(2);
  }

  @Test
  void escaped_writesControlsSeparatorsAndBidiControlsAsEscapes() {
    assertThat(TextReport.escaped("a\u0000b\u007fc\u009bd\u2028e\u202ef\u2066g\\h\ti\rj"))
        .isEqualTo("a\\u0000b\\u007Fc\\u009Bd\\u2028e\\u202Ef\\u2066g\\\\h\\ti\\rj");
  }

  @Test
  void escaped_writesTagCharactersAndUnpairedSurrogatesAsEscapes() {
    assertThat(TextReport.escaped("x\uDB40\uDC41y\uD800z\uDC00")).isEqualTo("x\\uDB40\\uDC41y\\uD800z\\uDC00");
  }

  @Test
  void escaped_keepsTextOfEveryScript() {
    String text = "Réseaux — 社区网络 — شبكات — сети — \uD83C\uDF0D — /contributor/name";
    assertThat(TextReport.escaped(text)).isSameAs(text);
  }
}
