package io.claimcheck.report;

import io.claimcheck.claim.Claim;
import io.claimcheck.group.Group;
import io.claimcheck.rules.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Look-ups over one report that renderers need: a claim by id, a document by id, the documents
 * behind a finding, the findings a claim takes part in. Built once per report in linear time (the
 * findings by claim and the publication dates when first asked for: not every renderer needs
 * them, and a report may hold millions of claims); immutable and safe to share.
 */
public final class ReportIndex {
  private final Report report;
  /** The claims by id, in parts by the id's hash (one part unless built on several threads). */
  private final List<ById> claims;
  private final Map<String, DocumentStatus> documents;
  private final Map<String, Group> groups;
  private @Nullable Map<String, List<Finding>> findingsByClaim;
  private @Nullable Map<String, java.time.LocalDate> published;

  private ReportIndex(Report report, int threads) {
    this.report = report;
    documents = new HashMap<>(capacity(report.documents().size()));
    groups = new HashMap<>(capacity(report.groups().size()));
    for (DocumentStatus d : report.documents()) {
      documents.putIfAbsent(d.document(), d);
    }
    for (Group g : report.groups()) {
      groups.putIfAbsent(g.id(), g);
    }
    // each part is built on its own thread from every claim, in the same order: the first claim of an id wins
    int parts = threads;
    List<Claim> all = report.claims();
    io.claimcheck.internal.Rows.Keys keys = io.claimcheck.internal.Rows.keys(all);
    List<List<ById>> built = io.claimcheck.internal.Parallel.map(parts, threads, 1, (from, to) -> {
      List<ById> out = new ArrayList<>(to - from);
      for (int part = from; part < to; part++) {
        ById m = new ById(all, keys, all.size() / parts);
        for (int i = 0; i < all.size(); i++) {
          String id = keys != null ? keys.id(i) : all.get(i).id();
          if (part(id, parts) == part) {
            m.putIfAbsent(id, i, null);
          }
        }
        for (Group g : report.groups()) {
          if (io.claimcheck.internal.Rows.within(g.claims(), all)) {
            continue; // its claims are made from the report's own: all there already
          }
          for (Claim c : g.claims()) {
            if (part(c.id(), parts) == part) {
              m.putIfAbsent(c.id(), -1, c);
            }
          }
        }
        out.add(m);
      }
      return out;
    });
    List<ById> byId = new ArrayList<>(parts);
    built.forEach(byId::addAll);
    claims = List.copyOf(byId);
  }

  private static int part(String id, int parts) {
    int h = id.hashCode();
    return parts == 1 ? 0 : Math.floorMod(h ^ (h >>> 16), parts);
  }

  private ById claimsOf(String id) {
    return claims.get(part(id, claims.size()));
  }

  /**
   * Claims by id held as entries of a {@link io.claimcheck.internal.PositionSet}: each the claim's
   * position in the report's claims (or among the others its quantities hold), where a hash map
   * holds a node of 32 bytes a claim. A report of a million claims is a million
   * objects fewer for the collector to copy while it is written, and its claims, held packed, are
   * made again only when looked up.
   */
  private static final class ById {
    private final List<Claim> claims;
    /** The report's claims' ids read without making the claims, when they are held packed; else null. */
    private final io.claimcheck.internal.Rows.@Nullable Keys keys;
    /** Claims of quantities that are not among the report's claims. */
    private final List<Claim> others = new ArrayList<>();
    private final io.claimcheck.internal.PositionSet entries;

    ById(List<Claim> claims, io.claimcheck.internal.Rows.@Nullable Keys keys, int expected) {
      this.claims = claims;
      this.keys = keys;
      this.entries = new io.claimcheck.internal.PositionSet(this::is, expected);
    }

    /** The claim of entry {@code e}: a position in the report's claims, else past them in {@link #others}. */
    private Claim claim(int e) {
      return e < claims.size() ? claims.get(e) : others.get(e - claims.size());
    }

    /** Whether the claim of entry {@code e} has id {@code id}, without making it when it is packed. */
    private boolean is(int e, String id) {
      return keys != null && e < claims.size() ? keys.idIs(e, id) : claim(e).id().equals(id);
    }

    /** Adds the report's claim at {@code position} of id {@code id}, or ({@code position} -1) {@code other}. */
    void putIfAbsent(String id, int position, @Nullable Claim other) {
      int e = position < 0 ? claims.size() + others.size() : position;
      if (entries.add(id, e) && position < 0) {
        others.add(other);
      }
    }

    @Nullable Claim get(String id) {
      int e = entries.get(id);
      return e < 0 ? null : claim(e);
    }
  }

  /** A hash map's capacity for {@code n} entries without growing. */
  private static int capacity(int n) {
    return (int) Math.min(1 << 30, n * 4L / 3 + 1);
  }

  private synchronized Map<String, List<Finding>> findingsByClaim() {
    if (findingsByClaim == null) {
      Map<String, List<Finding>> m = new HashMap<>();
      for (Finding f : report.findings()) {
        for (String id : f.claims()) {
          List<Finding> list = m.computeIfAbsent(id, k -> new ArrayList<>());
          if (!list.contains(f)) {
            list.add(f);
          }
        }
      }
      findingsByClaim = m;
    }
    return findingsByClaim;
  }

  private synchronized Map<String, java.time.LocalDate> published() {
    if (published == null) {
      Map<String, java.time.LocalDate> m = new HashMap<>();
      List<Claim> all = report.claims();
      io.claimcheck.internal.Rows.Keys keys = io.claimcheck.internal.Rows.keys(all);
      for (int i = 0; i < all.size(); i++) {
        java.time.LocalDate day = keys != null ? keys.published(i) : all.get(i).source().published();
        if (day != null) {
          m.putIfAbsent(keys != null ? keys.documentId(i) : all.get(i).documentId(), day);
        }
      }
      published = m;
    }
    return published;
  }

  /** The index of {@code report}. */
  public static ReportIndex of(Report report) {
    return new ReportIndex(Objects.requireNonNull(report, "report"), 1);
  }

  /** The same, its claims hashed on {@code threads} threads (the calling one among them). */
  static ReportIndex of(Report report, int threads) {
    return new ReportIndex(Objects.requireNonNull(report, "report"), io.claimcheck.internal.Parallel.threads(threads));
  }

  /** The report indexed. */
  public Report report() {
    return report;
  }

  /** The claim with id {@code id}, if the report has it. */
  public Optional<Claim> claim(String id) {
    return Optional.ofNullable(claimsOf(id).get(id));
  }

  /** The group with id {@code id}, if the report has it. */
  public Optional<Group> group(String id) {
    return Optional.ofNullable(groups.get(id));
  }

  /** The status of the document with id {@code id}, if the report has it. */
  public Optional<DocumentStatus> document(String id) {
    return Optional.ofNullable(documents.get(id));
  }

  /** The publication date of document {@code id}, as its claims give it, if known. */
  public Optional<java.time.LocalDate> published(String id) {
    return Optional.ofNullable(published().get(id));
  }

  /** The claims a finding names, in its order; ids the report lacks are left out. */
  public List<Claim> claims(Finding finding) {
    List<Claim> out = new ArrayList<>();
    for (String id : finding.claims()) {
      Claim c = claimsOf(id).get(id);
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * The articles behind a finding, once each, in the order its claims name them: the document's
   * status when the report read it, else what the claim itself says of its source.
   */
  public List<DocumentStatus> documents(Finding finding) {
    List<Claim> named = claims(finding);
    if (named.size() <= FEW) {
      // a few claims (most findings): their documents told apart by a look over those kept
      List<DocumentStatus> out = new ArrayList<>(named.size());
      for (int i = 0; i < named.size(); i++) {
        Claim c = named.get(i);
        boolean seen = false;
        for (int j = 0; j < i && !seen; j++) {
          seen = named.get(j).documentId().equals(c.documentId());
        }
        if (!seen) {
          out.add(status(c));
        }
      }
      return List.copyOf(out);
    }
    Map<String, DocumentStatus> out = new LinkedHashMap<>();
    for (Claim c : named) {
      out.computeIfAbsent(c.documentId(), id -> status(c));
    }
    return List.copyOf(out.values());
  }

  /** Up to this many claims, {@link #documents(Finding)} needs no map. */
  private static final int FEW = 16;

  /** The document of claim {@code c}: its status when the report read it, else what the claim says of its source. */
  private DocumentStatus status(Claim c) {
    String id = c.documentId();
    DocumentStatus read = documents.get(id);
    DocumentStatus own = DocumentStatus.of(c.source(), 0, null);
    return read == null ? own : read.merge(new DocumentStatus(id, null, 0, null, own.url(), own.title(), own.path()));
  }

  /**
   * A stable anchor for a finding, the same in every report that has it ({@code finding-3f9a0c21d7e4}):
   * from its key, so HTML links, ClaimReview urls and baselines agree.
   */
  public static String anchor(Finding finding) {
    try {
      byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
          .digest(finding.key().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder("finding-");
      for (int i = 0; i < 6; i++) {
        sb.append(String.format(java.util.Locale.ROOT, "%02x", hash[i] & 0xff));
      }
      return sb.toString();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** The findings that name claim {@code claimId}, in the report's order. */
  public List<Finding> findings(String claimId) {
    return List.copyOf(findingsByClaim().getOrDefault(claimId, List.of()));
  }
}
