package io.github.wsis20.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The repository stands alone: what its pages link to or name as a file is in it. */
class DocumentationLinksTest {
  static final Path ROOT = Path.of("..");
  static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

  static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("CHANGELOG.md"),
        ROOT.resolve("wsis-io/src/main/resources/io/github/wsis20/io/dataset/README.md")));
    try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
      pages.addAll(docs.filter(p -> p.toString().endsWith(".md")).sorted().collect(Collectors.toList()));
    }
    return pages;
  }

  @Test
  void everyRelativeLink_pointsAtAFileOfTheRepository() throws IOException {
    List<String> broken = new ArrayList<>();
    for (Path page : pages()) {
      Matcher m = LINK.matcher(Files.readString(page));
      while (m.find()) {
        String target = m.group(1);
        if (target.startsWith("http://") || target.startsWith("https://") || target.startsWith("#")
            || target.startsWith("mailto:")) {
          continue;
        }
        String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
        if (!Files.exists(page.getParent().resolve(file))) {
          broken.add(ROOT.relativize(page) + ": " + target);
        }
      }
    }
    assertThat(broken).isEmpty();
  }

  @Test
  void noPage_namesADocumentOutsideTheRepository() throws IOException {
    for (Path page : pages()) {
      assertThat(Files.readString(page)).as(page.toString())
          .doesNotContain("shared/design").doesNotContain("shared/seed").doesNotContain("../seed")
          .doesNotContain("DOMAIN.md").doesNotContain("contribution-v1.md");
    }
  }
}
