/** The six built-in rules, listed by {@link io.claimcheck.rules.builtin.BuiltInRules#all()}. */
@NullMarked
package io.claimcheck.rules.builtin;

import org.jspecify.annotations.NullMarked;
