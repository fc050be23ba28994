package org.assetbasedarea.aba.cli;

/** The {@code aba} command-line tool (placeholder until the CLI lands). */
public final class Aba {
  private Aba() {}

  /**
   * Runs the tool.
   *
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    System.out.println("aba");
  }
}
