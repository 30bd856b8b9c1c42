package io.claimcheck.cli;

import io.claimcheck.ClaimCheck;
import io.claimcheck.config.Configuration;
import io.claimcheck.config.ConfigException;
import io.claimcheck.config.RulesFile;
import io.claimcheck.report.Report;
import io.claimcheck.report.ReportFormat;
import io.claimcheck.rules.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code claimcheck check}: claims, groups and findings, with the exit codes of DESIGN.md. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts the claims, groups those that measure the same thing, runs the rules, and reports",
      "the findings. Exit code 1 when a finding is at or above --fail-on."
    })
final class CheckCommand implements Callable<Integer> {
  enum Format { text, json, markdown }

  enum FailOn { error, warning, never }

  @Spec CommandSpec spec;

  @Option(names = "--rules", paramLabel = "FILE", description = "a rules file (YAML or JSON); the built-in rules unless given")
  Path rules;

  @Option(names = "--format", defaultValue = "text", description = "text (default), json or markdown")
  Format format;

  @Option(names = "--fail-on", defaultValue = "error", description = "error (default), warning or never")
  FailOn failOn;

  @Mixin InputPaths input;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Configuration config = Configuration.defaults();
    if (rules != null) {
      try {
        config = RulesFile.load(rules);
      } catch (ConfigException e) {
        err.println("claimcheck: " + e.getMessage());
        return Main.USAGE;
      }
    }
    ClaimCheck check = ClaimCheck.builder().rules(config.rules()).dateTolerance(config.dateTolerance()).build();
    ClaimCheck.Run run = check.start();
    Inputs inputs = new Inputs(input.paths, System.in);
    inputs.forEach(run, err);
    Report report = run.finish();
    if (report.documentsRead() == 0 && report.claims().isEmpty()) {
      return inputs.exitCode(err);
    }
    ReportFormat.valueOf(format.name().toUpperCase(java.util.Locale.ROOT)).write(report, out);
    out.flush();
    if (failOn == FailOn.never) {
      return Main.OK;
    }
    Severity threshold = failOn == FailOn.error ? Severity.ERROR : Severity.WARNING;
    return report.worst().map(w -> w.atLeast(threshold)).orElse(false) ? Main.FINDINGS : Main.OK;
  }
}
