package org.assetbasedarea.aba.cli;

/** Output formats of {@code score}, {@code compare} and {@code framework}. */
enum Format {
  text,
  json
}
