-- A sign-in session: one sign-in and the chain of refresh tokens rotated from it (a token family).
-- Only the newest token of a family may be traded (current_token); presenting an older one is
-- reuse, and ends the family. ends_at is the absolute lifetime: no refresh moves it.
create table auth.sign_in_session (
    session_id    uuid primary key,
    user_id       varchar(64)  not null,
    email         varchar(320) not null,
    started_at    timestamptz  not null,
    ends_at       timestamptz  not null,
    last_used_at  timestamptz  not null,
    current_token uuid         not null,
    client        varchar(200),
    ended_at      timestamptz,
    end_reason    varchar(16),
    constraint ended_with_reason check ((ended_at is null) = (end_reason is null))
);

create index sign_in_session_live_by_user on auth.sign_in_session (user_id, started_at desc) where ended_at is null;
create index sign_in_session_by_email on auth.sign_in_session (email) where ended_at is null;
