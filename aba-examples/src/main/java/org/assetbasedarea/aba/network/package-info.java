/**
 * The network view of many areas: {@link org.assetbasedarea.aba.network.NetworkAccumulator} takes
 * score reports (and outcome reports) one at a time, keeping only compact figures per area, and
 * computes a {@link org.assetbasedarea.aba.network.NetworkView}: heatmaps of effective ratings,
 * the spread of percentages, peer groups (pooled or withheld under a minimum size), each area's
 * position, the weakest and most improved actions and the change over the years. The tool's own
 * report (see docs/network.md), not a library contract.
 */
@NullMarked
package org.assetbasedarea.aba.network;

import org.jspecify.annotations.NullMarked;
