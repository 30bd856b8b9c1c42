package io.claimcheck.base;

/**
 * The root of every exception claimcheck throws. Unchecked, because the errors it signals (a bad
 * configuration, misuse of the API) are mistakes to fix, not conditions to recover from; an
 * unreadable document is not an exception but data in the report.
 */
public class ClaimCheckException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message meant for a person. */
  public ClaimCheckException(String message) {
    super(message);
  }

  /** Creates an exception with a message meant for a person and the failure behind it. */
  public ClaimCheckException(String message, Throwable cause) {
    super(message, cause);
  }
}
