/** The claim model: documents and their sources, and (with extraction) the claims they make. */
@NullMarked
package io.claimcheck.claim;

import org.jspecify.annotations.NullMarked;
