/**
 * What a printed figure means: {@link io.claimcheck.quantity.Quantity} (the figure as printed, its
 * exact value and qualifier) and {@link io.claimcheck.quantity.Interval} (the true values it
 * allows), with the interval algebra that rules use.
 */
@NullMarked
package io.claimcheck.quantity;

import org.jspecify.annotations.NullMarked;
