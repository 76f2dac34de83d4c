/*
 * Copyright 2026 The Chancengeber authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package org.chancengeber.matcher.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.chancengeber.matcher.model.Message;
import org.chancengeber.matcher.placement.Assignment;

/**
 * {@code report.html}: one self-contained page (no scripts, fonts or images from elsewhere; charts
 * as inline SVG) in English or German, with the sections overview, readiness, months to readiness,
 * hurdles, the single change that opens most, reason codes, placements and audit groups.
 */
public final class ReportHtml {
  private static final String[] COLOURS = {"#2a7f62", "#e0a030", "#b0413e", "#4a6fa5"};

  private final CohortReport r;
  private final Locale locale;
  private final StringBuilder html = new StringBuilder(32_768);

  private ReportHtml(CohortReport r, Locale locale) {
    this.r = r;
    this.locale = locale;
  }

  /**
   * Writes the report as one self-contained HTML page.
   *
   * @param r the report
   * @param out where to write
   * @param locale English or German
   * @throws IOException when {@code out} fails
   */
  public static void write(CohortReport r, Writer out, Locale locale) throws IOException {
    out.write(new ReportHtml(r, locale).page());
  }

  private String t(String key, Object... args) {
    return Message.of("report." + key, args).render(locale);
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private ReportHtml raw(String s) {
    html.append(s);
    return this;
  }

  private ReportHtml text(String s) {
    html.append(esc(s));
    return this;
  }

  private String pct(double share) {
    return String.format(Locale.ROOT, "%.0f %%", share * 100);
  }

  private static String num(double d) {
    return String.format(Locale.ROOT, "%.2f", d);
  }

  private String page() {
    String lang = locale.getLanguage();
    raw("<!DOCTYPE html>\n<html lang=\"")
        .raw(lang)
        .raw(lang.equals("ar") || lang.equals("fa") ? "\" dir=\"rtl" : "")
        .raw("\">\n<head>\n");
    raw("<meta charset=\"utf-8\">\n<title>").text(t("title")).raw("</title>\n");
    raw("<style>\n")
        .raw("body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2em auto;")
        .raw("max-width:60em;color:#222;line-height:1.4;padding:0 1em}\n")
        .raw("h1{font-size:1.6em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ccc}\n")
        .raw("table{border-collapse:collapse;margin:.5em 0}td,th{padding:.2em .6em;")
        .raw("border-bottom:1px solid #eee;text-align:left}td.n,th.n{text-align:right}\n")
        .raw(".note{color:#555;font-size:.9em}.big{font-size:2em;font-weight:bold}\n")
        .raw(".cards{display:flex;gap:2em;flex-wrap:wrap}.card{min-width:8em}\n")
        .raw("</style>\n</head>\n<body>\n");
    raw("<h1>")
        .text(t("title"))
        .raw("</h1>\n<p class=\"note\">")
        .text(t("subtitle", r.today(), r.horizonMonths(), r.top()))
        .raw("</p>\n");
    overview();
    readiness();
    months();
    hurdles();
    interventions();
    exclusions();
    placements();
    groups();
    raw("</body>\n</html>\n");
    return html.toString();
  }

  private void card(long n, String label) {
    raw("<div class=\"card\"><div class=\"big\">").raw(Long.toString(n)).raw("</div>");
    text(label).raw("</div>\n");
  }

  private void overview() {
    raw("<h2 id=\"overview\">").text(t("overview")).raw("</h2>\n<div class=\"cards\">\n");
    card(r.people(), t("people"));
    card(r.offers(), t("offers"));
    card(r.places(), t("places"));
    card(r.readyNow(), t("ready_now"));
    card(r.reachable(), t("reachable"));
    card(r.noOffer(), t("no_offer"));
    raw("</div>\n");
  }

  private void readiness() {
    raw("<h2 id=\"readiness\">").text(t("readiness")).raw("</h2>\n");
    int[] parts = {r.readyNow(), r.reachable(), r.noOffer()};
    String[] labels = {t("ready_now"), t("reachable"), t("no_offer")};
    int total = Math.max(1, r.people());
    raw("<svg role=\"img\" width=\"760\" height=\"60\" viewBox=\"0 0 760 60\">");
    double x = 0;
    for (int i = 0; i < parts.length; i++) {
      double w = 600.0 * parts[i] / total;
      raw(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"0\" width=\"%.1f\" height=\"30\"", x, w))
          .raw(" fill=\"" + COLOURS[i] + "\"><title>")
          .text(labels[i] + ": " + parts[i])
          .raw("</title></rect>");
      x += w;
    }
    double lx = 0;
    for (int i = 0; i < parts.length; i++) {
      raw(String.format(Locale.ROOT, "<rect x=\"%.0f\" y=\"40\" width=\"12\" height=\"12\"", lx))
          .raw(" fill=\"" + COLOURS[i] + "\"/>")
          .raw(String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"51\" font-size=\"12\">", lx + 16))
          .text(labels[i] + " " + parts[i] + " (" + pct((double) parts[i] / total) + ")")
          .raw("</text>");
      lx += 250;
    }
    raw("</svg>\n<p class=\"note\">").text(t("readiness.note")).raw("</p>\n");
  }

  private void months() {
    raw("<h2 id=\"months\">").text(t("months")).raw("</h2>\n");
    List<CohortReport.Bucket> bs = r.monthsToReady();
    int max = Math.max(1, bs.stream().mapToInt(CohortReport.Bucket::people).max().orElse(1));
    int width = 70 * bs.size() + 20;
    raw(
        "<svg role=\"img\" width=\""
            + width
            + "\" height=\"190\" viewBox=\"0 0 "
            + width
            + " 190\">");
    for (int i = 0; i < bs.size(); i++) {
      CohortReport.Bucket b = bs.get(i);
      double h = 130.0 * b.people() / max;
      int x = 10 + 70 * i;
      raw(String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%.1f\" width=\"50\" height=\"%.1f\" fill=\"%s\"/>",
              x,
              150 - h,
              h,
              COLOURS[3]))
          .raw(
              String.format(
                  Locale.ROOT,
                  "<text x=\"%d\" y=\"%.1f\" font-size=\"12\">%d</text>",
                  x,
                  146 - h,
                  b.people()))
          .raw(String.format(Locale.ROOT, "<text x=\"%d\" y=\"168\" font-size=\"12\">", x))
          .text(b.months())
          .raw("</text>");
    }
    raw("<text x=\"10\" y=\"186\" font-size=\"11\" fill=\"#555\">")
        .text(t("months.axis"))
        .raw("</text></svg>\n");
  }

  private String hurdle(HurdleKind k) {
    return t("hurdle." + k.name());
  }

  private void hurdles() {
    raw("<h2 id=\"hurdles\">").text(t("hurdles")).raw("</h2>\n");
    List<CohortReport.Hurdle> hs = r.hurdles();
    int max = Math.max(1, hs.stream().mapToInt(CohortReport.Hurdle::people).max().orElse(1));
    raw("<table>\n<tr><th>")
        .text(t("hurdle"))
        .raw("</th><th></th><th class=\"n\">")
        .text(t("people"))
        .raw("</th><th class=\"n\">")
        .text(t("blocked"))
        .raw("</th><th class=\"n\">")
        .text(t("delayed"))
        .raw("</th><th class=\"n\">")
        .text(t("pairs"))
        .raw("</th><th>")
        .text(t("cities"))
        .raw("</th></tr>\n");
    for (CohortReport.Hurdle h : hs) {
      double wb = 200.0 * h.blocked() / max;
      double wd = 200.0 * h.delayed() / max;
      raw("<tr><td>")
          .text(hurdle(h.kind()))
          .raw("</td><td>")
          .raw("<svg width=\"200\" height=\"16\" viewBox=\"0 0 200 16\">")
          .raw(
              String.format(
                  Locale.ROOT,
                  "<rect x=\"0\" y=\"0\" width=\"%.1f\" height=\"7\" fill=\"%s\"/>",
                  wb,
                  COLOURS[2]))
          .raw(
              String.format(
                  Locale.ROOT,
                  "<rect x=\"0\" y=\"9\" width=\"%.1f\" height=\"7\" fill=\"%s\"/>",
                  wd,
                  COLOURS[1]))
          .raw("</svg></td>")
          .raw("<td class=\"n\">" + h.people() + "</td><td class=\"n\">" + h.blocked())
          .raw("</td><td class=\"n\">" + h.delayed() + "</td><td class=\"n\">" + h.offersBlocked())
          .raw("</td><td>")
          .text(
              h.cities().stream()
                  .map(c -> c.city() + " " + c.people())
                  .collect(Collectors.joining(", ")))
          .raw("</td></tr>\n");
    }
    raw("</table>\n<p class=\"note\">").text(t("hurdles.note")).raw("</p>\n");
  }

  private String change(CohortReport.Intervention i) {
    if (i.kind() == HurdleKind.LANGUAGE) {
      return i.target().isEmpty() ? t("change.LANGUAGE_any") : t("change.LANGUAGE", i.target());
    }
    return t("change." + i.kind().name());
  }

  private void interventions() {
    raw("<h2 id=\"interventions\">").text(t("interventions")).raw("</h2>\n");
    List<CohortReport.Intervention> is = r.interventions();
    if (is.isEmpty()) {
      raw("<p>").text(t("interventions.none")).raw("</p>\n");
      return;
    }
    CohortReport.Intervention top = is.get(0);
    raw("<p><strong>")
        .text(
            t(
                "interventions.top",
                change(top),
                top.people(),
                top.offersReachable(),
                top.offersReadyNow()))
        .raw("</strong></p>\n<table>\n<tr><th>")
        .text(t("intervention"))
        .raw("</th><th class=\"n\">")
        .text(t("people"))
        .raw("</th><th class=\"n\">")
        .text(t("unlock.reachable"))
        .raw("</th><th class=\"n\">")
        .text(t("unlock.ready"))
        .raw("</th></tr>\n");
    for (CohortReport.Intervention i : is.subList(0, Math.min(10, is.size()))) {
      raw("<tr><td>")
          .text(change(i))
          .raw("</td><td class=\"n\">" + i.people())
          .raw("</td><td class=\"n\">" + i.offersReachable())
          .raw("</td><td class=\"n\">" + i.offersReadyNow() + "</td></tr>\n");
    }
    raw("</table>\n<p class=\"note\">").text(t("interventions.note")).raw("</p>\n");
  }

  private void exclusions() {
    raw("<h2 id=\"exclusions\">")
        .text(t("exclusions"))
        .raw("</h2>\n<table>\n<tr><th>")
        .text(t("code"))
        .raw("</th><th class=\"n\">")
        .text(t("pairs"))
        .raw("</th><th class=\"n\">")
        .text(t("people"))
        .raw("</th></tr>\n");
    for (CohortReport.CodeCount c : r.exclusions()) {
      raw("<tr><td><code>")
          .text(c.code().name())
          .raw("</code></td><td class=\"n\">" + c.pairs())
          .raw("</td><td class=\"n\">" + c.people() + "</td></tr>\n");
    }
    raw("</table>\n");
  }

  private void placementRow(String label, Assignment.Summary s) {
    raw("<tr><td>")
        .text(label)
        .raw("</td><td class=\"n\">" + s.placed() + " / " + s.people())
        .raw("</td><td class=\"n\">" + s.placed() + " / " + s.places())
        .raw("</td><td class=\"n\">" + s.firstChoice())
        .raw("</td><td class=\"n\">" + num(s.totalScore()))
        .raw("</td><td class=\"n\">" + num(s.worstScore()) + "</td></tr>\n");
  }

  private void placements() {
    raw("<h2 id=\"placements\">").text(t("placements")).raw("</h2>\n");
    if (r.placements().isEmpty()) {
      raw("<p>").text(t("placements.none")).raw("</p>\n");
      return;
    }
    CohortReport.Placements p = r.placements().get();
    raw("<table>\n<tr><th>")
        .text(t("method"))
        .raw("</th><th class=\"n\">")
        .text(t("placed"))
        .raw("</th><th class=\"n\">")
        .text(t("places"))
        .raw("</th><th class=\"n\">")
        .text(t("first_choice"))
        .raw("</th><th class=\"n\">")
        .text(t("total_score"))
        .raw("</th><th class=\"n\">")
        .text(t("worst_score"))
        .raw("</th></tr>\n");
    placementRow(t("optimal") + " (" + p.method() + ")", p.optimal());
    placementRow(t("greedy"), p.greedy());
    raw("</table>\n");
  }

  private void groups() {
    raw("<h2 id=\"groups\">")
        .text(t("groups"))
        .raw("</h2>\n<p class=\"note\">")
        .text(t("groups.note"))
        .raw("</p>\n");
    for (Map.Entry<String, List<CohortReport.Group>> e : r.groups().entrySet()) {
      String name = Message.of("report.group." + e.getKey()).render(locale);
      raw("<h3>")
          .text(name.startsWith("report.") ? e.getKey() : name)
          .raw("</h3>\n<table>\n<tr><th>")
          .text(t("value"))
          .raw("</th><th class=\"n\">")
          .text(t("people"))
          .raw("</th><th class=\"n\">")
          .text(t("share_ready"))
          .raw("</th><th></th><th class=\"n\">")
          .text(t("mean_best"))
          .raw("</th><th class=\"n\">")
          .text(t("placement_rate"))
          .raw("</th></tr>\n");
      for (CohortReport.Group g : e.getValue()) {
        raw("<tr><td>")
            .text(g.value())
            .raw("</td><td class=\"n\">" + g.people())
            .raw("</td><td class=\"n\">" + pct(g.readyNowShare()) + "</td><td>")
            .raw("<svg width=\"100\" height=\"10\" viewBox=\"0 0 100 10\">")
            .raw(
                String.format(
                    Locale.ROOT,
                    "<rect x=\"0\" y=\"0\" width=\"%.1f\" height=\"10\" fill=\"%s\"/>",
                    100 * g.readyNowShare(),
                    COLOURS[0]))
            .raw("</svg></td><td class=\"n\">" + num(g.meanBestScore()))
            .raw(
                "</td><td class=\"n\">"
                    + (r.placements().isPresent() ? pct(g.placementRate()) : "–"))
            .raw("</td></tr>\n");
      }
      raw("</table>\n");
    }
  }
}
