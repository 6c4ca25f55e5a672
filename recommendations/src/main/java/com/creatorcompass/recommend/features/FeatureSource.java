package com.creatorcompass.recommend.features;

/** Where the feature index comes from, and the mark that moves when it would change. */
public interface FeatureSource {

    FeatureIndex read();

    String watermark();
}
