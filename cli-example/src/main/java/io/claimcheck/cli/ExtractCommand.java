package io.claimcheck.cli;

import io.claimcheck.extract.ClaimExtractor;
import io.claimcheck.report.ClaimJson;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
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

  @Mixin InputPaths input;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ClaimExtractor extractor = ClaimExtractor.standard();
    Inputs inputs = new Inputs(input.paths, System.in, input.followLinks);
    inputs.forEach(doc -> extractor.extract(doc,
        claim -> out.println(output.text() ? ClaimJson.toText(claim) : ClaimJson.toJson(claim))), err);
    out.flush();
    return inputs.exitCode(err);
  }
}
