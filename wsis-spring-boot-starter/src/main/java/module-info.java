/**
 * Spring Boot auto-configuration for services that read WSIS+20 contributions: the SDK's readers
 * as beans, an HTTP message converter that reads with them, and a refused payload's whole report
 * as an RFC 9457 problem.
 *
 * <p>Spring Boot runs applications on the class path, where this descriptor is not read; it names
 * the module for applications on the module path. Spring's jars are automatic modules, named by
 * their {@code Automatic-Module-Name}.
 */
module io.github.wsis20.spring.boot {
  requires transitive io.github.wsis20.io;
  requires transitive io.github.wsis20.problem;
  requires transitive spring.beans;
  requires transitive spring.boot;
  requires transitive spring.boot.autoconfigure;
  requires transitive spring.context;
  requires transitive spring.core;
  requires transitive spring.web;
  requires spring.webmvc;

  exports io.github.wsis20.spring.boot;

  // Spring binds the configuration properties and calls the configuration's bean methods reflectively.
  opens io.github.wsis20.spring.boot to spring.beans, spring.core, spring.context, spring.boot;
}
