/**
 * Event resolution: which incident (or cumulative series) each claim is about, the quantities
 * inside each event (whole toll, subgroups, parts of its area) with their links, and each
 * quantity's timeline (as-of time and reporting body per claim). {@link
 * io.claimcheck.event.EventResolver} is the SPI; {@link io.claimcheck.event.DefaultEventResolver}
 * the default, which works on blocks of claims sharing a {@linkplain
 * io.claimcheck.event.DocumentProfile#blockKey() block key}.
 */
@NullMarked
package io.claimcheck.event;

import org.jspecify.annotations.NullMarked;
