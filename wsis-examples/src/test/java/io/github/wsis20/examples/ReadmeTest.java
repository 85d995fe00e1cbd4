package io.github.wsis20.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReadmeTest {

  @Test
  void readmeJavaSnippet_isTheCompiledQuickStart() throws IOException {
    String source = Files.readString(Path.of("src/main/java/io/github/wsis20/examples/QuickStart.java"));
    // The snippet is whole: the class's imports, then the body between the markers.
    String imports = source.lines().filter(l -> l.startsWith("import ")).collect(Collectors.joining("\n"));
    String block = imports + "\n"
        + source.substring(source.indexOf("// quick-start:begin") + "// quick-start:begin".length(),
            source.indexOf("// quick-start:end"));
    String readme = Files.readString(Path.of("../README.md"));
    String snippet = readme.substring(readme.indexOf("```java") + "```java".length());
    snippet = snippet.substring(0, snippet.indexOf("```"));
    assertThat(normalise(snippet)).isEqualTo(normalise(block));
  }

  /** The text of the README's first code block of a kind, such as {@code sh} or {@code text}. */
  static String readmeBlock(String kind) throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    String block = readme.substring(readme.indexOf("```" + kind + "\n") + kind.length() + 4);
    return block.substring(0, block.indexOf("```"));
  }

  @Test
  void readmeQuickStart_isTwoCommandsThatBuildAndValidateAShippedExample() throws IOException {
    List<String> commands = readmeBlock("sh").lines().map(l -> l.replaceAll("\\s+#.*$", "").strip())
        .filter(l -> !l.isEmpty()).collect(Collectors.toList());
    assertThat(commands).hasSize(2);
    assertThat(commands.get(0)).isEqualTo("mvn -B verify");
    assertThat(commands.get(1)).startsWith("java -jar wsis-cli/target/wsis.jar validate docs/examples/");
    Path example = Path.of("..", commands.get(1).substring(commands.get(1).lastIndexOf(' ') + 1));
    assertThat(example).isRegularFile();
    assertThat(ExamplePayloadsTest.reported(example)).containsExactly(ExamplePayloadsTest.VALID);
  }

  @Test
  void readme_givesTheCommandThatRunsEachExample() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    assertThat(readme).contains("mvn -B -q -pl wsis-examples -am compile exec:java -Dexample=");
    try (var sources = Files.list(Path.of("src/main/java/io/github/wsis20/examples"))) {
      List<String> programs = sources.filter(p -> {
        try {
          return Files.readString(p).contains("public static void main(String[] args)");
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).map(p -> p.getFileName().toString().replace(".java", "")).collect(Collectors.toList());
      // Each program's row of the Examples table ends with the -Dexample= value that runs it.
      assertThat(programs).isNotEmpty().allSatisfy(name -> assertThat(readme)
          .containsPattern("(?m)^\\| `" + name + "` \\|.*\\| `" + name + "`[^|]*\\|$"));
    }
  }

  @Test
  void readme_keepsTheTimelineCommand() throws IOException {
    assertThat(Files.readString(Path.of("../README.md")))
        .contains("java -jar wsis-cli/target/wsis.jar timeline --as-of");
  }

  private static List<String> normalise(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
  }
}
