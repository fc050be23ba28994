/**
 * An area's self-assessment against a framework: the area, who took part, and a rating with
 * evidence for each assessed action. Constraints are Jakarta annotations on the getters.
 */
@AbaStyle
@NullMarked
package org.assetbasedarea.aba.assessment;

import org.jspecify.annotations.NullMarked;
