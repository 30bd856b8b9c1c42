package io.claimcheck.rules;

import io.claimcheck.claim.Claim;
import io.claimcheck.event.Event;
import io.claimcheck.extract.Gazetteer;
import io.claimcheck.group.Group;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * What a rule sees besides its group during one run: its configured parameters and severity,
 * the other groups (a composite's parts), the tolerance for approximate figures, and where to
 * report findings.
 */
public final class RuleContext {
  private final RuleSet.Entry entry;
  private final Map<String, Group> groups;
  private final Map<String, Event> events;
  private final Map<String, List<Group>> children;
  private final BigDecimal approximateTolerance;
  private final Gazetteer gazetteer;
  private final Consumer<Finding> out;

  RuleContext(RuleSet.Entry entry, Map<String, Group> groups, Map<String, Event> events,
      Map<String, List<Group>> children, BigDecimal approximateTolerance, Gazetteer gazetteer, Consumer<Finding> out) {
    this.entry = entry;
    this.gazetteer = gazetteer;
    this.groups = groups;
    this.events = events;
    this.children = children;
    this.approximateTolerance = approximateTolerance;
    this.out = out;
  }

  /** The quantity with id {@code id}, such as a composite's part. */
  public Optional<Group> group(String id) {
    return Optional.ofNullable(groups.get(id));
  }

  /** The event with id {@code id}. */
  public Optional<Event> event(String id) {
    return Optional.ofNullable(events.get(id));
  }

  /** The quantities that are parts or subgroups of {@code group}, in id order. */
  public List<Group> children(Group group) {
    return children.getOrDefault(group.id(), List.of());
  }

  /** "killed in Damascus (the incident in Syria, Damascus on 2016-02-21)": a quantity in its event. */
  public String describe(Group group) {
    Described last = described;
    if (last != null && last.group() == group) {
      return last.text(); // rules report on one quantity after another: each finding of it names it
    }
    Event e = events.get(group.event());
    String text = group.describe() + (e == null ? "" : " [" + e.id() + ": " + e.describe() + "]");
    described = new Described(group, text);
    return text;
  }

  /** The quantity described last, and how (one immutable pair, so a race only describes it again). */
  private record Described(Group group, String text) {}

  private @Nullable Described described;

  /** How far approximate figures ("about 130") are widened before comparing: 0.1 is ±10%. */
  public BigDecimal approximateTolerance() {
    return approximateTolerance;
  }

  /**
   * The gazetteer of the run (the one the check extracts and resolves with): which names are
   * countries, which places lie inside others.
   */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** The effective severity of this rule. */
  public Severity severity() {
    return entry.severity();
  }

  /** A decimal parameter's configured value. */
  public BigDecimal decimal(String name) {
    return (BigDecimal) value(name);
  }

  /** A whole-number parameter's configured value. */
  public long integer(String name) {
    return (Long) value(name);
  }

  /** A true/false parameter's configured value. */
  public boolean bool(String name) {
    return (Boolean) value(name);
  }

  /** A text parameter's configured value. */
  public String string(String name) {
    return (String) value(name);
  }

  private Object value(String name) {
    Object v = entry.parameters().get(name);
    if (v == null) {
      throw new IllegalArgumentException("rule '" + entry.rule().descriptor().id() + "' has no parameter '" + name + "'");
    }
    return v;
  }

  /**
   * Reports a finding in {@code group} about {@code claims}, its message and explanation rendered
   * from the rule descriptor's templates with {@code values} ({@code {quantity}}, the quantity in
   * its event, is filled here unless given).
   */
  public void report(Group group, List<Claim> claims, Map<String, String> values) {
    String quantity = describe(group); // given unless the rule gives its own
    RuleDescriptor d = entry.rule().descriptor();
    report(group, claims, MessageTemplate.render(d.message(), values, quantity),
        MessageTemplate.render(d.explanation(), values, quantity));
  }

  /**
   * Reports a finding in {@code group} about {@code claims}. The configured reason, if any, is
   * appended to the explanation.
   */
  public void report(Group group, List<Claim> claims, String message, String explanation) {
    List<String> ids = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      ids.add(c.id());
    }
    @Nullable String reason = entry.reason();
    out.accept(new Finding(entry.rule().descriptor().id(), entry.severity(), group.id(), group.key(), ids, message,
        reason == null ? explanation : explanation + " Reason for this rule: " + reason));
  }
}
