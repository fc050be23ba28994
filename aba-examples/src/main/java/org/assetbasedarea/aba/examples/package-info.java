/**
 * Runnable examples of embedding the library: a case system that validates on write and scores on
 * read ({@link org.assetbasedarea.aba.examples.CaseSystemExample}), and a research script that
 * writes a tidy CSV ({@link org.assetbasedarea.aba.examples.ResearchExample}).
 */
@NullMarked
package org.assetbasedarea.aba.examples;

import org.jspecify.annotations.NullMarked;
