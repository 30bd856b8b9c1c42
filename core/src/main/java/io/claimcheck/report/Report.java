package io.claimcheck.report;

import io.claimcheck.claim.Claim;
import io.claimcheck.event.Event;
import io.claimcheck.group.Group;
import io.claimcheck.rules.Finding;
import io.claimcheck.rules.Severity;
import java.util.List;
import java.util.Optional;

/**
 * The result of a check: every document (read or failed), the claims, the quantities (called
 * {@code groups} here for compatibility) with their links, timelines and consensus, the findings,
 * the inputs skipped on purpose, and the events the quantities belong to. Render it with
 * {@link ReportFormat}.
 *
 * @param documents every document, read or failed
 * @param claims every claim
 * @param groups the quantities
 * @param findings the findings, sorted
 * @param skipped the inputs skipped on purpose
 * @param events the events the quantities belong to
 */
public record Report(List<DocumentStatus> documents, List<Claim> claims, List<Group> groups, List<Finding> findings,
    List<Skipped> skipped, List<Event> events) {
  /** The version of the JSON report's schema: 2 adds events, quantities with links and timelines. */
  public static final int SCHEMA_VERSION = 2;

  /**
   * Copies the lists; claims and findings held packed (a {@code ClaimCheck} run's) stay views
   * that make each claim or finding again when asked for, as immutable as a copy.
   */
  public Report {
    documents = List.copyOf(documents);
    claims = io.claimcheck.internal.Rows.copyOf(claims);
    groups = List.copyOf(groups);
    findings = io.claimcheck.internal.Rows.copyOf(findings);
    skipped = List.copyOf(skipped);
    events = List.copyOf(events);
  }

  /** A report without events. */
  public Report(List<DocumentStatus> documents, List<Claim> claims, List<Group> groups, List<Finding> findings,
      List<Skipped> skipped) {
    this(documents, claims, groups, findings, skipped, List.of());
  }

  /** A report with nothing skipped and no events. */
  public Report(List<DocumentStatus> documents, List<Claim> claims, List<Group> groups, List<Finding> findings) {
    this(documents, claims, groups, findings, List.of(), List.of());
  }

  /** The quantities: the same list as {@link #groups()}. */
  public List<Group> quantities() {
    return groups;
  }

  /** The event with id {@code id}. */
  public Optional<Event> event(String id) {
    return events.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /** The claim with id {@code id}. */
  public Optional<Claim> claim(String id) {
    return claims.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** This report with other findings (a baseline applied, say); the rest unchanged. */
  public Report withFindings(List<Finding> newFindings) {
    return new Report(documents, claims, groups, newFindings, skipped, events);
  }

  /** How many findings have severity {@code severity}. */
  public long count(Severity severity) {
    // findings held packed tell their severities without each finding made again
    java.util.function.IntUnaryOperator severities = io.claimcheck.internal.Rows.tags(findings);
    if (severities == null) {
      return findings.stream().filter(f -> f.severity() == severity).count();
    }
    long n = 0;
    for (int i = 0; i < findings.size(); i++) {
      n += severities.applyAsInt(i) == severity.ordinal() ? 1 : 0;
    }
    return n;
  }

  /** The most serious finding's severity, if there is any finding. */
  public Optional<Severity> worst() {
    java.util.function.IntUnaryOperator severities = io.claimcheck.internal.Rows.tags(findings);
    if (severities == null) {
      return findings.stream().map(Finding::severity).min(Enum::compareTo);
    }
    int worst = Integer.MAX_VALUE;
    for (int i = 0; i < findings.size(); i++) {
      worst = Math.min(worst, severities.applyAsInt(i));
    }
    return worst == Integer.MAX_VALUE ? Optional.empty() : Optional.of(Severity.values()[worst]);
  }

  /** How many documents could be read. */
  public long documentsRead() {
    return documents.stream().filter(d -> d.error() == null).count();
  }
}
