/**
 * Changing an area: its improvement plans and 100-day challenges against a framework (goals with
 * targets, owners, dated steps and check-ins), drafted from an assessment and reviewed against a
 * later one. The rules are in {@code docs/plans.md}.
 */
@AbaStyle
@NullMarked
package org.assetbasedarea.aba.plan;

import org.jspecify.annotations.NullMarked;
