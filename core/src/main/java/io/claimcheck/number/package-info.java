/**
 * Number phrases in English text: {@link io.claimcheck.number.NumberFinder} finds every figure
 * ("290,000", "eighty-seven", "more than a quarter of a million", "dozens") with its span and
 * meaning, and tells apart what is not a count (ordinals, percentages, years, dates, times,
 * numbers glued to units).
 */
@NullMarked
package io.claimcheck.number;

import org.jspecify.annotations.NullMarked;
