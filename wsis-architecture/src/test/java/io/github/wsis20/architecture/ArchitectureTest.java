package io.github.wsis20.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.all;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitCallTarget;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.AbstractClassesTransformer;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.validation.Configuration;
import jakarta.validation.Validation;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The module and package rules of the project, over the classes of every published module as a
 * user's class path has them (the main classes only, never their tests).
 *
 * <p>Each rule is a method, not an {@code @ArchTest} field: Surefire 3.5.3 silently skips field
 * rules (SUREFIRE-2298), and a skipped rule would pass.
 */
@AnalyzeClasses(packages = "io.github.wsis20", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  /** The project's root, whose module directories hold the sources the package-info rule reads. */
  private static final Path PROJECT_ROOT = Path.of(System.getProperty("wsis.root", "..")).toAbsolutePath().normalize();

  @ArchTest
  void model_dependsOnNothingButTheJdkJakartaValidationAndImmutablesAnnotations(JavaClasses classes) {
    classes()
        .that().resideInAPackage(PublishedModule.MODEL.packages())
        .should().onlyDependOnClassesThat().resideInAnyPackage(
            PublishedModule.MODEL.packages(), "java..", "jakarta.validation..", "org.immutables.value..")
        .because("wsis-model is the one module every user gets, and binds to no format or provider: "
            + "no Jackson, no Hibernate Validator, none of the SDK's other modules")
        .check(classes);
  }

  @ArchTest
  void modules_dependOnlyOnTheModulesBelowThem(JavaClasses classes) {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("wsis-model").definedBy(PublishedModule.MODEL.packages())
        .layer("wsis-validation").definedBy(PublishedModule.VALIDATION.packages())
        .layer("wsis-io").definedBy(PublishedModule.IO.packages())
        .layer("wsis-problem").definedBy(PublishedModule.PROBLEM.packages())
        .layer("wsis-spring-boot-starter").definedBy(PublishedModule.SPRING_BOOT_STARTER.packages())
        .whereLayer("wsis-spring-boot-starter").mayNotBeAccessedByAnyLayer()
        .whereLayer("wsis-io").mayOnlyBeAccessedByLayers("wsis-spring-boot-starter")
        .whereLayer("wsis-problem").mayOnlyBeAccessedByLayers("wsis-spring-boot-starter")
        .whereLayer("wsis-validation").mayOnlyBeAccessedByLayers("wsis-io", "wsis-problem", "wsis-spring-boot-starter")
        .whereLayer("wsis-model")
        .mayOnlyBeAccessedByLayers("wsis-validation", "wsis-io", "wsis-problem", "wsis-spring-boot-starter")
        .because("validation works on the model without any format, and reading builds on validation")
        .check(classes);
  }

  @ArchTest
  void internalPackages_areUsedOnlyInsideTheirOwnModule(JavaClasses classes) {
    classes()
        .should(useNoOtherModulesInternals())
        .check(classes);
  }

  @ArchTest
  void apiTypes_exposeNoInternalTypeInTheirSignatures(JavaClasses classes) {
    classes()
        .that(areApi())
        .should(exposeNoInternalType())
        .because("a user can name every type of the API, and internals stay free to change")
        .check(classes);
  }

  @ArchTest
  void classes_areNamedAfterTheirConcept_notManagerHelperOrUtil(JavaClasses classes) {
    noClasses()
        .should().haveSimpleNameEndingWith("Manager")
        .orShould().haveSimpleNameEndingWith("Helper")
        .orShould().haveSimpleNameEndingWith("Util")
        .orShould().haveSimpleNameEndingWith("Utils")
        .because("such a name means the concept has not been found yet: take it from the domain")
        .check(classes);
  }

  @ArchTest
  void packages_eachHaveAPackageInfo(JavaClasses classes) {
    all(packagesOfThePublishedClasses())
        .should(haveAPackageInfoSource())
        .check(classes);
  }

  @ArchTest
  void classes_comeFromTheModuleTheirPackageNames_soNoPackageIsSplit(JavaClasses classes) {
    classes()
        .should(comeFromTheArtifactOfTheirModule())
        .because("a package split across two modules cannot be read on the module path")
        .check(classes);
  }

  @ArchTest
  void methods_neverBuildAnObjectMapperOrValidatorFactoryPerCall(JavaClasses classes) {
    noClasses()
        .should().callCodeUnitWhere(buildsAMapperOrValidatorFactoryInAMethod())
        .because("one ObjectMapper or ValidatorFactory serves a whole configuration: build it in a "
            + "constructor or a static initializer and share it, never on each call")
        .check(classes);
  }

  @ArchTest
  void rules_readTheClassesOfEveryPublishedModule(JavaClasses classes) throws Exception {
    assertThat(Arrays.stream(PublishedModule.values()).map(PublishedModule::artifactId))
        .as("the published modules of %s", PROJECT_ROOT.resolve("pom.xml"))
        .containsExactlyInAnyOrderElementsOf(publishedModules());
    for (PublishedModule module : PublishedModule.values()) {
      assertThat(classes.stream().filter(c -> PublishedModule.of(c).orElse(null) == module))
          .as("classes of %s (a test dependency of wsis-architecture)", module.artifactId())
          .isNotEmpty();
    }
  }

  // ---- conditions and predicates

  private static ArchCondition<JavaClass> useNoOtherModulesInternals() {
    return new ArchCondition<>("use no other module's internal packages") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          JavaClass target = dependency.getTargetClass().getBaseComponentType();
          if (!PublishedModule.isInternal(target.getPackageName())) {
            continue;
          }
          PublishedModule targetModule = PublishedModule.of(target).orElse(null);
          if (targetModule != null && targetModule != PublishedModule.of(origin).orElse(null)) {
            events.add(SimpleConditionEvent.violated(dependency,
                dependency.getDescription() + ", an internal of " + targetModule.artifactId()));
          }
        }
      }
    };
  }

  private static DescribedPredicate<JavaClass> areApi() {
    return DescribedPredicate.describe("are public types of API packages",
        c -> PublishedModule.of(c).isPresent() && !PublishedModule.isInternal(c.getPackageName()) && isVisible(c));
  }

  /** Public, or a public or protected member of a visible class: a user can name it. */
  private static boolean isVisible(JavaClass c) {
    if (c.getEnclosingClass().isEmpty()) {
      return c.getModifiers().contains(JavaModifier.PUBLIC);
    }
    Set<JavaModifier> modifiers = c.getModifiers();
    boolean visibleMember = modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    return visibleMember && isVisible(c.getEnclosingClass().get());
  }

  private static boolean isVisible(JavaMember member) {
    Set<JavaModifier> modifiers = member.getModifiers();
    return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
  }

  private static ArchCondition<JavaClass> exposeNoInternalType() {
    return new ArchCondition<>("expose no internal type in a public or protected signature") {
      @Override
      public void check(JavaClass api, ConditionEvents events) {
        api.getSuperclass().ifPresent(t -> report(api, "extends", t, events));
        api.getInterfaces().forEach(t -> report(api, "implements", t, events));
        api.getTypeParameters().forEach(t -> report(api, "has the type parameter", t, events));
        for (JavaField field : api.getFields()) {
          if (isVisible(field)) {
            report(field, "has the type", field.getType(), events);
          }
        }
        for (JavaCodeUnit codeUnit : api.getCodeUnits()) {
          if (!isVisible(codeUnit)) {
            continue;
          }
          report(codeUnit, "returns", codeUnit.getReturnType(), events);
          codeUnit.getParameterTypes().forEach(t -> report(codeUnit, "takes", t, events));
          codeUnit.getTypeParameters().forEach(t -> report(codeUnit, "has the type parameter", t, events));
          codeUnit.getThrowsClause().getTypes().forEach(t -> report(codeUnit, "throws", t, events));
        }
      }

      private void report(Object where, String what, JavaType type, ConditionEvents events) {
        for (JavaClass involved : type.getAllInvolvedRawTypes()) {
          JavaClass raw = involved.getBaseComponentType();
          if (PublishedModule.of(raw).isPresent() && PublishedModule.isInternal(raw.getPackageName())) {
            events.add(SimpleConditionEvent.violated(where, describe(where) + " " + what + " " + type.getName()
                + ", which involves the internal " + raw.getName()));
          }
        }
      }

      private String describe(Object where) {
        return where instanceof JavaMember ? ((JavaMember) where).getFullName() : ((JavaClass) where).getName();
      }
    };
  }

  private static AbstractClassesTransformer<JavaPackage> packagesOfThePublishedClasses() {
    return new AbstractClassesTransformer<>("packages of the published modules") {
      @Override
      public Iterable<JavaPackage> doTransform(JavaClasses classes) {
        Set<JavaPackage> packages = new HashSet<>();
        classes.forEach(c -> packages.add(c.getPackage()));
        return packages;
      }
    };
  }

  private static ArchCondition<JavaPackage> haveAPackageInfoSource() {
    return new ArchCondition<>("have a package-info.java that says what the package is for") {
      @Override
      public void check(JavaPackage javaPackage, ConditionEvents events) {
        PublishedModule module = PublishedModule.ofPackage(javaPackage.getName()).orElse(null);
        if (module == null) {
          events.add(SimpleConditionEvent.violated(javaPackage,
              "package " + javaPackage.getName() + " belongs to no published module"));
          return;
        }
        Path packageInfo = module.sources(PROJECT_ROOT)
            .resolve(javaPackage.getName().replace('.', '/'))
            .resolve("package-info.java");
        if (!Files.isRegularFile(packageInfo)) {
          events.add(SimpleConditionEvent.violated(javaPackage,
              "package " + javaPackage.getName() + " has no " + PROJECT_ROOT.relativize(packageInfo)));
        }
      }
    };
  }

  /** A jar named after its artifact ({@code wsis-io-0.1.0.jar}), or a module's {@code target/classes}. */
  private static final Pattern JAR = Pattern.compile(".*/([^/]+?)-\\d[^/]*\\.jar!/");
  private static final Pattern CLASSES_DIRECTORY = Pattern.compile(".*/([^/]+)/target/classes/");

  private static ArchCondition<JavaClass> comeFromTheArtifactOfTheirModule() {
    return new ArchCondition<>("come from the artifact of the module their package belongs to") {
      @Override
      public void check(JavaClass javaClass, ConditionEvents events) {
        PublishedModule module = PublishedModule.of(javaClass).orElse(null);
        String artifact = javaClass.getSource().map(s -> artifactOf(s.getUri(), javaClass))
            .orElse("an unknown location");
        if (module == null) {
          events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName() + " (from " + artifact
              + ") is in no published module's packages"));
        } else if (!module.artifactId().equals(artifact)) {
          events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName() + " comes from " + artifact
              + ", but its package belongs to " + module.artifactId()));
        }
      }
    };
  }

  /** The artifact a class file was read from, from its location: the jar's or the module directory's name. */
  private static String artifactOf(URI classFile, JavaClass javaClass) {
    String location = classFile.toString();
    String suffix = javaClass.getName().replace('.', '/') + ".class";
    String root = location.endsWith(suffix) ? location.substring(0, location.length() - suffix.length()) : location;
    for (Pattern pattern : List.of(JAR, CLASSES_DIRECTORY)) {
      Matcher matcher = pattern.matcher(root);
      if (matcher.matches()) {
        return matcher.group(1);
      }
    }
    return root;
  }

  private static DescribedPredicate<JavaCall<?>> buildsAMapperOrValidatorFactoryInAMethod() {
    return DescribedPredicate.describe("builds an ObjectMapper or a ValidatorFactory in a method",
        call -> call.getOrigin() instanceof JavaMethod && buildsAMapperOrValidatorFactory(call.getTarget()));
  }

  private static boolean buildsAMapperOrValidatorFactory(CodeUnitCallTarget target) {
    JavaClass owner = target.getOwner();
    String name = target.getName();
    return owner.isAssignableTo(ObjectMapper.class) && name.equals(JavaConstructor.CONSTRUCTOR_NAME)
        || owner.isAssignableTo(MapperBuilder.class) && name.equals("build")
        || owner.isEquivalentTo(Validation.class) && name.equals("buildDefaultValidatorFactory")
        || owner.isAssignableTo(Configuration.class) && name.equals("buildValidatorFactory");
  }

  // ---- the published modules, from the project's POMs

  /** The modules of the root POM that are published: packaged as jars, without {@code publish.skip}. */
  private static Set<String> publishedModules() throws Exception {
    Set<String> published = new TreeSet<>();
    for (String module : childTexts(pom(PROJECT_ROOT), "modules", "module")) {
      Document pom = pom(PROJECT_ROOT.resolve(module));
      List<String> packaging = childTexts(pom, "project", "packaging");
      List<String> skip = childTexts(pom, "properties", "publish.skip");
      if (!packaging.contains("pom") && !skip.contains("true")) {
        published.add(module);
      }
    }
    return published;
  }

  private static Document pom(Path directory) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(directory.resolve("pom.xml").toFile());
  }

  /** The texts of the elements named {@code child} directly inside any element named {@code parent}. */
  private static List<String> childTexts(Document document, String parent, String child) {
    List<String> texts = new ArrayList<>();
    NodeList parents = document.getElementsByTagName(parent);
    for (int i = 0; i < parents.getLength(); i++) {
      NodeList children = parents.item(i).getChildNodes();
      for (int j = 0; j < children.getLength(); j++) {
        if (children.item(j) instanceof Element && ((Element) children.item(j)).getTagName().equals(child)) {
          texts.add(children.item(j).getTextContent().trim());
        }
      }
    }
    return texts;
  }
}
