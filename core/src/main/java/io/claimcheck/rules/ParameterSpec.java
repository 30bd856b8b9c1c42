package io.claimcheck.rules;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A rule's parameter: its name (also its config key and builder name), type, default, and the
 * values it accepts.
 *
 * @param name the parameter's name ({@code maxRelativeSpread})
 * @param type what kind of value it takes
 * @param defaultValue its value unless configured: a {@link BigDecimal}, {@link Long},
 *     {@link Boolean} or {@link String} matching the type
 * @param description what it does, for {@code claimcheck rules} and the docs
 * @param min the smallest number accepted, or null
 * @param max the largest number accepted, or null
 */
public record ParameterSpec(
    String name, Type type, Object defaultValue, String description, @Nullable BigDecimal min,
    @Nullable BigDecimal max) {

  /** The kinds of parameter value. */
  public enum Type {
    /** An exact decimal such as 0.15. */
    DECIMAL,
    /** A whole number. */
    INTEGER,
    /** true or false. */
    BOOLEAN,
    /** Text. */
    STRING;

    /** {@code decimal}, ... */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Checks that the default is valid. */
  public ParameterSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(description, "description");
    String problem = problem(type, defaultValue, min, max);
    if (problem != null) {
      throw new IllegalArgumentException("default of parameter '" + name + "' " + problem);
    }
  }

  /** A decimal parameter within {@code [min, max]}. */
  public static ParameterSpec decimal(String name, String defaultValue, String min, String max, String description) {
    return new ParameterSpec(name, Type.DECIMAL, new BigDecimal(defaultValue), description, new BigDecimal(min),
        new BigDecimal(max));
  }

  /** A whole-number parameter within {@code [min, max]}. */
  public static ParameterSpec integer(String name, long defaultValue, long min, long max, String description) {
    return new ParameterSpec(name, Type.INTEGER, defaultValue, description, BigDecimal.valueOf(min),
        BigDecimal.valueOf(max));
  }

  /**
   * Why {@code value} is not acceptable, for a person, or empty when it is. Numbers may be given
   * as any {@link Number}; they are checked exactly.
   */
  public Optional<String> check(Object value) {
    return Optional.ofNullable(problem(type, value, min, max));
  }

  /** {@code value} converted to this parameter's type; call {@link #check} first. */
  public Object normalise(Object value) {
    switch (type) {
      case DECIMAL:
        return new BigDecimal(value.toString());
      case INTEGER:
        return new BigDecimal(value.toString()).longValueExact();
      default:
        return value;
    }
  }

  /** What the parameter accepts, for messages: "a decimal from 0 to 10". */
  public String expected() {
    String range = min != null && max != null ? " from " + min.toPlainString() + " to " + max.toPlainString() : "";
    switch (type) {
      case DECIMAL:
        return "a decimal number" + range;
      case INTEGER:
        return "a whole number" + range;
      case BOOLEAN:
        return "true or false";
      default:
        return "text";
    }
  }

  private static @Nullable String problem(Type type, Object value, @Nullable BigDecimal min, @Nullable BigDecimal max) {
    switch (type) {
      case DECIMAL:
      case INTEGER: {
        if (!(value instanceof Number)) {
          return "must be a number, got " + describe(value);
        }
        BigDecimal v = new BigDecimal(value.toString());
        if (type == Type.INTEGER && !io.claimcheck.quantity.Interval.isWhole(v)) {
          return "must be a whole number, got " + io.claimcheck.internal.Decimals.brief(v);
        }
        if (min != null && v.compareTo(min) < 0 || max != null && v.compareTo(max) > 0) {
          return "must be from " + (min == null ? "-∞" : min.toPlainString()) + " to "
              + (max == null ? "∞" : max.toPlainString()) + ", got " + io.claimcheck.internal.Decimals.brief(v);
        }
        return null;
      }
      case BOOLEAN:
        return value instanceof Boolean ? null : "must be true or false, got " + describe(value);
      default:
        return value instanceof String ? null : "must be text, got " + describe(value);
    }
  }

  private static String describe(Object value) {
    return value instanceof String ? "'" + value + "'" : String.valueOf(value);
  }
}
