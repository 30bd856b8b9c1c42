/**
 * Reading documents: plain-text files with an optional {@code manifest.json}, JSON Lines
 * documents, and news-please records. A file or line that cannot be read becomes a
 * {@link io.claimcheck.input.ReadFailure} naming where and why; the rest are still read.
 */
@NullMarked
package io.claimcheck.input;

import org.jspecify.annotations.NullMarked;
