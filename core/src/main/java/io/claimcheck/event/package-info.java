/**
 * Event resolution: which incident (or cumulative series) each claim is about, the quantities
 * inside each event (whole toll, subgroups, parts of its area) with their links, and each
 * quantity's timeline (as-of time and reporting body per claim). {@link
 * io.claimcheck.event.EventResolver} is the SPI; {@link io.claimcheck.event.DefaultEventResolver}
 * the default, which resolves claims in blocks ({@link
 * io.claimcheck.event.DefaultEventResolver#blocks}) that a distributed runner can resolve apart,
 * numbering them across blocks with a {@link io.claimcheck.event.Numbering}.
 */
@NullMarked
package io.claimcheck.event;

import org.jspecify.annotations.NullMarked;
