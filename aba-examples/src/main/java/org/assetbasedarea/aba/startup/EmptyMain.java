package org.assetbasedarea.aba.startup;

/**
 * Does nothing. {@code java -cp aba.jar org.assetbasedarea.aba.startup.EmptyMain} is the baseline
 * that {@code java -jar aba.jar score FILE} is measured against (see {@code docs/performance.md}).
 */
public final class EmptyMain {
  private EmptyMain() {}

  /**
   * Returns at once.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // The floor: JVM start, opening the jar, loading this class, exiting.
  }
}
