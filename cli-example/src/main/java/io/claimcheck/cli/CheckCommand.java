package io.claimcheck.cli;

import io.claimcheck.ClaimCheck;
import io.claimcheck.config.ConfigException;
import io.claimcheck.config.Configuration;
import io.claimcheck.config.RulesFile;
import io.claimcheck.report.Baseline;
import io.claimcheck.report.RenderContext;
import io.claimcheck.report.Renderers;
import io.claimcheck.report.Report;
import io.claimcheck.report.ReportFormat;
import io.claimcheck.report.ReportRenderer;
import io.claimcheck.rules.Severity;
import io.claimcheck.rules.Suggestions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimcheck check}: claims, groups and findings, with the exit codes of DESIGN.md. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Extracts the claims, groups those that measure the same thing, runs the rules, and reports "
        + "the findings. Exit code 1 when a finding is at or above --fail-on; 2 for bad usage, when no input "
        + "could be read, or with --strict when any input could not be read.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done, and nothing at or above --fail-on",
      "1:findings at or above --fail-on",
      "2:bad usage, a bad rules file or baseline, a report that cannot be written, no input could be read, "
          + "or (with --strict) any input could not be read"
    })
final class CheckCommand implements Callable<Integer> {
  /** The values of --fail-on. */
  enum FailOn { info, warning, error, never }

  /** The ids of the known formats, for --format's help. */
  static final class FormatIds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Renderers.available().keySet().iterator();
    }
  }

  @Spec CommandSpec spec;

  @Option(names = "--rules", paramLabel = "FILE", description = "a rules file (YAML or JSON); the built-in rules unless given")
  Path rules;

  // help = true: "--format" alone lists the formats without asking for a PATH
  @Option(names = "--format", paramLabel = "ID", arity = "0..1", fallbackValue = "list", defaultValue = "text",
      help = true, completionCandidates = FormatIds.class,
      description = "how to write the report: ${COMPLETION-CANDIDATES} (default text); --format alone lists "
          + "them with what each writes")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "write the report to FILE (replaced whole, only once it is complete) instead of standard "
          + "output; the summary line then goes to standard error")
  Path output;

  @Option(names = {"-q", "--quiet"},
      description = "print no report on standard output, no summary and no progress line; errors still go to "
          + "standard error, and the exit code tells the result")
  boolean quiet;

  @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
      description = "the least severity that makes the exit code 1: info, warning, error (default) or never")
  FailOn failOn;

  @Option(names = "--strict", description = "exit code 2 when any input could not be read, even if others could")
  boolean strict;

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "leave out the findings whose keys are in FILE (written by --write-baseline), and say how many")
  Path baseline;

  @Option(names = "--write-baseline", paramLabel = "FILE",
      description = "write the keys of today's findings to FILE, to accept them: later runs with --baseline FILE "
          + "show only new findings")
  Path writeBaseline;

  @Option(names = "--report-url", paramLabel = "URL",
      description = "the address the report will be published at, for the links of the claimreview format")
  String reportUrl;

  @Mixin RunOptions run;

  @Mixin InputPaths input;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (format.equals("list")) {
      listFormats(out);
      return Main.OK;
    }
    Optional<ReportRenderer> renderer = Renderers.find(format);
    if (renderer.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "unknown format '" + format + "'; expected one of "
          + String.join(", ", Renderers.available().keySet()) + suggestion(format));
    }
    if (input.paths == null || input.paths.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: 'PATH'");
    }
    Configuration config = Configuration.defaults();
    Baseline accepted = null;
    try {
      if (rules != null) {
        config = RulesFile.load(rules);
      }
      if (baseline != null) {
        accepted = Baseline.read(baseline);
      }
    } catch (ConfigException e) {
      err.println("claimcheck: " + e.getMessage());
      return Main.USAGE;
    }
    run.compileForCheck();
    ClaimCheck check = ClaimCheck.builder().rules(config.rules()).incidentWindow(config.incidentWindow())
        .areaWindow(config.areaWindow())
        .parallelism(run.threads()).build();
    ClaimCheck.Run checking = check.start();
    Progress progress = Progress.of(quiet, input.paths, err);
    Inputs inputs = new Inputs(input.paths, System.in, input.followLinks, run.threads());
    Report report;
    try {
      inputs.forEach(new io.claimcheck.input.DocumentSink() {
        @Override
        public void document(io.claimcheck.claim.Document document) {
          int before = checking.claimCount();
          checking.document(document);
          progress.document(document.text().length(), checking.claimCount() - before);
        }

        @Override
        public void claim(io.claimcheck.claim.Claim claim) {
          checking.claim(claim);
          progress.claims(1);
        }

        @Override
        public void claim(io.claimcheck.claim.Claim claim, String file, int line) {
          checking.claim(claim, file, line);
          progress.claims(1);
        }

        @Override
        public void failure(io.claimcheck.input.ReadFailure failure) {
          checking.failure(failure);
        }

        @Override
        public void skipped(io.claimcheck.input.ReadFailure skipped) {
          checking.skipped(skipped);
        }
      }, progress.messages(err));
      report = checking.finish();
    } finally {
      progress.done();
    }
    if (report.documentsRead() == 0 && report.claims().isEmpty()) {
      return inputs.exitCode(err);
    }
    if (writeBaseline != null) {
      try {
        OutputFile.write(writeBaseline, w -> Baseline.of(report).write(w));
      } catch (IOException e) {
        err.println("claimcheck: " + writeBaseline + ": cannot be written: " + Main.describe(e));
        return Main.USAGE;
      }
      if (!quiet) {
        err.println("claimcheck: wrote " + report.findings().size() + " finding keys to " + writeBaseline);
      }
    }
    Report shown = report;
    if (accepted != null) {
      shown = accepted.apply(report);
      if (!quiet) {
        int dropped = report.findings().size() - shown.findings().size();
        err.println("claimcheck: " + dropped + (dropped == 1 ? " finding" : " findings") + " left out, being in the "
            + "baseline " + baseline + (dropped < accepted.keys().size()
                ? " (" + (accepted.keys().size() - dropped) + " of its keys no longer found)" : ""));
      }
    }
    RenderContext context = context();
    ReportRenderer r = renderer.get();
    if (r.id().equals("claimreview") && reportUrl == null && !quiet) {
      err.println("claimcheck: without --report-url the reviews' urls are anchors (#finding-...); search engines "
          + "need the absolute address where the report is published");
    }
    if (output != null) {
      Report toWrite = shown;
      try {
        OutputFile.write(output, w -> r.render(toWrite, context, w));
      } catch (IOException e) {
        err.println("claimcheck: " + output + ": cannot be written: " + Main.describe(e));
        return Main.USAGE;
      }
      if (!quiet) {
        err.println("claimcheck: " + ReportFormat.summary(shown) + "; " + r.id() + " report written to " + output);
      }
    } else if (!quiet) {
      // streamed: a report of millions of claims is never held as one string
      java.io.Writer w = r.id().equals("text") ? Colours.severities(out, Main.ansi(spec)) : out;
      try {
        r.render(shown, context, w);
        w.flush();
      } catch (IOException e) {
        err.println("claimcheck: cannot write the report: " + Main.describe(e));
        return Main.USAGE;
      }
      if (!r.id().equals("text") && !r.id().equals("markdown")) {
        err.println("claimcheck: " + ReportFormat.summary(shown));
      }
    }
    if (strict && report.documentsRead() < report.documents().size()) {
      return Main.USAGE;
    }
    if (failOn == FailOn.never) {
      return Main.OK;
    }
    Severity threshold = Severity.valueOf(failOn.name().toUpperCase(java.util.Locale.ROOT));
    return shown.worst().map(w -> w.atLeast(threshold)).orElse(false) ? Main.FINDINGS : Main.OK;
  }

  private RenderContext context() {
    RenderContext.Builder b = RenderContext.builder().toolVersion(ClaimCheck.version()).parallelism(run.threads());
    if (reportUrl != null) {
      b.reportUrl(reportUrl);
    }
    return b.build();
  }

  private static void listFormats(PrintWriter out) {
    int width = 0;
    for (String id : Renderers.available().keySet()) {
      width = Math.max(width, id.length());
    }
    for (ReportRenderer r : Renderers.available().values()) {
      StringBuilder sb = new StringBuilder(r.id());
      while (sb.length() < width + 2) {
        sb.append(' ');
      }
      out.println(sb + r.description());
    }
    out.flush();
  }

  private static String suggestion(String given) {
    return Suggestions.closest(given.toLowerCase(java.util.Locale.ROOT), Renderers.available().keySet())
        .map(id -> "; did you mean '" + id + "'?").orElse("");
  }
}
