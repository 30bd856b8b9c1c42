package io.claimcheck.cli;

import io.claimcheck.rules.ParameterSpec;
import io.claimcheck.rules.Rule;
import io.claimcheck.rules.RuleDescriptor;
import io.claimcheck.rules.RuleSet;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code claimcheck rules}: every known rule, its default severity and parameters. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "Lists the rules: id, default severity, when it fires, and its parameters with their defaults.")
final class RulesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Set<Rule> seen = new LinkedHashSet<>(RuleSet.available().values());
    for (Rule r : seen) {
      RuleDescriptor d = r.descriptor();
      out.println(d.id() + " (" + d.defaultSeverity().id() + ")" + (d.aliases().isEmpty() ? "" : " also " + String.join(", ", d.aliases())));
      out.println("    " + d.summary());
      for (ParameterSpec p : d.parameters()) {
        Object def = p.defaultValue();
        out.println("    " + p.name() + " = " + (def instanceof BigDecimal ? ((BigDecimal) def).toPlainString() : def)
            + "  (" + p.expected() + ") " + p.description());
      }
    }
    out.println("approximateTolerance = 0.1  (a decimal from 0 to less than 1) how far 'about N' is widened, for every rule");
    out.println("dateTolerance = 1  (a whole number of days) how far apart one incident's claims may be dated");
    out.flush();
    return Main.OK;
  }
}
