package io.github.wsis20.spring.boot.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's Spring Boot snippet is the controller this module compiles and runs. */
class ReadmeTest {

  @Test
  void readmeSpringBootSnippet_isTheCompiledController() throws IOException {
    String source = Files.readString(Path.of("../wsis-spring-boot3-it/src/test/java/io/github/wsis20/spring/boot/it/"
        + "Contributions.java"));
    String block = source.substring(source.indexOf("// spring-boot:begin") + "// spring-boot:begin".length(),
        source.indexOf("// spring-boot:end"));
    String readme = Files.readString(Path.of("../README.md"));
    String section = readme.substring(readme.indexOf("## Use it in Spring Boot"));
    String snippet = section.substring(section.indexOf("```java") + "```java".length());
    snippet = snippet.substring(0, snippet.indexOf("```"));
    assertThat(normalise(snippet)).isEqualTo(normalise(block));
  }

  private static List<String> normalise(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
  }
}
