package org.assetbasedarea.aba.report;

/**
 * The inline style sheet of every page, in parts: the base (palette, type, tables, band badges),
 * the area page, the charts, the network page and print. The band palette is sequential in
 * lightness (pale yellow, aqua, blue, navy), so the four bands differ in greyscale and to people
 * with red-green colour blindness; every coloured mark also carries its band's name, and every text
 * colour has a contrast of at least 4.5:1 on its background.
 */
final class Style {
  private Style() {}

  /** Palette, type, layout, tables and band badges, shared by every page. */
  static final String BASE = String.join("\n",
      ":root{--ink:#1d2330;--muted:#5b6472;--line:#d5dae1;--bg:#f7f8fa;--accent:#1c6aa8;--warn:#8a4b00;",
      "--starting:#fce8b2;--emerging:#8fd1c1;--established:#1c6aa8;--asset-based:#152a5c;--none:#eef1f5}",
      "*{box-sizing:border-box}",
      "body{margin:0;font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;color:var(--ink);background:var(--bg)}",
      "header,main,footer{max-width:1080px;margin:0 auto;padding:0 24px}",
      "header{padding-top:20px}",
      "h1{font-size:2rem;margin:.2em 0}",
      "h1 .code{font-size:1rem;color:var(--muted);font-weight:400;margin-left:.4em}",
      "h2{font-size:1.35rem;margin:0 0 .6em;border-bottom:2px solid var(--line);padding-bottom:.2em}",
      "h3{font-size:1.1rem;margin:1em 0 .3em}",
      "section{background:#fff;border:1px solid var(--line);border-radius:8px;padding:18px 22px;margin:18px 0}",
      ".lede{color:var(--muted);margin-top:0}",
      ".crumb{margin:0;font-size:.9rem}",
      "a{color:var(--accent)}",
      "code{font-size:.85em;background:#eef1f5;padding:0 .25em;border-radius:3px;overflow-wrap:anywhere}",
      ".small{font-size:.85rem;color:var(--muted)}",
      ".muted{color:var(--muted)}",
      ".overall{display:flex;gap:36px;flex-wrap:wrap;align-items:flex-end;margin-bottom:10px}",
      ".figure{display:flex;flex-direction:column;align-items:flex-start;gap:4px}",
      ".big{font-size:2.2rem;font-weight:700;line-height:1}",
      ".band{display:inline-block;padding:.1em .6em;border-radius:999px;font-weight:700;border:1px solid var(--ink);color:var(--ink);background:var(--none)}",
      ".figure .band{font-size:1.6rem}",
      ".band-starting{background:var(--starting)}.band-emerging{background:var(--emerging)}",
      ".band-established{background:var(--established);color:#fff}.band-asset-based{background:var(--asset-based);color:#fff}",
      ".band-none{background:var(--none)}",
      "dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:12px 0 0}",
      "dl.facts dt{font-weight:600}dl.facts dd{margin:0}",
      "table{border-collapse:collapse;width:100%;margin:12px 0;font-size:.92rem}",
      "caption{text-align:left;font-weight:600;padding:4px 0;color:var(--muted)}",
      "th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}",
      "thead th{background:#eef1f5}",
      "td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}",
      ".not-for-publication{background:var(--warn);color:#fff;font-weight:700;padding:6px 24px;margin:0;text-align:center}",
      "footer{color:var(--muted);font-size:.85rem;padding-bottom:30px}",
      "");

  /** The area page: summary, actions, explanations, progress, plans, outcomes. */
  static final String AREA = String.join("\n",
      "td.capped{color:var(--warn);font-weight:700}",
      ".up{color:var(--accent);font-weight:700}.down{color:var(--warn);font-weight:700}",
      "tr.grouping-row th,tr.overall-row th{font-style:italic}tr.overall-row{font-weight:700}",
      "ul.explanations li,ul.limiters li{margin:.3em 0}",
      "ul.limiters li.not-applied{color:var(--muted)}",
      "ul.evidence{margin:.3em 0;padding-left:1.1em}ul.evidence .kind{font-weight:600}",
      ".rationale{font-style:italic;margin:.3em 0;white-space:pre-line}",
      "td.change.improving{color:var(--accent);font-weight:700}td.change.worsening{color:var(--warn);font-weight:700}",
      "article.outcome{border-top:1px solid var(--line);margin-top:12px}",
      ".note{color:var(--muted)}",
      "article.plan{border-top:1px solid var(--line);margin-top:12px;overflow-wrap:anywhere}",
      "article.plan h4{font-size:1rem;margin:1em 0 .3em}h2+article.plan,h2+p+article.moving-up{border-top:none}",
      "@media (max-width:480px){article.plan dl.facts{grid-template-columns:1fr}article.plan dl.facts dd{margin-bottom:.4em}}",
      ".goals{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,280px),1fr));gap:12px}",
      "article.goal{border:1px solid var(--line);border-radius:6px;padding:10px 14px;min-width:0}",
      "article.goal h5{font-size:1rem;margin:0 0 .3em}article.goal p{margin:.3em 0}",
      ".result-badge{display:inline-block;padding:0 .5em;border-radius:999px;font-weight:700;border:1px solid var(--ink);background:var(--none);color:var(--ink)}",
      ".result-met{background:var(--established);color:#fff}.result-partly-met{background:var(--emerging)}",
      ".result-not-met{background:var(--starting)}.result-none{background:var(--none)}",
      "ol.steps,ol.next-steps,ul.approaches{margin:.3em 0;padding-left:1.3em}ol.steps li,ol.check-ins li{margin:.2em 0}",
      "ol.check-ins{list-style:none;padding:0;margin:.3em 0}ol.check-ins>li{border-left:3px solid var(--line);padding-left:10px;margin:.6em 0}",
      "ol.check-ins p.when{margin:0;font-weight:600}ol.check-ins ul{margin:.2em 0;padding-left:1.1em}",
      ".status{font-weight:700}.status-on-track,.status-done{color:var(--accent)}.status-at-risk,.status-off-track{color:var(--warn)}",
      ".check-note{color:var(--muted);white-space:pre-line}.not-co-produced{color:var(--warn)}",
      ".mismatch{border-left:3px solid var(--warn);padding-left:10px}",
      "article.moving-up{border-top:1px solid var(--line);margin-top:12px;overflow-wrap:anywhere}",
      "");

  /**
   * Charts and their keys: the radar (shown from {@value Charts#WIDE_FROM} px) and the bar list of
   * actions (below it), the grouping bars, progress over time and the outcome interval charts.
   * Colours are the palette's only; text in charts is ink or muted on white (or on a white halo).
   */
  static final String CHARTS = String.join("\n",
      ".two{display:flex;gap:16px;flex-wrap:wrap;align-items:center}",
      ".legend{flex:1 1 160px;max-width:240px}.legend p{margin:.3em 0}",
      ".key{display:inline-block;width:22px;height:12px;margin-right:8px;vertical-align:middle}",
      ".key-rating{border:2px dashed var(--muted)}",
      ".key-effective{background:var(--none);border:2px solid var(--accent)}",
      "svg{max-width:100%;height:auto;font-family:inherit}",
      "svg .axis{stroke:var(--line)}svg .track{fill:var(--none)}svg .tick{font-size:11px;fill:var(--muted)}",
      "svg .trend{fill:none;stroke:var(--accent);stroke-width:3}",
      ".narrow-only{display:none}",
      "@media (max-width:" + (Charts.WIDE_FROM - 0.02) + "px){.wide-only{display:none}.narrow-only{display:block}}",
      // radar
      "svg.radar{display:block;margin:0 auto}",
      "svg.radar .ring{fill:none;stroke:var(--line)}svg.radar .ring.outer{stroke:var(--muted)}",
      "svg.radar .axis.not-assessed,svg.radar .key-not-assessed{stroke:var(--muted);stroke-dasharray:2 4}",
      "svg.radar .sector{fill:var(--none);stroke:var(--line)}",
      "svg.radar .grouping-label{font-size:13px;font-weight:600;fill:var(--ink)}",
      "svg.radar .axis-label{font-size:13px;fill:var(--ink)}svg.radar .axis-label.not-assessed{fill:var(--muted);font-style:italic}",
      "svg.radar .ring-label{font-size:13px;fill:var(--muted);paint-order:stroke;stroke:#fff;stroke-width:4px;stroke-linejoin:round}",
      "svg.radar polygon.effective{fill:var(--accent);fill-opacity:.2;stroke:var(--accent);stroke-width:2.5;stroke-linejoin:round}",
      "svg.radar path.effective{fill:none;stroke:var(--accent);stroke-width:2.5;stroke-linejoin:round}",
      "svg.radar .rating,svg.radar .key-rating{fill:none;stroke:var(--muted);stroke-width:2;stroke-dasharray:6 4}",
      "svg.radar .key-effective{stroke:var(--accent);stroke-width:2.5}",
      "svg.radar .effective-dot,svg.radar .key-effective-dot{fill:var(--accent);stroke:#fff;stroke-width:1.5}",
      "svg.radar .given-dot,svg.radar .key-given-dot{fill:#fff;stroke:var(--muted);stroke-width:2}",
      "svg.radar .key-text{font-size:13px;fill:var(--ink)}",
      // bar list of actions
      ".action-bars h3{font-size:1rem;margin:1em 0 .2em}.bars-key{font-size:.9rem;color:var(--muted);margin:0}",
      "ul.bar-list{list-style:none;margin:0;padding:0}",
      "li.bar-row{display:grid;grid-template-columns:minmax(0,1fr) 8.4em;gap:2px 10px;align-items:center;padding:6px 0;border-bottom:1px solid var(--line)}",
      ".bar-name{grid-column:1/-1;overflow-wrap:anywhere}.bar-value{font-weight:700}",
      ".bar-value.not-assessed{grid-column:1/-1;font-weight:400;font-style:italic;color:var(--muted)}",
      ".bar-note{grid-column:1/-1;font-size:.85rem;color:var(--muted)}",
      ".level-track{position:relative;display:block;height:16px;border:1px solid var(--muted);background-color:#fff;"
          + "background-image:repeating-linear-gradient(to right,transparent 0 calc(25% - 1px),var(--line) calc(25% - 1px) 25%)}",
      ".level-fill{position:absolute;left:0;top:0;bottom:0;background:var(--accent)}",
      ".level-given{position:absolute;left:0;top:-4px;bottom:-4px;border:2px dashed var(--ink)}",
      ".level-1{width:25%}.level-2{width:50%}.level-3{width:75%}.level-4{width:100%}",
      // grouping bars
      "ul.band-key{list-style:none;display:flex;flex-wrap:wrap;gap:4px 18px;padding:0;margin:.2em 0 .8em;font-size:.92rem}",
      ".swatch{display:inline-block;width:14px;height:14px;border:1px solid var(--ink);vertical-align:-2px;margin-right:6px}",
      "ul.grouping-bar-list{list-style:none;margin:0;padding:0}li.grouping-bar{margin:.2em 0 .7em}",
      ".grouping-name{overflow-wrap:anywhere}.grouping-value{font-weight:700;white-space:nowrap}",
      "svg.bar-scale,svg.bar-track{display:block;width:100%;overflow:visible}",
      "svg.bar-scale{height:18px}svg.bar-track{height:28px}svg .scale-label{font-size:12px;fill:var(--muted)}",
      "svg.bar-track .track{stroke:var(--muted);stroke-width:1}",
      "svg .threshold{stroke:var(--ink);stroke-width:1.5;stroke-dasharray:3 2}",
      "svg .bar{fill:var(--none);stroke:var(--ink);stroke-width:1}",
      "svg .bar.band-starting{fill:var(--starting)}svg .bar.band-emerging{fill:var(--emerging)}",
      "svg .bar.band-established{fill:var(--established)}svg .bar.band-asset-based{fill:var(--asset-based)}",
      // progress over time
      ".progress-chart{overflow-x:auto}.progress-row{display:flex;align-items:flex-start;max-width:760px}",
      ".progress-chart ul.band-key{display:none}",
      "@media (max-width:480px){.progress-chart ul.band-key{display:flex}svg.progress-key{display:none}svg .scale-end{display:none}}",
      "svg.progress-plot{flex:1 1 auto;min-width:0;height:286px;overflow:visible}svg.progress-key{flex:0 0 auto;height:286px}",
      "svg .gap-line{stroke:var(--muted);stroke-width:1.5;stroke-dasharray:2 4}",
      "svg .zone{fill-opacity:.3}svg .zone.band-starting{fill:var(--starting);fill-opacity:.6}svg .zone.band-emerging{fill:var(--emerging)}",
      "svg .zone.band-established{fill:var(--established)}svg .zone.band-asset-based{fill:var(--asset-based)}",
      "svg.progress-key .zone{fill-opacity:1;stroke:var(--ink);stroke-width:1}",
      "svg .segment{stroke:var(--accent);stroke-width:3}svg .segment.provisional{stroke-dasharray:7 5}",
      "svg .point{fill:var(--accent);stroke:#fff;stroke-width:2}svg .point.provisional{fill:#fff;stroke:var(--accent);stroke-width:3}",
      "svg .point-label{font-size:13px;font-weight:700;fill:var(--ink);paint-order:stroke;stroke:#fff;stroke-width:4px;stroke-linejoin:round}",
      "svg .point-label .sub{font-weight:400}svg .point-label.gap{font-weight:400;font-style:italic}",
      "svg .date-label{font-size:12px;fill:var(--ink)}",
      "svg .zone-label{font-size:12px;font-weight:600;fill:var(--ink)}svg .zone-label .sub{font-weight:400}",
      // outcome interval charts
      "abbr.marker{text-decoration:none;font-weight:700}",
      "@media (min-width:" + Charts.WIDE_FROM + "px){td.chart{min-width:260px}}",
      "svg.interval-chart{display:block;width:100%;min-width:240px;max-width:300px;height:62px;overflow:visible}",
      "svg .scale,svg .tick-mark{stroke:var(--muted);stroke-width:1}svg .tick-label{font-size:12px;fill:var(--muted)}",
      "svg .ci{fill:var(--accent);fill-opacity:.5;stroke:var(--accent)}svg .estimate{fill:var(--accent);stroke:#fff;stroke-width:1.5}",
      "svg .earlier{fill:var(--line);stroke:var(--muted)}svg .earlier-estimate{fill:#fff;stroke:var(--muted);stroke-width:2}",
      "svg .baseline{stroke:var(--ink);stroke-width:2;stroke-dasharray:4 3}",
      ".interval-key{font-size:.8rem;color:var(--muted);margin:.3em 0 0;max-width:300px}.interval-key>span{white-space:nowrap}",
      ".swatch-earlier{background:var(--line);border-color:var(--muted)}",
      ".swatch-this{background:var(--accent);opacity:.6;border-color:var(--accent)}",
      ".swatch-baseline{width:0;border:none;border-left:2px dashed var(--ink);margin-left:6px}",
      "");

  /** The network page: heatmap, spread, areas table. */
  static final String NETWORK = String.join("\n",
      "td.heat{text-align:center;width:11%}.heat-0{background:#fff;color:var(--muted)}.heat-1{background:#e6eef7}.heat-2{background:#c6d8ee}",
      ".heat-3{background:#93b6df}.heat-4{background:#1c6aa8;color:#fff}.heat-5{background:#152a5c;color:#fff}",
      "svg .iqr{fill:rgba(28,106,168,.22)}svg .median{stroke:var(--ink);stroke-width:2}svg.trend-small .trend{stroke-width:1.5}",
      "table.areas .area-code{font-weight:400;color:var(--muted);font-size:.85em}table.areas thead th{white-space:normal}",
      "td.withheld{color:var(--muted);font-style:italic}details.group{margin:.6em 0}details.group summary{cursor:pointer;font-weight:600}",
      ".scroll{overflow-x:auto}table.areas{font-size:.85rem}table.areas td,table.areas th{white-space:nowrap}",
      "");

  /** Print on A4. */
  static final String PRINT = String.join("\n",
      "@media print{section{break-inside:avoid;border:none}article.goal{break-inside:avoid}body{background:#fff}table.indicators{font-size:.75rem}table.indicators td.num{white-space:normal}table.indicators td.chart{min-width:0}table.indicators .small{font-size:.9em}}",
      "");

  /** The whole sheet, in cascade order. */
  static final String CSS = BASE + AREA + CHARTS + NETWORK + PRINT;
}
