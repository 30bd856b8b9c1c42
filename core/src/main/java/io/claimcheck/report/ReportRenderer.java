package io.claimcheck.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * A way of writing a report ({@code text}, {@code json}, {@code html}, {@code sarif}, ...),
 * found by its id through {@link Renderers}. Implementations are stateless and thread-safe, and
 * deterministic: the same report and context give the same characters. Callers' own renderers
 * are found through {@link java.util.ServiceLoader}: list the class in
 * {@code META-INF/services/io.claimcheck.report.ReportRenderer}; it needs a public no-argument
 * constructor.
 */
public interface ReportRenderer {
  /** The id it is asked for by: lower-case letters, digits and hyphens ({@code sarif}). */
  String id();

  /** What it writes, in one line, for {@code claimcheck check --format} and the docs. */
  String description();

  /** The usual file name extension of what it writes, without the dot ({@code sarif.json}). */
  String fileExtension();

  /**
   * Writes {@code report} to {@code out}, without closing it.
   *
   * @throws IOException if {@code out} fails
   */
  void render(Report report, RenderContext context, Writer out) throws IOException;

  /** The report as a string, with {@code context}. */
  default String render(Report report, RenderContext context) {
    StringWriter out = new StringWriter();
    try {
      render(report, context, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The report as a string, with {@link RenderContext#defaults()}. */
  default String render(Report report) {
    return render(report, RenderContext.defaults());
  }
}
