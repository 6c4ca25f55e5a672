package com.creatorcompass.graphql.reads;

import com.creatorcompass.contracts.query.GrowthPoint;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The GraphQL {@code GrowthColumns}: growth points turned into one list per field, the shape a chart
 * draws. 90 points cost nine lists of scalars instead of 810 resolved fields and their keys.
 */
public record GrowthColumns(
        List<LocalDate> periodStart,
        List<LocalDate> closingDay,
        List<Long> followers,
        List<Long> likes,
        List<Long> videos,
        List<Long> followersDelta,
        List<Long> likesDelta,
        List<Long> videosDelta,
        List<Boolean> restsOnRounded) {

    public static GrowthColumns of(List<GrowthPoint> points) {
        return new GrowthColumns(
                column(points, GrowthPoint::periodStart),
                column(points, GrowthPoint::closingDay),
                column(points, GrowthPoint::followers),
                column(points, GrowthPoint::likes),
                column(points, GrowthPoint::videos),
                column(points, GrowthPoint::followersDelta),
                column(points, GrowthPoint::likesDelta),
                column(points, GrowthPoint::videosDelta),
                column(points, GrowthPoint::restsOnRounded));
    }

    /** A column may hold nulls (a first delta), which {@code Stream.toList} keeps. */
    private static <T> List<T> column(List<GrowthPoint> points, Function<GrowthPoint, T> field) {
        return points.stream().map(field).toList();
    }
}
