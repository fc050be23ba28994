/**
 * The {@code aba} command-line tool: validate, score, compare, report, framework, schema, demo.
 * Entry point: {@link org.assetbasedarea.aba.cli.Aba}.
 */
@NullMarked
package org.assetbasedarea.aba.cli;

import org.jspecify.annotations.NullMarked;
