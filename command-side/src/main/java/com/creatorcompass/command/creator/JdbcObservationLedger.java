package com.creatorcompass.command.creator;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class JdbcObservationLedger implements ObservationLedger {

    private final JdbcTemplate jdbc;

    JdbcObservationLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean firstRecording(String observationId, String creatorId) {
        return jdbc.update(
                        "insert into command_model.recorded_observation (observation_id, creator_id) values (?, ?) "
                                + "on conflict (observation_id) do nothing",
                        observationId,
                        creatorId)
                == 1;
    }
}
