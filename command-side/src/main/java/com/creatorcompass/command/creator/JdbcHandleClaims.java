package com.creatorcompass.command.creator;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class JdbcHandleClaims implements HandleClaims {

    private final JdbcTemplate jdbc;

    JdbcHandleClaims(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Claim claim(String handle, String candidateCreatorId) {
        // A concurrent claim of the same handle blocks here until the other transaction ends,
        // then sees its row: one owner, the rest read it.
        int inserted = jdbc.update(
                "insert into command_model.handle_claim (handle, creator_id) values (?, ?) "
                        + "on conflict (handle) do nothing",
                handle,
                candidateCreatorId);
        return inserted == 1
                ? new Claim(candidateCreatorId, true)
                : new Claim(ownerOf(handle).orElseThrow(), false);
    }

    @Override
    public Optional<String> ownerOf(String handle) {
        return jdbc
                .queryForList(
                        "select creator_id from command_model.handle_claim where handle = ?", String.class, handle)
                .stream()
                .findFirst();
    }
}
