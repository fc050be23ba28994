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

  /** Charts (inline SVG) and their keys. */
  static final String CHARTS = String.join("\n",
      ".two{display:flex;gap:16px;flex-wrap:wrap;align-items:center}",
      ".legend{flex:1 1 160px;max-width:240px}.legend p{margin:.3em 0}",
      ".key{display:inline-block;width:22px;height:12px;margin-right:8px;vertical-align:middle}",
      ".key-rating{border:2px dashed #6b7380}",
      ".key-effective{background:rgba(28,106,168,.35);border:2px solid var(--accent)}",
      "svg{max-width:100%;height:auto;font-family:inherit}",
      "svg .ring{fill:none;stroke:var(--line)}svg .axis{stroke:var(--line)}",
      "svg .ring-label,svg .tick,svg .threshold-label,svg .zone-label{font-size:11px;fill:var(--muted)}",
      "svg .axis-label{font-size:12px;fill:var(--ink)}svg .axis-label.not-assessed{fill:var(--muted);font-style:italic}",
      "svg polygon.rating{fill:none;stroke:#6b7380;stroke-width:2;stroke-dasharray:6 4}",
      "svg polygon.effective{fill:rgba(28,106,168,.30);stroke:var(--accent);stroke-width:2.5}",
      "svg .track{fill:#eef1f5}svg .bar{fill:var(--none);stroke:var(--ink);stroke-width:1}",
      "svg .bar.band-starting{fill:var(--starting)}svg .bar.band-emerging{fill:var(--emerging)}",
      "svg .bar.band-established{fill:var(--established)}svg .bar.band-asset-based{fill:var(--asset-based)}",
      "svg .threshold{stroke:var(--muted);stroke-dasharray:3 3}",
      "svg .bar-label{font-size:13px;fill:var(--ink)}svg .bar-value{font-size:13px;font-weight:700;fill:var(--ink)}",
      "svg .zone{opacity:.35}svg .zone.band-starting{fill:var(--starting)}svg .zone.band-emerging{fill:var(--emerging)}",
      "svg .zone.band-established{fill:var(--established)}svg .zone.band-asset-based{fill:var(--asset-based)}",
      "svg .trend{fill:none;stroke:var(--accent);stroke-width:3}svg .point{fill:var(--accent)}",
      "svg .point-label{font-size:12px;font-weight:700;fill:var(--ink)}",
      "svg .scale{stroke:var(--line);stroke-width:2}svg .ci{fill:rgba(28,106,168,.3)}svg .earlier{fill:rgba(90,90,90,.18)}svg .earlier-estimate{fill:#6b7380}abbr.marker{text-decoration:none;font-weight:700}td.chart{min-width:160px}",
      "svg .baseline{stroke:var(--ink);stroke-width:2;stroke-dasharray:4 2}svg .estimate{fill:var(--accent)}",
      "");

  /**
   * The network page: heatmap, spread, areas table. On a phone (a screen up to 640 px wide) the
   * wide tables reflow: each row of the heatmap and of the spread puts its name on a line of its
   * own above its figures, and each area becomes a card whose figures are labelled by the areas
   * table's column headers (the labels are hidden from screen readers, which read the headers).
   * Printed on A4, the tables keep within the margins, rows are not split, and the peer groups'
   * details print open.
   */
  static final String NETWORK = String.join("\n",
      "td.heat{text-align:center;width:11%}.heat-0{background:#fff;color:var(--muted)}.heat-1{background:#e6eef7}.heat-2{background:#c6d8ee}",
      ".heat-3{background:#93b6df}.heat-4{background:#1c6aa8;color:#fff}.heat-5{background:#152a5c;color:#fff}",
      "table.heatmap thead th+th{text-align:center}main.network th.num{text-align:right}",
      ".heat-key{display:flex;flex-wrap:wrap;gap:4px 6px;align-items:center;font-size:.85rem;margin:.4em 0}",
      ".heat-key .heat{display:inline-block;padding:0 8px;border:1px solid var(--line);border-radius:3px}.heat-key-title{font-weight:600}",
      "svg .iqr{fill:rgba(28,106,168,.22)}svg .median{stroke:var(--ink);stroke-width:2}svg.box .iqr{fill:#5b8cc4}svg.box .quarter{stroke:#9aa3af;stroke-width:1}",
      "svg.trend-small .trend{stroke-width:1.5}figure.over-time{margin:0}svg.over-time .tick{font-size:13px}",
      ".chart-key{display:flex;flex-wrap:wrap;gap:4px 20px;align-items:center;font-size:.9rem}",
      ".key-median{height:0;border-top:3px solid var(--accent)}.key-middle-half{background:rgba(28,106,168,.22);border:1px solid #9fb8d3}",
      "td.withheld{color:var(--muted);font-style:italic}details.group,details.analysts{margin:.6em 0}",
      "details.group summary,details.analysts summary{cursor:pointer;font-weight:600}",
      "table.weakest tbody th,table.improved tbody th{font-weight:400}main.network th,main.network td{overflow-wrap:break-word}",
      "table.areas{font-size:.85rem}table.areas .area-code,table.areas .date{font-weight:400;color:var(--muted);font-size:.85em}",
      "table.areas th,table.areas td{padding:6px}table.areas td.num{white-space:nowrap}table.areas tbody th{min-width:9em}",
      // a phone: each row's name on a line of its own above its figures
      "@media screen and (max-width:640px){",
      "header.network{padding:14px 12px 0}main.network{padding:0 10px}main.network section{padding:14px 12px;margin:12px 0}",
      "main.network th,main.network td{padding:6px 5px}table.stack td.num,table.stack th.num{text-align:left}",
      "table.stack,table.stack thead,table.stack tbody,table.stack caption{display:block}",
      "table.stack tr{display:grid;border-bottom:1px solid var(--line)}table.stack th,table.stack td{border-bottom:0;min-width:0}",
      "table.stack tbody th{grid-column:1/-1;padding-bottom:0;overflow-wrap:anywhere}table.stack td.heat{width:auto}",
      "table.stack thead th:first-child,table.areas thead{position:absolute;width:1px;height:1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}",
      "table.heatmap tr{grid-template-columns:repeat(4,minmax(0,1fr)) minmax(0,1.4fr)}table.heatmap thead th{font-size:.85rem;padding:6px 2px}",
      "table.spread tr,table.spread-groupings tr{grid-template-columns:repeat(4,minmax(0,1fr))}",
      "table.spread th:last-child,table.spread-groupings th:last-child,table.stack td.bar{grid-column:1/-1}",
      "table.heatmap td.heat{text-align:center}table.stack td.bar svg{width:100%}table.stack td[colspan=\"3\"]{grid-column:span 3}",
      "table.groups tr{grid-template-columns:minmax(0,1fr) minmax(0,3fr)}",
      "table.years,table.years thead,table.years tbody,table.years caption{display:block}",
      "table.years tr{display:grid;grid-template-columns:repeat(2,minmax(0,.75fr)) repeat(3,minmax(0,1fr));border-bottom:1px solid var(--line)}",
      "table.years th,table.years td{border-bottom:0;min-width:0;padding:6px 3px}table.years thead th{font-size:.8rem;overflow-wrap:anywhere}",
      "table.years td.num,table.years th.num{text-align:left}table.years td[colspan=\"3\"]{grid-column:span 3}",
      "table.weakest,table.improved,table.outcomes{font-size:.85rem}table.weakest th,table.weakest td,table.improved th,table.improved td{padding:6px 3px}",
      "svg.over-time .tick{font-size:24px}svg.over-time .trend{stroke-width:5}",
      "}",
      // a phone or a tablet: each area a card of labelled figures, as many to a line as fit
      "@media screen and (max-width:1020px){",
      "table.areas,table.areas tbody,table.areas caption{display:block}",
      "table.areas thead{position:absolute;width:1px;height:1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}",
      "table.areas tr{display:flex;flex-wrap:wrap;gap:6px 12px;padding:10px 0;border-bottom:1px solid var(--line)}",
      "table.areas th,table.areas td{border:0;padding:0;text-align:left;min-width:0}",
      "table.areas tbody th{flex:1 1 100%;overflow-wrap:anywhere}table.areas td{flex:1 1 6.5em}",
      // the change beside the first and latest results, the band beside the trend
      "table.areas td:nth-of-type(1){flex-basis:14em}table.areas td:nth-of-type(5){min-width:max-content;order:1}",
      "table.areas td:nth-of-type(7){order:1}table.areas td:nth-of-type(8){flex-basis:11em;order:1}table.areas svg.trend-small{width:120px}",
      "table.areas td::before{display:block;font-size:.85em;font-weight:600;color:var(--muted)}",
      "table.areas td:nth-of-type(1)::before{content:\"Group\" / \"\"}table.areas td:nth-of-type(2)::before{content:\"Assessments\" / \"\"}",
      "table.areas td:nth-of-type(3)::before{content:\"First\" / \"\"}table.areas td:nth-of-type(4)::before{content:\"Latest\" / \"\"}",
      "table.areas td:nth-of-type(5)::before{content:\"Band\" / \"\"}table.areas td:nth-of-type(6)::before{content:\"Change in points\" / \"\"}",
      "table.areas td:nth-of-type(7)::before{content:\"Trend\" / \"\"}table.areas td:nth-of-type(8)::before{content:\"Against the median\" / \"\"}",
      "}",
      "@media print{",
      "header.network,main.network{max-width:none;padding:0}main.network section{break-inside:auto;border:0;border-radius:0;padding:0;margin:0 0 6mm}",
      "main.network h2,main.network caption,main.network .lede,main.network .heat-key{break-after:avoid}",
      "main.network tr,main.network svg,main.network figure,main.network .heat-key{break-inside:avoid}",
      "table.heatmap,table.spread,table.spread-groupings,table.groups,table.weakest,table.improved,table.years,table.outcomes{break-inside:avoid}",
      "main.network table{font-size:9pt}main.network th,main.network td{padding:3px 5px}",
      "main.network details::details-content{content-visibility:visible;display:block}",
      "main.network .heat,main.network .band{-webkit-print-color-adjust:exact;print-color-adjust:exact}",
      "main.network p{break-inside:avoid}main.network summary{break-after:avoid;list-style:none}main.network summary::-webkit-details-marker{display:none}",
      "table.areas{font-size:8pt}table.areas tbody th{min-width:8em}table.areas td.trend{min-width:64px}",
      "}",
      "");

  /** Print on A4. */
  static final String PRINT = String.join("\n",
      "@media print{section{break-inside:avoid;border:none}article.goal{break-inside:avoid}body{background:#fff}table.indicators{font-size:.75rem}table.indicators td.num{white-space:normal}table.indicators td.chart{min-width:0}table.indicators .small{font-size:.9em}}",
      "");

  /** The whole sheet, in cascade order. */
  static final String CSS = BASE + AREA + CHARTS + NETWORK + PRINT;
}
