package com.creatorcompass.contracts.query;

import java.time.LocalDate;

/** The hashtags with the most views over the days [from, to]; answered with {@link HashtagTrendsFound}. */
public record FindHashtagTrends(LocalDate from, LocalDate to, int first) {}
