package io.github.wsis20.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The published modules, each with the package its own packages live under. The rules place a class
 * in a module by its package name, and {@link ArchitectureTest} checks that the class file really
 * comes from that module's artifact.
 */
enum PublishedModule {
  MODEL("wsis-model", "io.github.wsis20.model"), VALIDATION("wsis-validation", "io.github.wsis20.validation"), IO(
      "wsis-io", "io.github.wsis20.io"), PROBLEM("wsis-problem",
          "io.github.wsis20.problem"), SPRING_BOOT_STARTER("wsis-spring-boot-starter", "io.github.wsis20.spring.boot");

  private final String artifactId;
  private final String rootPackage;

  PublishedModule(String artifactId, String rootPackage) {
    this.artifactId = artifactId;
    this.rootPackage = rootPackage;
  }

  String artifactId() {
    return artifactId;
  }

  String rootPackage() {
    return rootPackage;
  }

  /** The package pattern of the module's classes, as ArchUnit writes it. */
  String packages() {
    return rootPackage + "..";
  }

  /** The module whose packages hold this package, if any. */
  static Optional<PublishedModule> ofPackage(String packageName) {
    return Arrays.stream(values())
        .filter(m -> packageName.equals(m.rootPackage) || packageName.startsWith(m.rootPackage + "."))
        .findFirst();
  }

  static Optional<PublishedModule> of(JavaClass javaClass) {
    return ofPackage(javaClass.getPackageName());
  }

  /** Whether the package is one of the module's internals: a segment named {@code internal}. */
  static boolean isInternal(String packageName) {
    return ("." + packageName + ".").contains(".internal.");
  }

  /** The directory of the module's main sources in the project. */
  Path sources(Path projectRoot) {
    return projectRoot.resolve(artifactId).resolve("src/main/java");
  }
}
