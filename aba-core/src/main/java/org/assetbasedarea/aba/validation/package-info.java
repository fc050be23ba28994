/**
 * One validator entry point, {@link org.assetbasedarea.aba.validation.AbaValidator}, returning every
 * {@link org.assetbasedarea.aba.validation.Issue} at once with a JSON Pointer and a stable code.
 */
@AbaStyle
@NullMarked
package org.assetbasedarea.aba.validation;

import org.assetbasedarea.aba.internal.AbaStyle;
import org.jspecify.annotations.NullMarked;
