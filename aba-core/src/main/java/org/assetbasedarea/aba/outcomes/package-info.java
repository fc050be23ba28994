/**
 * Outcome inputs (people's answers to open measures, or aggregate figures) and the outcome
 * indicator statistics computed from them: means and shares with 95 per cent intervals, change
 * against a baseline, and disclosure control. Entry point: {@link
 * org.assetbasedarea.aba.outcomes.Indicators}.
 */
@AbaStyle
@NullMarked
package org.assetbasedarea.aba.outcomes;

import org.jspecify.annotations.NullMarked;
