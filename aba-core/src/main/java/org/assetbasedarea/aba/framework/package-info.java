/**
 * A framework is data, not an enum: its groupings, actions, outcomes and indicator definitions,
 * with the built-in {@code aba-2020} and a registry to look frameworks up by id.
 */
@AbaStyle
@NullMarked
package org.assetbasedarea.aba.framework;

import org.jspecify.annotations.NullMarked;
