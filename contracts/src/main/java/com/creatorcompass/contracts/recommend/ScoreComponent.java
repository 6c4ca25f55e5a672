package com.creatorcompass.contracts.recommend;

/**
 * One part of a similarity score: how close the two creators are on it (0 to 1) and the weight it
 * carries (the weights of a score's components sum to 1). Names: TOPIC, SIZE, ENGAGEMENT, GROWTH,
 * AUDIENCE.
 */
public record ScoreComponent(String name, double similarity, double weight) {

    public double contribution() {
        return similarity * weight;
    }
}
