/**
 * The rule engine: the {@link io.claimcheck.rules.Rule} SPI and its descriptors, severities,
 * findings, and the {@link io.claimcheck.rules.RuleSet} callers configure.
 */
@NullMarked
package io.claimcheck.rules;

import org.jspecify.annotations.NullMarked;
