package com.creatorcompass.command.user;

import com.creatorcompass.contracts.creator.ProfileSnapshotRecorded;
import com.creatorcompass.contracts.user.ConfirmTikTokAccount;
import com.creatorcompass.contracts.user.TikTokAccountLinked;
import com.creatorcompass.contracts.user.TikTokAccountVerified;
import com.creatorcompass.contracts.user.TikTokVerificationCodeIssued;
import java.util.List;
import java.util.Locale;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Proves linked TikTok accounts: whenever a scrape records a profile whose bio may hold a code, each
 * user waiting to prove that handle is sent {@link ConfirmTikTokAccount} with the bio, and their
 * account decides. A tracking processor of its own: a scrape is never held up or rolled back by it.
 */
@ProcessingGroup(AccountVerificationPolicy.PROCESSOR)
public class AccountVerificationPolicy {

    public static final String PROCESSOR = "account-verification";

    private final JdbcTemplate jdbc;
    private final CommandGateway commands;

    public AccountVerificationPolicy(JdbcTemplate jdbc, CommandGateway commands) {
        this.jdbc = jdbc;
        this.commands = commands;
    }

    @EventHandler
    void on(TikTokVerificationCodeIssued event) {
        jdbc.update(
                "insert into command_model.pending_account_verification (user_id, handle) values (?, ?) "
                        + "on conflict (user_id) do update set handle = excluded.handle",
                event.userId(),
                event.handle());
    }

    @EventHandler
    void on(TikTokAccountLinked event) {
        // Its code follows in the same command; until then nothing of the earlier link is pending.
        jdbc.update("delete from command_model.pending_account_verification where user_id = ?", event.userId());
    }

    @EventHandler
    void on(TikTokAccountVerified event) {
        jdbc.update("delete from command_model.pending_account_verification where user_id = ?", event.userId());
    }

    @EventHandler
    void on(ProfileSnapshotRecorded profile) {
        // Nearly every bio holds no code at all: those cost no query.
        if (profile.observation().bio() == null
                || !profile.observation().bio().toLowerCase(Locale.ROOT).contains(VerificationCodes.PREFIX)) {
            return;
        }
        List<String[]> waiting = jdbc.query(
                "select p.user_id, p.handle from command_model.pending_account_verification p "
                        + "join command_model.handle_claim c on c.handle = p.handle where c.creator_id = ?",
                (row, n) -> new String[] {row.getString(1), row.getString(2)},
                profile.creatorId());
        for (String[] user : waiting) {
            commands.sendAndWait(new ConfirmTikTokAccount(
                    user[0], user[1], profile.observation().bio(), profile.scrapeId(), profile.capturedAt()));
        }
    }
}
