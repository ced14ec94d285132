-- Idempotency keys expire after hamerslag.idempotency.retention (counted from created_at, the claim), and a key
-- left without an answer by a crash is taken over after hamerslag.idempotency.in-progress-timeout. claim_id names
-- the request that holds the key, so that a request overtaken by such a takeover does not overwrite the answer.
alter table idempotent_request add column claim_id uuid;

-- the cleanup deletes by age
create index idempotent_request_created_at on idempotent_request (created_at);
