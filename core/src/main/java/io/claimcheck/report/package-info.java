/** Output: claims and reports as JSON, text and Markdown, byte for byte deterministic. */
@NullMarked
package io.claimcheck.report;

import org.jspecify.annotations.NullMarked;
