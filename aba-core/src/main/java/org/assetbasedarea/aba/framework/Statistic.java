package org.assetbasedarea.aba.framework;

/** How an indicator turns people's answers into one area value. */
public enum Statistic {
  /** The mean of per-person values, with a normal 95 per cent interval. */
  MEAN,
  /** The share of respondents in a category, with a 95 per cent Wilson score interval. */
  SHARE
}
