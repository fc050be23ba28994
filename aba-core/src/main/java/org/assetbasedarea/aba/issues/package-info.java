/**
 * The issue vocabulary shared by every layer: an {@link org.assetbasedarea.aba.issues.Issue} (a
 * JSON Pointer, a stable {@link org.assetbasedarea.aba.issues.IssueCode} and a message).
 */
@AbaStyle
@NullMarked
package org.assetbasedarea.aba.issues;

import org.jspecify.annotations.NullMarked;
