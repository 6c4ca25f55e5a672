package com.creatorcompass.app.streams;

import com.creatorcompass.query.series.SeriesGeneration;
import com.creatorcompass.query.series.SeriesSink;
import com.creatorcompass.streams.runtime.CompassTopics;
import com.creatorcompass.streams.runtime.StreamsRunner;
import org.jooq.DSLContext;
import org.springframework.context.SmartLifecycle;

/**
 * The live stream generation in this process: the topology and the sink that upserts its outputs into
 * the series tables. A replay hands over a new generation with {@link #replaceWith}.
 */
public class StreamPipeline implements SmartLifecycle {

    private final GenerationFactory factory;
    private final CompassTopics topics;
    private final SeriesGeneration generations;
    private final DSLContext sql;
    private StreamsRunner runner;
    private SeriesSink sink;

    public StreamPipeline(
            GenerationFactory factory, CompassTopics topics, SeriesGeneration generations, DSLContext sql) {
        this.factory = factory;
        this.topics = topics;
        this.generations = generations;
        this.sql = sql;
    }

    @Override
    public synchronized void start() {
        int generation = generations.current();
        topics.ensureGeneration(generation);
        runner = factory.runner(generation).start();
        sink = factory.liveSink(generation, sql).start();
    }

    @Override
    public synchronized void stop() {
        if (sink != null) {
            sink.close();
            sink = null;
        }
        if (runner != null) {
            runner.close();
            runner = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return runner != null;
    }

    /** After the database: the sink writes to it. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }

    public synchronized int generation() {
        return runner == null ? generations.current() : runner.generation();
    }

    /** Stops writing the live tables (a replay is about to replace their rows). */
    synchronized void pauseSink() {
        if (sink != null) {
            sink.close();
            sink = null;
        }
    }

    /** Writes the live tables again from where the paused sink stopped (a replay gave up). */
    synchronized void resumeSink() {
        if (sink == null && runner != null) {
            sink = factory.liveSink(runner.generation(), sql).start();
        }
    }

    /** Retires the running generation in favour of a replayed one and returns the retired runner, closed. */
    synchronized StreamsRunner replaceWith(StreamsRunner next) {
        StreamsRunner retired = runner;
        if (retired != null) {
            retired.close();
        }
        runner = next;
        sink = factory.liveSink(next.generation(), sql).start();
        return retired;
    }
}
