package io.claimcheck.claim;

import io.claimcheck.quantity.Quantity;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One quantitative claim: a source says that a measure, in a scope, has a quantity ("at least 87
 * killed in Damascus on 2016-02-21, according to the Syrian Observatory for Human Rights").
 *
 * <p>The components that may be unknown are {@code @Nullable}, as the claims' JSON writes them
 * ({@code null}): they are there to build a claim and to match on it. To read one, use its
 * {@code Optional} accessor, which is the API: {@link #subjectName()}, {@link #attributedTo()},
 * {@link #asOfDate()} and {@link #breakdownOf()} (the caller's own {@code event}, given only by
 * callers that know it, has none).
 *
 * @param id unique within a run: the document id, {@code #}, and the claim's number in it
 * @param source the document and outlet that printed it
 * @param measure what is counted
 * @param subject who is counted when a subgroup ("children", "civilians"); null for the total
 * @param quantity the figure as printed and its interval
 * @param scope where and when
 * @param attribution who the source says gave the figure ("Syrian Observatory for Human
 *     Rights"); null when the source gives it in its own voice
 * @param evidence where in the document
 * @param event an explicit event id that groups claims, from callers that know it; null when
 *     claims are grouped by their measure, places and dates
 * @param modality a reported count, or a projection or denial that is not a count
 * @param asOf the time the figure stood at when the sentence dates it earlier than the
 *     publication ("the previous toll of 412", "initially put at 150", "by Tuesday"); null when
 *     the figure is as of the publication
 * @param breakdown the list this claim is an item of ("the dead were 12 Britons, 8 French and 3
 *     Germans"): its id, size and whether the article presents it as complete; null when the
 *     claim is no item of a list known to be one
 */
public record Claim(
    String id,
    Source source,
    Measure measure,
    @Nullable String subject,
    Quantity quantity,
    Scope scope,
    @Nullable String attribution,
    Evidence evidence,
    @Nullable String event,
    Modality modality,
    @Nullable PartialDate asOf,
    @Nullable Breakdown breakdown) {

  /** Checks the components. */
  public Claim {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(evidence, "evidence");
  }

  /** A claim that is no item of a known breakdown. */
  public Claim(String id, Source source, Measure measure, @Nullable String subject, Quantity quantity, Scope scope,
      @Nullable String attribution, Evidence evidence, @Nullable String event, Modality modality,
      @Nullable PartialDate asOf) {
    this(id, source, measure, subject, quantity, scope, attribution, evidence, event, modality, asOf, null);
  }

  /** A claim without an explicit event id. */
  public Claim(String id, Source source, Measure measure, @Nullable String subject, Quantity quantity, Scope scope,
      @Nullable String attribution, Evidence evidence) {
    this(id, source, measure, subject, quantity, scope, attribution, evidence, null);
  }

  /** A reported claim as of its publication, with an explicit event id or none. */
  public Claim(String id, Source source, Measure measure, @Nullable String subject, Quantity quantity, Scope scope,
      @Nullable String attribution, Evidence evidence, @Nullable String event) {
    this(id, source, measure, subject, quantity, scope, attribution, evidence, event, Modality.REPORTED, null);
  }

  /** This claim under another id. */
  public Claim withId(String newId) {
    return newId.equals(id) ? this
        : new Claim(newId, source, measure, subject, quantity, scope, attribution, evidence, event, modality, asOf,
            breakdown);
  }

  /** This claim as an item of {@code list}, or of none when it is null. */
  public Claim withBreakdown(@Nullable Breakdown list) {
    return java.util.Objects.equals(list, breakdown) ? this
        : new Claim(id, source, measure, subject, quantity, scope, attribution, evidence, event, modality, asOf, list);
  }

  /**
   * The breakdown this claim is an item of, if it is one of a known list: the accessor to read it
   * with (the component {@link #breakdown()} is null where this is empty).
   */
  public Optional<Breakdown> breakdownOf() {
    return Optional.ofNullable(breakdown);
  }

  /** Whether the figure is a count the source reports (not a projection or a denial). */
  public boolean isReported() {
    return modality == Modality.REPORTED;
  }

  /**
   * The earlier time the sentence gives the figure for, if it gives one: the accessor to read it
   * with (the component {@link #asOf()} is null where this is empty).
   */
  public Optional<PartialDate> asOfDate() {
    return Optional.ofNullable(asOf);
  }

  /** The document id: {@code source().documentId()}. */
  public String documentId() {
    return source.documentId();
  }

  /** The subgroup counted, if any. */
  public Optional<String> subjectName() {
    return Optional.ofNullable(subject);
  }

  /** Who the source says gave the figure, if anyone. */
  public Optional<String> attributedTo() {
    return Optional.ofNullable(attribution);
  }

  /** {@code killed at least 87 [87, ∞) in [Damascus] on 2016-02-21 (Financial Tribune)}. */
  @Override
  public String toString() {
    return measure + (subject == null ? "" : " " + subject) + " " + quantity + " in " + scope.locations()
        + (scope.date() == null ? "" : " on " + scope.date()) + " (" + source.displayName()
        + (attribution == null ? "" : ", citing " + attribution) + ")"
        + (modality == Modality.REPORTED ? "" : " [" + modality.id() + "]")
        + (asOf == null ? "" : " as of " + asOf)
        + (breakdown == null ? "" : " in breakdown " + breakdown);
  }
}
