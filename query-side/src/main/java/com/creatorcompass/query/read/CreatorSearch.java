package com.creatorcompass.query.read;

import static com.creatorcompass.query.jooq.Tables.DIM_CREATOR;

import com.creatorcompass.contracts.query.CreatorsMatched;
import com.creatorcompass.contracts.query.SearchCreators;
import java.util.Locale;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The search box over tracked creators: one statement on the creator dimension (its latest
 * observation). The handle itself ranks first, then handles and names that start with the text,
 * then any that contain it; within a rank, more followers first (unknown last).
 */
public class CreatorSearch {

    private final DSLContext sql;

    public CreatorSearch(DSLContext sql) {
        this.sql = sql;
    }

    @QueryHandler
    public CreatorsMatched handle(SearchCreators query) {
        String text = query.text().toLowerCase(Locale.ROOT);
        Field<String> nickname = DSL.lower(DIM_CREATOR.NICKNAME);
        // contains/startsWith escape the user's '%' and '_': they match themselves, never a wildcard.
        Field<Integer> rank = DSL.when(DIM_CREATOR.HANDLE.eq(text), 0)
                .when(DIM_CREATOR.HANDLE.startsWith(text), 1)
                .when(nickname.startsWith(text), 2)
                .otherwise(3);
        return new CreatorsMatched(sql.select(
                        DIM_CREATOR.HANDLE,
                        DIM_CREATOR.NICKNAME,
                        DIM_CREATOR.VERIFIED,
                        DIM_CREATOR.FOLLOWERS,
                        DIM_CREATOR.FOLLOWERS_PRECISION)
                .from(DIM_CREATOR)
                .where(DIM_CREATOR.TRACKED)
                .and(DIM_CREATOR.HANDLE.contains(text).or(nickname.contains(text)))
                .orderBy(rank, DIM_CREATOR.FOLLOWERS.desc().nullsLast(), DIM_CREATOR.HANDLE)
                .limit(query.first())
                .fetch(r -> new CreatorsMatched.Match(
                        r.value1(), r.value2(), r.value3(), CreatorHistories.count(r.value4(), r.value5()))));
    }
}
