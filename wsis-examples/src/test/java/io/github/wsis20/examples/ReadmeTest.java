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
    String block = source.substring(source.indexOf("// quick-start:begin") + "// quick-start:begin".length(),
        source.indexOf("// quick-start:end"));
    String readme = Files.readString(Path.of("../README.md"));
    String snippet = readme.substring(readme.indexOf("```java") + "```java".length());
    snippet = snippet.substring(0, snippet.indexOf("```"));
    assertThat(normalise(snippet)).isEqualTo(normalise(block));
  }

  private static List<String> normalise(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
  }
}
