package io.claimcheck;

import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Document;
import io.claimcheck.extract.ClaimExtractor;
import io.claimcheck.extract.Gazetteer;
import io.claimcheck.event.DefaultEventResolver;
import io.claimcheck.event.DocumentProfile;
import io.claimcheck.event.EventResolver;
import io.claimcheck.event.Resolution;
import io.claimcheck.input.DocumentSink;
import io.claimcheck.input.ReadFailure;
import io.claimcheck.internal.Rows;
import io.claimcheck.report.DocumentStatus;
import io.claimcheck.report.Report;
import io.claimcheck.rules.Finding;
import io.claimcheck.rules.RuleSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * claimcheck's front door: extracts the claims of documents, resolves them into events and the
 * quantities inside them, runs the rules, and returns the report.
 *
 * <pre>{@code
 * ClaimCheck check = ClaimCheck.builder()
 *     .rules(RuleSet.builder().parameter("divergent-figures", "maxRelativeSpread", 0.3).build())
 *     .build();
 * Report report = check.check(documents);
 * }</pre>
 *
 * <p>Immutable and safe to share between threads; each {@link #check} or {@link #start()} is an
 * independent run.
 */
public final class ClaimCheck {
  private final ClaimExtractor extractor;
  private final Gazetteer gazetteer;
  private final EventResolver resolver;
  private final RuleSet rules;
  private final int parallelism;

  private ClaimCheck(Builder b) {
    if (b.gazetteer != null && b.extractor != null && b.extractor.gazetteer() != b.gazetteer) {
      throw new IllegalStateException("the extractor given looks places up in another gazetteer than the one"
          + " gazetteer(...) gives; give one of the two, or an extractor built with that gazetteer");
    }
    this.gazetteer = b.gazetteer != null ? b.gazetteer
        : b.extractor != null ? b.extractor.gazetteer() : Gazetteer.standard();
    this.extractor = b.extractor != null ? b.extractor
        : b.gazetteer != null ? ClaimExtractor.builder().gazetteer(b.gazetteer).build() : ClaimExtractor.standard();
    this.parallelism = b.parallelism;
    this.rules = b.rules;
    this.resolver = b.resolver != null ? b.resolver
        : DefaultEventResolver.builder().approximateTolerance(b.rules.approximateTolerance())
            .incidentWindow(b.incidentWindow).areaWindow(b.areaWindow).parallelism(b.parallelism)
            .gazetteer(gazetteer).build();
  }

  /** This library's version, from the build ({@code 0.1.0}), or {@code unknown} when run from unpackaged sources. */
  public static String version() {
    return Version.VALUE;
  }

  private static final class Version {
    static final String VALUE = load();

    private static String load() {
      java.util.Properties p = new java.util.Properties();
      try (java.io.InputStream in = ClaimCheck.class.getResourceAsStream("claimcheck.properties")) {
        if (in != null) {
          p.load(in);
        }
      } catch (java.io.IOException e) {
        return "unknown";
      }
      String v = p.getProperty("version", "unknown");
      return v.startsWith("$") ? "unknown" : v;
    }
  }

  /** The default: the standard extractor, the default event resolver, the built-in rules. */
  public static ClaimCheck standard() {
    return builder().build();
  }

  /** A builder; every part has a default. */
  public static Builder builder() {
    return new Builder();
  }

  /** The gazetteer this check extracts, resolves and checks with. */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** The rules this check runs. */
  public RuleSet rules() {
    return rules;
  }

  /** How many threads extract, resolve (with the default resolver) and run the rules: 1 unless set. */
  public int parallelism() {
    return parallelism;
  }

  /**
   * An extraction on {@link #parallelism()} threads that hands each document's claims to
   * {@code sink} in input order, for callers that want claims rather than a report.
   */
  public Extraction extraction(ExtractionSink sink) {
    return new Extraction(extractor, parallelism, sink);
  }

  /** Checks {@code documents}: their claims, events, quantities and findings. */
  public Report check(Collection<Document> documents) {
    Run run = start();
    documents.forEach(run::document);
    return run.finish();
  }

  /** Checks claims extracted elsewhere (or read from claims JSON Lines). */
  public Report checkClaims(Collection<Claim> claims) {
    Run run = start();
    claims.forEach(run::claim);
    return run.finish();
  }

  /** A run that takes documents, claims and read failures one at a time, holding only claims. */
  public Run start() {
    return new Run();
  }

  /**
   * One check fed piece by piece, for inputs too large to hold: documents are extracted as they
   * come and only their claims are kept. Documents are extracted on {@link #parallelism()}
   * threads; the report is the same for any number. Feed it from one thread; {@link #finish()}
   * once.
   */
  public final class Run implements DocumentSink {
    private final List<DocumentStatus> documents = new ArrayList<>();
    private final java.util.Map<String, Integer> statusIndex = new java.util.HashMap<>();
    private final java.util.Map<String, Integer> numbering = new java.util.HashMap<>();
    /** The claims kept so far, packed (a million claims held as objects cost the collector most of its time). */
    private final ClaimTable claims = new ClaimTable();
    private final List<io.claimcheck.report.Skipped> skipped = new ArrayList<>();
    /** Claims read as claims (not extracted here), by id: repeats are skipped. */
    private final ClaimTable.Ids claimIds = new ClaimTable.Ids(claims);
    /** Ids of the documents extracted in this run. */
    private final java.util.Set<String> extracted = new java.util.HashSet<>();
    /** Which of {@link #claims} were read as claims (not extracted here), by position. */
    private final java.util.BitSet read = new java.util.BitSet();
    private final Extraction extraction = extraction(new ExtractionSink() {
      @Override
      public void extracted(Document document, List<Claim> found) {
        extracted.add(document.id());
        for (Claim c : found) {
          claims.add(numbered(c));
        }
        status(DocumentStatus.of(document.source(), found.size(), null));
      }

      @Override
      public void failed(Document document, String reason) {
        extracted.add(document.id());
        status(DocumentStatus.of(document.source(), 0, reason));
      }

      @Override
      public void claim(Claim claim) {
        claim(claim, claim.id(), 0);
      }

      /** A repeat is said with where it was read: the file and line, or its id when not read from a file. */
      @Override
      public void claim(Claim claim, String file, int line) {
        if (!claimIds.add(claim.id(), claims.size())) {
          skipped(new io.claimcheck.input.ReadFailure(DocumentSink.location(file, line), claim.id(),
              "repeats claim '" + claim.id() + "', read already; read once"));
          return;
        }
        read.set(claims.size());
        claims.add(claim);
      }

      /** A failure is its own entry: it never marks a document of the same id as failed. */
      @Override
      public void failure(ReadFailure failure) {
        documents.add(new DocumentStatus(failure.document(), null, 0, failure.location() + ": " + failure.reason(),
            null, null, failure.location()));
      }

      @Override
      public void skipped(ReadFailure s) {
        skipped.add(new io.claimcheck.report.Skipped(s.location(), s.reason()));
      }
    });
    private final java.util.Map<String, DocumentProfile> profiles = new java.util.HashMap<>();
    private boolean finished;
    private int claimCountAtFinish;

    private Run() {}

    /**
     * Extracts a document, or one part of a large one: parts of one document share its status,
     * and its claims are numbered across them.
     */
    @Override
    public void document(Document document) {
      Objects.requireNonNull(document, "document");
      unfinished();
      if (!profiles.containsKey(document.id())) {
        try {
          profiles.put(document.id(), resolver.profile(document));
        } catch (RuntimeException e) {
          // reading the lead is a help, not a need: resolve the document from its claims
          profiles.put(document.id(), DocumentProfile.unknown(document.id(), document.source().published()));
        }
      }
      extraction.document(document);
    }

    private Claim numbered(Claim c) {
      int n = numbering.merge(c.documentId(), 1, Integer::sum);
      String id = c.documentId() + "#" + n;
      return c.withId(id);
    }

    private void status(DocumentStatus status) {
      Integer at = statusIndex.get(status.document());
      if (at == null) {
        statusIndex.put(status.document(), documents.size());
        documents.add(status);
        return;
      }
      documents.set(at, documents.get(at).merge(status));
    }

    /**
     * A claim read from claims input. A claim whose id was read already is skipped; so are, at
     * {@link #finish()}, the claims of a document that this run also extracted (a claims file
     * beside the documents it came from), so that nothing is counted twice.
     */
    @Override
    public void claim(Claim claim) {
      unfinished();
      extraction.claim(claim);
    }

    /** {@link #claim(Claim)}, read from line {@code line} of {@code file}, which a repeat of its id names. */
    @Override
    public void claim(Claim claim, String file, int line) {
      unfinished();
      extraction.claim(claim, file, line);
    }

    /** A failure is its own entry: it never marks a document of the same id as failed. */
    @Override
    public void failure(ReadFailure failure) {
      extraction.failure(failure);
    }

    @Override
    public void skipped(ReadFailure s) {
      extraction.skipped(s);
    }

    /**
     * How many claims are kept so far: extracted and handed on, or read; after {@link #finish()},
     * how many were kept when it was called (before the claims of documents read twice are dropped).
     */
    public int claimCount() {
      return finished ? claimCountAtFinish : claims.size();
    }

    /**
     * Claims read as claims whose document was also extracted here are dropped, and said so: the
     * claims kept, {@code all} itself when none is dropped.
     */
    private List<Claim> withoutClaimsOfExtractedDocuments(List<Claim> all) {
      if (read.isEmpty() || extracted.isEmpty()) {
        return all;
      }
      java.util.Map<String, Integer> dropped = new java.util.TreeMap<>();
      int[] kept = new int[all.size()];
      int k = 0;
      for (int i = 0; i < all.size(); i++) {
        String document;
        if (read.get(i) && extracted.contains(document = claims.documentId(i))) {
          dropped.merge(document, 1, Integer::sum);
        } else {
          kept[k++] = i;
        }
      }
      dropped.forEach((doc, n) -> skipped.add(new io.claimcheck.report.Skipped(doc, n
          + (n == 1 ? " claim" : " claims") + " of document '" + doc
          + "' read from claims input, which this run also read as a document; counted once")));
      return k == all.size() ? all : Rows.select(all, java.util.Arrays.copyOf(kept, k));
    }

    /**
     * Resolves the claims into events and quantities, runs the rules, and returns the report. The
     * report's claims (and its quantities' claims) are held packed as they were read, each made
     * again when asked for.
     */
    public Report finish() {
      if (finished) {
        throw new IllegalStateException("this run is finished already");
      }
      finished = true;
      extraction.finish();
      claimCountAtFinish = claims.size();
      // what dedupe needed is done with: free it for resolution (a million claims read: 16 MB, two
      // int arrays of 2^21)
      claimIds.clear();
      List<Claim> kept = withoutClaimsOfExtractedDocuments(claims.view());
      read.clear();
      Resolution resolution = resolver.resolve(kept, profiles);
      List<Finding> findings = rules.evaluate(resolution.quantities(), resolution.events(), parallelism, gazetteer);
      return new Report(documents, kept, resolution.quantities(), findings, skipped, resolution.events());
    }

    private void unfinished() {
      if (finished) {
        throw new IllegalStateException("this run is finished already: start another for more input");
      }
    }
  }

  /** Builds a {@link ClaimCheck}; set once, {@link #build()} snapshots. */
  public static final class Builder {
    private @Nullable ClaimExtractor extractor;
    private @Nullable Gazetteer gazetteer;
    private @Nullable EventResolver resolver;
    private RuleSet rules = RuleSet.defaults();
    private int incidentWindow = 7;
    private int areaWindow = 14;
    private int parallelism = 1;

    private Builder() {}

    /**
     * How many threads extract documents, resolve events (the default resolver) and run the rules,
     * the calling thread among them; 1 unless set. The claims, their order and the report do not
     * depend on it.
     *
     * @throws IllegalArgumentException if less than 1
     */
    public Builder parallelism(int threads) {
      this.parallelism = io.claimcheck.internal.Parallel.threads(threads);
      return this;
    }

    /** The extractor; {@link ClaimExtractor#standard()} unless set. */
    public Builder extractor(ClaimExtractor extractor) {
      this.extractor = Objects.requireNonNull(extractor, "extractor");
      return this;
    }

    /**
     * The gazetteer that extraction, the default resolver and the rules look places up in
     * ({@link Gazetteer#standard()} unless set, or the extractor's own when an extractor is set):
     * one set of places for the whole check, such as {@code Gazetteer.standard().with(reader,
     * "places.tsv")}. With an extractor of another gazetteer, {@link #build()} fails.
     */
    public Builder gazetteer(Gazetteer gazetteer) {
      this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
      return this;
    }

    /** An event resolver of the caller's own; the {@link DefaultEventResolver} unless set. */
    public Builder resolver(EventResolver resolver) {
      this.resolver = Objects.requireNonNull(resolver, "resolver");
      return this;
    }

    /** The rules; {@link RuleSet#defaults()} unless set. */
    public Builder rules(RuleSet rules) {
      this.rules = Objects.requireNonNull(rules, "rules");
      return this;
    }

    /**
     * For the default resolver: how many days apart two documents' incidents may be dated and still
     * be one incident; 7 unless set.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder incidentWindow(int days) {
      if (days < 0) {
        throw new IllegalArgumentException("incidentWindow must be 0 or more days, got " + days);
      }
      this.incidentWindow = days;
      return this;
    }

    /**
     * For the default resolver: the same for events over an area (storms, floods, earthquakes);
     * 14 unless set.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder areaWindow(int days) {
      if (days < 0) {
        throw new IllegalArgumentException("areaWindow must be 0 or more days, got " + days);
      }
      this.areaWindow = days;
      return this;
    }

    /**
     * The check.
     *
     * @throws IllegalStateException if an extractor and a gazetteer are set and the extractor looks
     *     places up in another
     */
    public ClaimCheck build() {
      return new ClaimCheck(this);
    }
  }
}
