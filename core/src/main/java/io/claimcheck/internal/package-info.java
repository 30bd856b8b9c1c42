/** Helpers shared inside claimcheck; not part of the API. */
@NullMarked
package io.claimcheck.internal;

import org.jspecify.annotations.NullMarked;
