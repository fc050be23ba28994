/**
 * One validator entry point, {@link org.assetbasedarea.aba.validation.AbaValidator}, returning every
 * {@link org.assetbasedarea.aba.issues.Issue} at once with a JSON Pointer and a stable code.
 */
@NullMarked
package org.assetbasedarea.aba.validation;

import org.jspecify.annotations.NullMarked;
