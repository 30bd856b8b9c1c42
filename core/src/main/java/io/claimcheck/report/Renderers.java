package io.claimcheck.report;

import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

/**
 * The renderers known: the built-ins ({@code text}, {@code json}, {@code markdown}, {@code html},
 * {@code sarif}, {@code csv}, {@code claimreview}) and those found by {@link ServiceLoader}, by id.
 * Two renderers claiming one id fail at first use, naming both classes.
 */
public final class Renderers {
  private Renderers() {}

  /** The built-in renderers, in the order {@code claimcheck check --format} lists them. */
  public static List<ReportRenderer> builtIns() {
    return List.of(new FormatRenderer(ReportFormat.TEXT), new FormatRenderer(ReportFormat.JSON),
        new FormatRenderer(ReportFormat.MARKDOWN), new HtmlRenderer(), new SarifRenderer(), new CsvRenderer(),
        new ClaimReviewRenderer());
  }

  /**
   * Every renderer known, built-ins first, by id.
   *
   * @throws IllegalStateException when the renderers on the class path cannot be told apart (two
   *     claim one id, or an id is malformed) or one cannot be loaded, with a message naming them;
   *     every call says so again
   */
  public static Map<String, ReportRenderer> available() {
    if (Registry.PROBLEM != null) {
      throw new IllegalStateException(Registry.PROBLEM);
    }
    return Registry.RENDERERS;
  }

  /**
   * The renderer with id {@code id}, if one is known.
   *
   * @throws IllegalStateException as {@link #available()} does
   */
  public static Optional<ReportRenderer> find(String id) {
    return Optional.ofNullable(available().get(id));
  }

  /** Checks that {@code renderers} have distinct, well-formed ids, and maps them by id. */
  static Map<String, ReportRenderer> byId(List<ReportRenderer> renderers) {
    Map<String, ReportRenderer> byId = new LinkedHashMap<>();
    for (ReportRenderer r : renderers) {
      String id = r.id();
      if (id == null || !id.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
        throw new IllegalStateException("renderer " + r.getClass().getName() + " has id '" + id
            + "'; expected lower-case letters, digits and hyphens, such as 'sarif'");
      }
      ReportRenderer clash = byId.putIfAbsent(id, r);
      if (clash != null) {
        throw new IllegalStateException("renderer id '" + id + "' is claimed by both " + clash.getClass().getName()
            + " and " + r.getClass().getName());
      }
    }
    return Collections.unmodifiableMap(byId);
  }

  /** The renderers, loaded once; or, when they cannot be, why (kept, so that no class fails to initialise). */
  private static final class Registry {
    static final @Nullable String PROBLEM;
    static final Map<String, ReportRenderer> RENDERERS;

    static {
      Map<String, ReportRenderer> loaded = Map.of();
      String problem = null;
      try {
        List<ReportRenderer> all = new ArrayList<>(builtIns());
        for (ReportRenderer r : ServiceLoader.load(ReportRenderer.class, Renderers.class.getClassLoader())) {
          all.add(r);
        }
        loaded = byId(all);
      } catch (IllegalStateException e) {
        problem = e.getMessage();
      } catch (java.util.ServiceConfigurationError e) {
        problem = "a report renderer on the class path could not be loaded: " + e.getMessage();
      }
      RENDERERS = loaded;
      PROBLEM = problem;
    }
  }

  /** {@code text}, {@code json} and {@code markdown}, written by {@link ReportFormat}. */
  private static final class FormatRenderer implements ReportRenderer {
    private final ReportFormat format;

    FormatRenderer(ReportFormat format) {
      this.format = format;
    }

    @Override
    public String id() {
      return format.id();
    }

    @Override
    public String description() {
      switch (format) {
        case JSON:
          return "one JSON object: documents, claims, groups, findings (docs/formats.md)";
        case MARKDOWN:
          return "headings, lists and a table, for a page";
        default:
          return "findings, groups and documents, for a person at a terminal";
      }
    }

    @Override
    public String fileExtension() {
      switch (format) {
        case JSON:
          return "json";
        case MARKDOWN:
          return "md";
        default:
          return "txt";
      }
    }

    @Override
    public void render(Report report, RenderContext context, Writer out) throws java.io.IOException {
      format.write(report, out, context.parallelism());
    }
  }
}
