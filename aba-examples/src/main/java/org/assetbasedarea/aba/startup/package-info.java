/**
 * The floor for cold-start measurements: a main that does nothing, shipped in {@code aba.jar} so
 * that {@code java -cp aba.jar} of it pays the same JVM start and jar opening as the CLI.
 */
@NullMarked
package org.assetbasedarea.aba.startup;

import org.jspecify.annotations.NullMarked;
