/** Rules files (YAML or JSON) read into a rule set, with errors that say where and what. */
@NullMarked
package io.claimcheck.config;

import org.jspecify.annotations.NullMarked;
