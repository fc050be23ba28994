/**
 * Runnable examples of embedding the library: the README's quick start ({@link
 * org.assetbasedarea.aba.examples.QuickStartExample}) and a research script that writes a tidy CSV
 * ({@link org.assetbasedarea.aba.examples.ResearchExample}). Embedding in a council case system is
 * shown by a whole application, the case service ({@code org.assetbasedarea.aba.examples.service}).
 */
@NullMarked
package org.assetbasedarea.aba.examples;

import org.jspecify.annotations.NullMarked;
