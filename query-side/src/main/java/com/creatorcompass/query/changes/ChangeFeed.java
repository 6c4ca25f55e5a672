package com.creatorcompass.query.changes;

import com.creatorcompass.contracts.query.ReadModelNews;
import com.creatorcompass.query.notices.NoticeChannel;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Hears {@link ChangeNotifier}'s notices in an API process and passes them on as {@link ReadModelNews}:
 * which creators changed, that everything may have changed (a replay, or listening again after a gap
 * in which notices were lost), or that changes cannot be heard now.
 */
public class ChangeFeed implements NoticeChannel {

    private final Consumer<ReadModelNews> news;

    public ChangeFeed(Consumer<ReadModelNews> news) {
        this.news = news;
    }

    @Override
    public String channel() {
        return ChangeNotifier.CHANNEL;
    }

    @Override
    public void heard(String payload) {
        news.accept(read(payload));
    }

    @Override
    public void listening() {
        news.accept(new ReadModelNews.EverythingChanged());
    }

    @Override
    public void deaf() {
        news.accept(new ReadModelNews.ChangesUnheard());
    }

    static ReadModelNews read(String payload) {
        if (payload == null || payload.isBlank() || payload.equals(ChangeNotifier.EVERYTHING)) {
            return new ReadModelNews.EverythingChanged();
        }
        Set<String> creatorIds = Arrays.stream(payload.split(ChangeNotifier.SEPARATOR))
                .filter(id -> !id.isBlank())
                .collect(Collectors.toSet());
        return new ReadModelNews.CreatorsChanged(creatorIds);
    }
}
