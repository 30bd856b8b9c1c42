/**
 * Text to claims: finds each figure that counts people killed, injured, missing, displaced or
 * arrested, and what it is about — the places, the date, incident or cumulative, and who the
 * source says gave it. {@link io.claimcheck.extract.ClaimExtractor} is the entry point.
 */
@NullMarked
package io.claimcheck.extract;

import org.jspecify.annotations.NullMarked;
