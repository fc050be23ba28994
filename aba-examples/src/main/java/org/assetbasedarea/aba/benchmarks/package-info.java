/**
 * JMH benchmarks and the measurements behind {@code docs/performance.md}: each benchmark is paired
 * with a baseline measured in the same run. Compiled in the normal build, shaded into {@code
 * target/benchmarks.jar} only, never into {@code aba.jar}.
 */
@NullMarked
package org.assetbasedarea.aba.benchmarks;

import org.jspecify.annotations.NullMarked;
