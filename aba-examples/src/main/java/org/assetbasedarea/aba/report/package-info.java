/**
 * Self-contained HTML reports of areas: inline CSS and inline SVG charts (a radar of the actions,
 * grouping bars, progress over time, outcome intervals), no scripts and no network. Entry point:
 * {@link org.assetbasedarea.aba.report.HtmlReport}.
 */
@NullMarked
package org.assetbasedarea.aba.report;

import org.jspecify.annotations.NullMarked;
