package io.claimcheck.config;

import io.claimcheck.base.ClaimCheckException;
import org.jspecify.annotations.Nullable;

/**
 * A rules file that cannot be used, with where: {@code rules.yaml:12:5: unknown parameter
 * 'maxRelativeSpred' for rule 'divergent-figures'; did you mean 'maxRelativeSpread'?}
 */
public final class ConfigException extends ClaimCheckException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final @Nullable String key;

  /** An error at {@code source:line:column}, about {@code key} (null when it is about no key). */
  public ConfigException(String source, int line, int column, @Nullable String key, String problem) {
    super(source + ":" + line + ":" + column + ": " + problem);
    this.source = source;
    this.line = line;
    this.column = column;
    this.key = key;
  }

  /** An error about {@code source} as a whole, at no line: {@code nope.yaml: cannot be read: does not exist}. */
  public ConfigException(String source, String problem) {
    super(source + ": " + problem);
    this.source = source;
    this.line = 0;
    this.column = 0;
    this.key = null;
  }

  /** The file. */
  public String source() {
    return source;
  }

  /** The line, from 1; 0 when the error is about the file as a whole. */
  public int line() {
    return line;
  }

  /** The column, from 1; 0 when the error is about the file as a whole. */
  public int column() {
    return column;
  }

  /** The key, as a dotted path ({@code rules.divergent-figures.maxRelativeSpread}), or null. */
  public @Nullable String key() {
    return key;
  }
}
