package io.claimcheck.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rule is, as one value: its stable id, default severity, one-line summary, parameters,
 * the ids it answered to before a rename, and the templates of its findings' message and
 * explanation ({@code {name}} placeholders the rule fills, {@code {quantity}} filled by the engine;
 * see {@link MessageTemplate}).
 *
 * @param id kebab-case, stable: public API ({@code divergent-figures})
 * @param defaultSeverity its severity unless a rule set says otherwise
 * @param summary when it fires, in one line
 * @param parameters what can be configured
 * @param aliases former ids, still accepted in configuration
 * @param message the template of a finding's message
 * @param explanation the template of a finding's explanation
 */
public record RuleDescriptor(
    String id, Severity defaultSeverity, String summary, List<ParameterSpec> parameters, List<String> aliases,
    String message, String explanation) {

  /** The template of a rule that writes its whole message and explanation itself. */
  public static final String WHOLE_MESSAGE = "{message}";
  /** The same for the explanation. */
  public static final String WHOLE_EXPLANATION = "{explanation}";

  /** Checks the id and copies the lists. */
  public RuleDescriptor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(explanation, "explanation");
    parameters = List.copyOf(parameters);
    aliases = List.copyOf(aliases);
    if (!id.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("rule id '" + id + "' must be kebab-case, such as 'divergent-figures'");
    }
  }

  /**
   * A rule that passes its message and explanation whole ({@link RuleContext#report(io.claimcheck.group.Group,
   * List, String, String)}): the templates are {@value #WHOLE_MESSAGE} and {@value #WHOLE_EXPLANATION}.
   */
  public RuleDescriptor(
      String id, Severity defaultSeverity, String summary, List<ParameterSpec> parameters, List<String> aliases) {
    this(id, defaultSeverity, summary, parameters, aliases, WHOLE_MESSAGE, WHOLE_EXPLANATION);
  }

  /** The parameter named {@code name}. */
  public Optional<ParameterSpec> parameter(String name) {
    return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
  }
}
