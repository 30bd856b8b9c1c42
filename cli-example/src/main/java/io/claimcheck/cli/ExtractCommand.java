package io.claimcheck.cli;

import io.claimcheck.ClaimCheck;
import io.claimcheck.Extraction;
import io.claimcheck.ExtractionSink;
import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Document;
import io.claimcheck.input.DocumentSink;
import io.claimcheck.internal.Printable;
import io.claimcheck.input.ReadFailure;
import io.claimcheck.report.ClaimJson;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimcheck extract}: the claims in the documents, one per line. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Prints the claims in the documents: measure, quantity and interval, places, date, "
        + "incident or cumulative, outlet and attribution, with the span and sentence.")
final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin LineFormat output;

  @Mixin RunOptions run;

  @Mixin OutputOption file;

  @Option(names = {"-q", "--quiet"},
      description = "no progress line on standard error (it is shown only when standard error is a terminal)")
  boolean quiet;

  @Mixin InputPaths input;

  @Override
  public Integer call() {
    return file.write(spec.commandLine().getOut(), spec.commandLine().getErr(), this::extract);
  }

  private int extract(PrintWriter out) {
    run.compileForExtract();
    ClaimCheck check = ClaimCheck.builder().parallelism(run.threads()).build();
    Progress progress = Progress.of(quiet, input.paths, spec.commandLine().getErr());
    PrintWriter err = progress.messages(spec.commandLine().getErr());
    Inputs inputs = new Inputs(input.paths, System.in, input.followLinks);
    ClaimJson.Lines json = ClaimJson.lines(out); // one generator for every claim, not one per claim
    try (Extraction extraction = check.extraction(new ExtractionSink() {
      @Override
      public void extracted(Document document, List<Claim> claims) {
        for (Claim claim : claims) {
          if (output.text()) {
            out.println(ClaimJson.toText(claim));
          } else {
            json.write(claim);
          }
        }
        progress.document(document.text().length(), claims.size());
      }

      @Override
      public void failed(Document document, String reason) {
        err.println("claimcheck: " + Printable.escape(document.id()) + ": " + reason);
      }

      @Override
      public void claim(Claim claim) {
        // never fed: said as it is read, below
      }

      @Override
      public void failure(ReadFailure failure) {
        // printed already, as it was read
      }
    })) {
      // what is not a document is said as it is read, so that standard error is the same on any number of threads
      inputs.forEach(extraction::document, err);
      extraction.finish();
    } finally {
      json.close();
      progress.done();
    }
    out.flush();
    return inputs.exitCode(err);
  }
}
