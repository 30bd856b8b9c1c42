/**
 * Generators for tests: printed quantities with their true intervals, claims, groups with a
 * known consensus, and article-like documents with planted claims and their ground truth. Each
 * is a function of a {@link java.util.random.RandomGenerator}, so it needs no particular
 * property-testing framework and reproduces from a seed.
 */
@NullMarked
package io.claimcheck.testing;

import org.jspecify.annotations.NullMarked;
