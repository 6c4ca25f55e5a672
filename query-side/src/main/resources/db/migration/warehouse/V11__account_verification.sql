-- Whether the user's linked TikTok account is proven theirs (its bio showed their code), and the code
-- that would prove it while it is not. Links made before codes existed stay unverified without a code.
alter table accounts.app_user
    add column tiktok_verified          boolean     not null default false,
    add column tiktok_verification_code varchar(16);
