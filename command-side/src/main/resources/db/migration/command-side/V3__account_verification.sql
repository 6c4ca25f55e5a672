-- Linked TikTok accounts waiting for their code to show in a scraped bio (one per user: the current
-- link), kept by the account-verification policy; and a creator's handle found by its id.
create table command_model.pending_account_verification (
    user_id varchar(80) primary key,
    handle  varchar(24) not null
);

create index pending_account_verification_handle on command_model.pending_account_verification (handle);
create index handle_claim_creator on command_model.handle_claim (creator_id);
