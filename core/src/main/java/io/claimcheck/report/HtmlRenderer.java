package io.claimcheck.report;

import io.claimcheck.claim.Claim;
import io.claimcheck.rules.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code --format html}: one self-contained page (inline CSS and SVG, no script, nothing fetched
 * at view time) for a fact-checker: the findings first, each with its message, explanation,
 * links to the articles and to its chart; then, per event, each quantity's timeline chart (see
 * {@link TimelineChart}); then the claims table with quotes, and the documents. Headings in
 * order, table headers with scopes, text alternatives for the charts; readable in print.
 */
public final class HtmlRenderer implements ReportRenderer {
  private static final String STYLE = String.join("\n",
      ":root{color-scheme:light;--error:#b00020;--warning:#8a5a00;--info:#005a8a}",
      "body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1b1b1b;background:#fff;"
          + "margin:0 auto;max-width:1100px;padding:0 1.25rem 3rem}",
      "header{border-bottom:2px solid #1b1b1b;margin-bottom:1rem}",
      "h1{font-size:1.7rem;margin:1.2rem 0 .2rem}h2{font-size:1.35rem;margin-top:2rem;border-bottom:1px solid #ccc}",
      "h3{font-size:1.1rem;margin:1.2rem 0 .3rem}h4{font-size:1rem;margin:.8rem 0 .2rem}",
      ".summary{font-weight:600}",
      ".finding{border-left:6px solid #999;padding:.4rem .9rem;margin:.8rem 0;background:#fafafa}",
      ".finding.error{border-color:var(--error)}.finding.warning{border-color:var(--warning)}"
          + ".finding.info{border-color:var(--info)}",
      ".severity{display:inline-block;font-size:.8rem;font-weight:700;text-transform:uppercase;padding:0 .4rem;"
          + "border-radius:3px;color:#fff;background:#666;margin-right:.4rem}",
      ".error .severity{background:var(--error)}.warning .severity{background:var(--warning)}"
          + ".info .severity{background:var(--info)}",
      ".rule{font-family:ui-monospace,Menlo,Consolas,monospace}",
      ".explanation{color:#333}",
      "figure{margin:1rem 0 1.5rem;break-inside:avoid;page-break-inside:avoid}",
      "figcaption{margin-bottom:.3rem}svg.timeline{max-width:100%;height:auto;border:1px solid #e0e0e0;background:#fff}",
      ".legend{list-style:none;padding:0;margin:.3rem 0;display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;font-size:.9rem}",
      ".swatch{display:inline-block;width:.9rem;height:.9rem;border-radius:50%;vertical-align:-2px;margin-right:.3rem;"
          + "border:1px solid #0003}",
      ".key{font-size:.85rem;color:#444}",
      "table{border-collapse:collapse;width:100%;font-size:.9rem}caption{text-align:left;font-weight:600;padding:.3rem 0}",
      "th,td{border:1px solid #d0d0d0;padding:.3rem .45rem;vertical-align:top;text-align:left}thead th{background:#f0f0f0}",
      "tr.in-finding th[scope=row]{box-shadow:inset 4px 0 0 var(--warning)}",
      "tbody th[scope=row]{font-size:.8rem;font-weight:600;word-break:break-all;width:8rem}",
      "td.quote{min-width:18rem}td.article{min-width:10rem;max-width:16rem;overflow-wrap:anywhere}",
      "blockquote{margin:0;font-style:italic}mark{background:#ffe58a;font-style:normal;font-weight:600}",
      "a{color:#0b57a4}a:focus{outline:3px solid #ffbf47}code{font-size:.85em;word-break:break-all}",
      ".skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.3rem}",
      "footer{margin-top:2rem;font-size:.85rem;color:#555}",
      ".contents{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1.5rem;margin:.5rem 0 0}",
      "@media print{body{max-width:none;font-size:11pt;padding:0}a{color:#000}"
          + "a[href^='http']::after{content:' <' attr(href) '>';font-size:8pt;word-break:break-all}"
          + ".finding{background:none}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
          + "thead{display:table-header-group}tr{break-inside:avoid}.skip,nav{display:none}"
          + "table{font-size:8pt}td.quote{min-width:0;width:38%}td.article{min-width:0;max-width:none;width:18%}"
          + "td.article a::after{content:none}tbody th[scope=row]{width:10%}td.article code{display:none}}");

  /** A public no-argument constructor, as {@link java.util.ServiceLoader} needs. */
  public HtmlRenderer() {}

  @Override
  public String id() {
    return "html";
  }

  @Override
  public String description() {
    return "one self-contained page: findings, a timeline chart per quantity, the claims with quotes";
  }

  @Override
  public String fileExtension() {
    return "html";
  }

  @Override
  public void render(Report report, RenderContext context, Writer out) throws IOException {
    ReportIndex index = ReportIndex.of(report);
    List<Timeline> timelines = Timeline.of(report);
    Map<String, List<Finding>> findingsByGroup = new LinkedHashMap<>();
    for (Finding f : report.findings()) {
      findingsByGroup.computeIfAbsent(f.group(), k -> new ArrayList<>()).add(f);
    }
    StringBuilder sb = new StringBuilder(64 * 1024);
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"").append(Html.text(generator(context))).append("\">\n")
        .append("<title>").append(Html.text("claimcheck report: " + count(report.findings().size(), "finding")))
        .append("</title>\n<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n")
        .append("<a class=\"skip\" href=\"#claims\">Skip to the claims</a>\n")
        .append("<header>\n<h1>claimcheck report</h1>\n<p class=\"summary\">")
        .append(Html.text(ReportFormat.summary(report))).append("</p>\n</header>\n");
    long events = timelines.stream().map(Timeline::event).distinct().count();
    sb.append("<nav aria-label=\"Contents\"><ul class=\"contents\">")
        .append("<li><a href=\"#findings-h\">").append(Html.text("Findings (" + report.findings().size() + ")"))
        .append("</a></li><li><a href=\"#timelines-h\">").append(Html.text("Timelines (" + count(timelines.size(),
            "quantity").replace("quantitys", "quantities") + " in " + count(events, "event") + ")"))
        .append("</a></li><li><a href=\"#claims\">").append(Html.text("Claims (" + report.claims().size() + ")"))
        .append("</a></li><li><a href=\"#documents-h\">").append(Html.text("Documents (" + report.documents().size()
            + ")")).append("</a></li></ul></nav>\n<main>\n");
    findings(sb, out, report, index, timelines);
    timelines(sb, out, timelines, findingsByGroup);
    claims(sb, out, report, index, timelines);
    documents(sb, out, report);
    sb.append("</main>\n<footer><p>").append(Html.text("Written by " + generator(context)
        + ". Intervals are inclusive; ∞ marks an open upper end. Offsets count UTF-16 code units."))
        .append("</p></footer>\n</body>\n</html>\n");
    out.write(sb.toString());
    out.flush();
  }

  private static String generator(RenderContext context) {
    return context.toolName() + (context.toolVersion() == null ? "" : " " + context.toolVersion());
  }

  /** Writes out what the page holds so far once it is large: a report of any size is written in pieces. */
  private static void spill(StringBuilder sb, Writer out) throws IOException {
    if (sb.length() > 32 * 1024) {
      out.write(sb.toString());
      sb.setLength(0);
    }
  }

  private static void findings(StringBuilder sb, Writer out, Report report, ReportIndex index, List<Timeline> timelines)
      throws IOException {
    Set<String> charted = new HashSet<>();
    timelines.forEach(t -> charted.add(t.group()));
    sb.append("<section aria-labelledby=\"findings-h\">\n<h2 id=\"findings-h\">Findings</h2>\n");
    if (report.findings().isEmpty()) {
      sb.append("<p>No findings: the sources agree, as far as the rules can tell.</p>\n");
    }
    for (Finding f : report.findings()) {
      String sev = f.severity().id();
      sb.append("<article class=\"finding ").append(sev).append("\" id=\"").append(ReportIndex.anchor(f))
          .append("\" aria-labelledby=\"").append(ReportIndex.anchor(f)).append("-h\">\n")
          .append("<h3 id=\"").append(ReportIndex.anchor(f)).append("-h\"><span class=\"severity\">").append(sev)
          .append("</span><span class=\"rule\">").append(Html.text(f.rule())).append("</span> ")
          .append(Html.text(index.group(f.group()).map(g -> g.describe()).orElse(f.group()))).append("</h3>\n")
          .append("<p class=\"message\">").append(Html.text(f.message())).append("</p>\n")
          .append("<p class=\"explanation\">").append(Html.text(f.explanation())).append("</p>\n")
          .append("<p>Articles:</p>\n<ul class=\"sources\">\n");
      for (DocumentStatus d : index.documents(f)) {
        sb.append("<li>").append(documentLink(d)).append("</li>\n");
      }
      sb.append("</ul>\n<p>Claims: ");
      List<String> links = new ArrayList<>();
      for (Claim c : index.claims(f)) {
        links.add("<a href=\"#" + Html.id("claim-", c.id()) + "\">" + Html.text(c.quantity().text()) + " ("
            + Html.text(c.source().displayName()) + ")</a>");
      }
      sb.append(String.join(", ", links)).append(".");
      if (charted.contains(f.group())) {
        sb.append(" <a href=\"#").append(Html.id("q-", f.group())).append("\">See its timeline</a>.");
      }
      sb.append("</p>\n<p class=\"key\">Key: <code>").append(Html.text(f.key())).append("</code></p>\n</article>\n");
      spill(sb, out);
    }
    sb.append("</section>\n");
  }

  private static void timelines(StringBuilder sb, Writer out, List<Timeline> timelines,
      Map<String, List<Finding>> findingsByGroup) throws IOException {
    sb.append("<section aria-labelledby=\"timelines-h\">\n<h2 id=\"timelines-h\">Timelines</h2>\n")
        .append("<p>Each bar is one claim: from its lower bound up to its upper bound (an arrow when it has none), at ")
        .append("the time the figure stood, coloured by who gave it. Hatched, hollow marks are approximate figures. ")
        .append("The grey band is the consensus, the values all claims allow. Dashed outlines mark the claims of a ")
        .append("finding.</p>\n");
    String event = null;
    for (Timeline t : timelines) {
      if (!t.event().equals(event)) {
        if (event != null) {
          sb.append("</section>\n");
        }
        event = t.event();
        sb.append("<section class=\"event\" aria-labelledby=\"").append(Html.id("e-", t.event())).append("\">\n")
            .append("<h3 id=\"").append(Html.id("e-", t.event())).append("\">").append(Html.text(t.eventLabel()))
            .append("</h3>\n");
      }
      String prefix = Html.id("q-", t.group());
      Set<String> highlighted = new HashSet<>();
      List<Finding> fs = findingsByGroup.getOrDefault(t.group(), List.of());
      fs.forEach(f -> highlighted.addAll(f.claims()));
      sb.append("<figure id=\"").append(prefix).append("\" aria-labelledby=\"").append(prefix).append("-cap\">\n")
          .append("<figcaption id=\"").append(prefix).append("-cap\"><h4>").append(Html.text(t.label()))
          .append("</h4>").append(Html.text("Consensus: " + (t.consensus() == null
              ? "none (the claims cannot all be true)" : t.consensus().toString())
              + "; " + count(t.points().size(), "claim") + "."));
      for (Finding f : fs) {
        sb.append(" <a href=\"#").append(ReportIndex.anchor(f)).append("\">").append(Html.text("[" + f.severity().id()
            + "] " + f.rule())).append("</a>");
      }
      sb.append("</figcaption>\n").append(TimelineChart.svg(t, highlighted, prefix)).append("\n<ul class=\"legend\">");
      for (Map.Entry<String, String> e : TimelineChart.colours(t).entrySet()) {
        sb.append("<li><span class=\"swatch\" style=\"background:").append(e.getValue()).append("\"></span>")
            .append(Html.text(e.getKey())).append("</li>");
      }
      sb.append("</ul>\n</figure>\n");
      spill(sb, out);
    }
    if (event != null) {
      sb.append("</section>\n");
    }
    sb.append("</section>\n");
  }

  private static void claims(StringBuilder sb, Writer out, Report report, ReportIndex index, List<Timeline> timelines)
      throws IOException {
    Map<String, Timeline.Point> points = new LinkedHashMap<>();
    Map<String, String> groupOf = new LinkedHashMap<>();
    for (Timeline t : timelines) {
      for (Timeline.Point p : t.points()) {
        points.putIfAbsent(p.claim().id(), p);
        groupOf.putIfAbsent(p.claim().id(), t.group());
      }
    }
    sb.append("<section aria-labelledby=\"claims\">\n<h2 id=\"claims\">Claims</h2>\n<table>\n<caption>")
        .append(Html.text(count(report.claims().size(), "claim") + ", in the order of their documents"))
        .append("</caption>\n<thead><tr><th scope=\"col\">claim</th><th scope=\"col\">measure</th>")
        .append("<th scope=\"col\">figure</th><th scope=\"col\">interval</th><th scope=\"col\">as of</th>")
        .append("<th scope=\"col\">body</th><th scope=\"col\">article</th><th scope=\"col\">quote</th>")
        .append("<th scope=\"col\">findings</th></tr></thead>\n<tbody>\n");
    for (Claim c : report.claims()) {
      List<Finding> fs = index.findings(c.id());
      Timeline.Point p = points.get(c.id());
      String group = groupOf.get(c.id());
      sb.append("<tr id=\"").append(Html.id("claim-", c.id())).append('"')
          .append(fs.isEmpty() ? "" : " class=\"in-finding\"").append("><th scope=\"row\">")
          .append(group == null ? Html.text(c.id())
              : "<a href=\"#" + Html.id("q-", group) + "\">" + Html.text(c.id()) + "</a>")
          .append("</th><td>").append(Html.text(c.measure().name() + (c.subject() == null ? "" : " (" + c.subject() + ")")))
          .append("</td><td>").append(Html.text(c.quantity().text()))
          .append(c.quantity().approximate() ? " <abbr title=\"approximate\">≈</abbr>" : "")
          .append(c.isReported() ? "" : " <em>" + Html.text(c.modality().id()) + "</em>")
          .append("</td><td>").append(Html.text(c.quantity().interval().toString()))
          .append("</td><td>").append(p == null || p.asOf() == null ? "" : Html.text(p.asOf().toString()))
          .append("</td><td>").append(Html.text(p != null ? p.body()
              : c.attribution() != null ? c.attribution() : c.source().displayName()))
          .append("</td><td class=\"article\">").append(claimSource(c))
          .append("</td><td class=\"quote\"><blockquote>").append(quote(c)).append("</blockquote></td><td>");
      List<String> links = new ArrayList<>();
      for (Finding f : fs) {
        links.add("<a href=\"#" + ReportIndex.anchor(f) + "\">" + Html.text("[" + f.severity().id() + "] " + f.rule())
            + "</a>");
      }
      sb.append(String.join("<br>", links)).append("</td></tr>\n");
      spill(sb, out);
    }
    sb.append("</tbody>\n</table>\n</section>\n");
  }

  private static void documents(StringBuilder sb, Writer out, Report report) throws IOException {
    sb.append("<section aria-labelledby=\"documents-h\">\n<h2 id=\"documents-h\">Documents</h2>\n<table>\n<caption>")
        .append(Html.text(ReportFormat.summary(report).split(", ")[0] + " read")).append("</caption>\n")
        .append("<thead><tr><th scope=\"col\">document</th><th scope=\"col\">outlet</th><th scope=\"col\">article</th>")
        .append("<th scope=\"col\">claims</th><th scope=\"col\">error</th></tr></thead>\n<tbody>\n");
    for (DocumentStatus d : report.documents()) {
      sb.append("<tr><th scope=\"row\">").append(Html.text(d.document())).append("</th><td>")
          .append(Html.text(d.source() == null ? "" : d.source())).append("</td><td>").append(articleOnly(d))
          .append("</td><td>").append(d.claims()).append("</td><td>")
          .append(Html.text(d.error() == null ? "" : d.error())).append("</td></tr>\n");
      spill(sb, out);
    }
    sb.append("</tbody>\n</table>\n</section>\n");
  }

  /** The outlet and title, linked to the url when there is one, with the path. */
  private static String documentLink(DocumentStatus d) {
    String name = d.source() != null ? d.source() : d.document();
    return Html.text(name) + (articleOnly(d).isEmpty() ? "" : ": " + articleOnly(d));
  }

  private static String articleOnly(DocumentStatus d) {
    String title = d.title() != null ? d.title() : d.url() != null ? d.url() : "";
    String href = d.url() == null ? null : Html.href(d.url());
    StringBuilder sb = new StringBuilder();
    if (href != null && !title.isEmpty()) {
      sb.append("<a href=\"").append(Html.text(href)).append("\">").append(Html.text(title)).append("</a>");
    } else if (!title.isEmpty()) {
      sb.append(Html.text(title));
    }
    if (d.path() != null) {
      sb.append(sb.length() == 0 ? "" : " ").append("<code>").append(Html.text(d.path())).append("</code>");
    }
    return sb.toString();
  }

  private static String claimSource(Claim c) {
    return Html.text(c.source().displayName()) + (c.source().published() == null ? "" : ", " + c.source().published())
        + (c.source().title() == null && c.source().url() == null && c.source().path() == null ? ""
            : "<br>" + articleOnly(DocumentStatus.of(c.source(), 0, null)));
  }

  /** The sentence with the quantity phrase marked. */
  private static String quote(Claim c) {
    String sentence = c.evidence().sentence();
    String phrase = c.quantity().text();
    int at = phrase.isEmpty() ? -1 : sentence.indexOf(phrase);
    if (at < 0) {
      return Html.text(sentence);
    }
    return Html.text(sentence.substring(0, at)) + "<mark>" + Html.text(phrase) + "</mark>"
        + Html.text(sentence.substring(at + phrase.length()));
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
