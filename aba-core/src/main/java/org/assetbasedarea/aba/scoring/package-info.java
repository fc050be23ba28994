/**
 * Scoring an assessment under a named rule set ({@code aba-score-1} built in): effective ratings,
 * percentages, bands, status and limiters in a {@link org.assetbasedarea.aba.scoring.ScoreReport},
 * and the {@link org.assetbasedarea.aba.scoring.Progress} between two reports.
 */
@AbaStyle
@NullMarked
package org.assetbasedarea.aba.scoring;

import org.jspecify.annotations.NullMarked;
