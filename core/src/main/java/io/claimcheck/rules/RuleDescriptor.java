package io.claimcheck.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rule is, as one value: its stable id, default severity, one-line summary, parameters,
 * and the ids it answered to before a rename.
 *
 * @param id kebab-case, stable: public API ({@code divergent-figures})
 * @param defaultSeverity its severity unless a rule set says otherwise
 * @param summary when it fires, in one line
 * @param parameters what can be configured
 * @param aliases former ids, still accepted in configuration
 */
public record RuleDescriptor(
    String id, Severity defaultSeverity, String summary, List<ParameterSpec> parameters, List<String> aliases) {

  /** Checks the id and copies the lists. */
  public RuleDescriptor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    Objects.requireNonNull(summary, "summary");
    parameters = List.copyOf(parameters);
    aliases = List.copyOf(aliases);
    if (!id.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("rule id '" + id + "' must be kebab-case, such as 'divergent-figures'");
    }
  }

  /** The parameter named {@code name}. */
  public Optional<ParameterSpec> parameter(String name) {
    return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
  }
}
