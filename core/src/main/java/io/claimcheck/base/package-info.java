/** The root of claimcheck's exceptions. */
@NullMarked
package io.claimcheck.base;

import org.jspecify.annotations.NullMarked;
