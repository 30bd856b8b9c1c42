/** claimcheck: {@link io.claimcheck.ClaimCheck} is the front door. */
@NullMarked
package io.claimcheck;

import org.jspecify.annotations.NullMarked;
