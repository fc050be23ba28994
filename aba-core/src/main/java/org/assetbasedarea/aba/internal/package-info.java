/**
 * Implementation details shared between the library's packages. Not API: anything here may change
 * in any release.
 */
@NullMarked
package org.assetbasedarea.aba.internal;

import org.jspecify.annotations.NullMarked;
