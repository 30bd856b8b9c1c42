package io.claimcheck.extract;

import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Document;
import io.claimcheck.number.NumberFinder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Finds the claims in an English news article: each figure that counts people killed, injured,
 * missing, displaced or arrested, with its places, date, time scope, subject and attribution.
 *
 * <p>Figures that count other things (an audience of 326 million, 40 languages, two blasts,
 * seven days) give no claim. Unknown places, dates and attributions stay absent. Extraction is
 * linear in the text's length and never throws on any text. An extractor is immutable and safe
 * to share between threads.
 */
public final class ClaimExtractor {
  final NumberFinder finder;
  final Gazetteer gazetteer;

  private ClaimExtractor(Builder b) {
    this.finder = b.finder;
    this.gazetteer = b.gazetteer;
  }

  /** The extractor with the standard number finder and the bundled gazetteer. */
  public static ClaimExtractor standard() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final ClaimExtractor INSTANCE = builder().build();
  }

  /** The gazetteer places are looked up in. */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** A builder for an extractor with another number finder (lexicon) or gazetteer. */
  public static Builder builder() {
    return new Builder();
  }

  /** The claims in {@code document}, in text order. */
  public List<Claim> extract(Document document) {
    List<Claim> out = new ArrayList<>();
    extract(document, out::add);
    return out;
  }

  /** Hands each claim in {@code document} to {@code sink}, in text order. */
  public void extract(Document document, Consumer<? super Claim> sink) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(sink, "sink");
    new DocumentRun(this, document, owned(document, sink)).run();
  }

  /** The sink for the claims whose figure starts in the text the document owns. */
  private static Consumer<? super Claim> owned(Document document, Consumer<? super Claim> sink) {
    if (!document.overlaps()) {
      return sink;
    }
    long from = document.offset() + document.ownStart();
    long to = document.offset() + document.ownEnd();
    return c -> {
      if (c.evidence().start() >= from && c.evidence().start() < to) {
        sink.accept(c);
      }
    };
  }

  /** Extracts with a tracer that hears which pattern read each figure. */
  void extract(Document document, Consumer<? super Claim> sink, DocumentRun.Tracer tracer) {
    new DocumentRun(this, document, owned(document, sink)).trace(tracer).run();
  }

  /** Builds a {@link ClaimExtractor}. */
  public static final class Builder {
    private NumberFinder finder = NumberFinder.standard();
    private Gazetteer gazetteer = Gazetteer.standard();

    private Builder() {}

    /** The number finder, and so the vague-count lexicon; {@link NumberFinder#standard()} unless set. */
    public Builder numberFinder(NumberFinder finder) {
      this.finder = Objects.requireNonNull(finder, "finder");
      return this;
    }

    /** The gazetteer; {@link Gazetteer#standard()} unless set. */
    public Builder gazetteer(Gazetteer gazetteer) {
      this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
      return this;
    }

    /** An extractor with this configuration. */
    public ClaimExtractor build() {
      return new ClaimExtractor(this);
    }
  }
}
