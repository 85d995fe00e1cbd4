package io.github.wsis20.cli;

import io.github.wsis20.io.JsonSchemas;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wsis schema}: prints a JSON Schema of the SDK's formats. */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = Wsis.Version.class, header = "Prints the JSON Schema of a contribution or of a dataset.", description = "Prints the JSON Schema (draft 2020-12) of a format, for services in other languages.")
final class SchemaCommand implements Callable<Integer> {

  /** The formats that have a schema. */
  enum Kind {
    contribution, dataset
  }

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "KIND", description = "contribution or dataset")
  Kind kind;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.print(kind == Kind.dataset ? JsonSchemas.dataset() : JsonSchemas.contribution());
    out.flush();
    return Wsis.OK;
  }
}
