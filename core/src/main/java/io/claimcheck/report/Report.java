package io.claimcheck.report;

import io.claimcheck.claim.Claim;
import io.claimcheck.group.Group;
import io.claimcheck.rules.Finding;
import io.claimcheck.rules.Severity;
import java.util.List;
import java.util.Optional;

/**
 * The result of a check: every document (read or failed), the claims, the groups with their
 * consensus, the findings, and the inputs skipped on purpose. Render it with {@link ReportFormat}.
 */
public record Report(List<DocumentStatus> documents, List<Claim> claims, List<Group> groups, List<Finding> findings,
    List<Skipped> skipped) {
  /** Copies the lists. */
  public Report {
    documents = List.copyOf(documents);
    claims = List.copyOf(claims);
    groups = List.copyOf(groups);
    findings = List.copyOf(findings);
    skipped = List.copyOf(skipped);
  }

  /** A report with nothing skipped. */
  public Report(List<DocumentStatus> documents, List<Claim> claims, List<Group> groups, List<Finding> findings) {
    this(documents, claims, groups, findings, List.of());
  }

  /** This report with other findings (a baseline applied, say); the rest unchanged. */
  public Report withFindings(List<Finding> newFindings) {
    return new Report(documents, claims, groups, newFindings, skipped);
  }

  /** How many findings have severity {@code severity}. */
  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /** The most serious finding's severity, if there is any finding. */
  public Optional<Severity> worst() {
    return findings.stream().map(Finding::severity).min(Enum::compareTo);
  }

  /** How many documents could be read. */
  public long documentsRead() {
    return documents.stream().filter(d -> d.error() == null).count();
  }
}
