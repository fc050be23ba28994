/**
 * Writing output files so that nothing is lost: {@link org.assetbasedarea.aba.files.SafeFiles}.
 */
@NullMarked
package org.assetbasedarea.aba.files;

import org.jspecify.annotations.NullMarked;
