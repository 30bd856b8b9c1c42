package io.claimcheck.report;

import io.claimcheck.rules.Rule;
import io.claimcheck.rules.RuleDescriptor;
import io.claimcheck.rules.RuleSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a renderer may need beyond the report: the tool's name and version (SARIF's driver), the
 * rules' descriptors (rule metadata), and where the report will be published (ClaimReview's
 * {@code url}). Immutable; {@link #defaults()} or {@link #builder()}.
 *
 * @param toolName the program's name, {@code claimcheck} unless set
 * @param toolVersion its version, or null when unknown
 * @param rules the descriptors of the rules that may appear in findings
 * @param reportUrl the address the rendered report will be published at, or null
 * @param parallelism how many threads a renderer may write on (the calling thread among them);
 *     the bytes written are the same for any number
 */
public record RenderContext(String toolName, @Nullable String toolVersion, List<RuleDescriptor> rules,
    @Nullable String reportUrl, int parallelism) {
  /** Checks and copies the components. */
  public RenderContext {
    Objects.requireNonNull(toolName, "toolName");
    rules = List.copyOf(rules);
    io.claimcheck.internal.Parallel.threads(parallelism);
  }

  /** A context that renders on one thread. */
  public RenderContext(String toolName, @Nullable String toolVersion, List<RuleDescriptor> rules,
      @Nullable String reportUrl) {
    this(toolName, toolVersion, rules, reportUrl, 1);
  }

  /** The defaults: claimcheck, version unknown, every available rule, no published address. */
  public static RenderContext defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The descriptor of rule {@code id}, if known. */
  public Optional<RuleDescriptor> rule(String id) {
    return rules.stream().filter(d -> d.id().equals(id) || d.aliases().contains(id)).findFirst();
  }

  /** The published address, if any. */
  public Optional<String> publishedAt() {
    return Optional.ofNullable(reportUrl);
  }

  /** Builds a {@link RenderContext}. */
  public static final class Builder {
    private String toolName = "claimcheck";
    private @Nullable String toolVersion;
    private @Nullable List<RuleDescriptor> rules;
    private @Nullable String reportUrl;
    private int parallelism = 1;

    private Builder() {}

    /** The program's name. */
    public Builder toolName(String name) {
      this.toolName = Objects.requireNonNull(name, "name");
      return this;
    }

    /** The program's version. */
    public Builder toolVersion(String version) {
      this.toolVersion = Objects.requireNonNull(version, "version");
      return this;
    }

    /** The descriptors of the rules that may appear; every available rule unless set. */
    public Builder rules(List<RuleDescriptor> descriptors) {
      this.rules = List.copyOf(descriptors);
      return this;
    }

    /** The address the rendered report will be published at. */
    public Builder reportUrl(String url) {
      this.reportUrl = Objects.requireNonNull(url, "url");
      return this;
    }

    /**
     * How many threads a renderer may write on, 1 unless set (the text report uses them; the
     * bytes are the same).
     *
     * @throws IllegalArgumentException if less than 1
     */
    public Builder parallelism(int threads) {
      this.parallelism = io.claimcheck.internal.Parallel.threads(threads);
      return this;
    }

    /** The context. */
    public RenderContext build() {
      List<RuleDescriptor> r = rules;
      if (r == null) {
        List<RuleDescriptor> all = new ArrayList<>();
        for (Rule rule : new LinkedHashSet<>(RuleSet.available().values())) {
          all.add(rule.descriptor());
        }
        r = all;
      }
      return new RenderContext(toolName, toolVersion, r, reportUrl, parallelism);
    }
  }
}
