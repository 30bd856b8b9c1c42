package io.claimcheck.rules;

import io.claimcheck.group.Group;

/**
 * A check over one group of claims. Rules are stateless and safe to call from several threads;
 * per-run state lives in the {@link RuleContext}. Custom rules are found with
 * {@link java.util.ServiceLoader} ({@code META-INF/services/io.claimcheck.rules.Rule}) and named
 * in configuration by their id.
 */
public interface Rule {
  /** What the rule is: id, default severity, summary, parameters. */
  RuleDescriptor descriptor();

  /** Looks at {@code group} and reports findings through {@code context}. */
  void check(Group group, RuleContext context);
}
