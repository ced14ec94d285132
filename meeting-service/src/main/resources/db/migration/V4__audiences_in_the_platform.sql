-- The audiences of proposals moved to the platform's tables (audience_proposal, audience_seat,
-- audience_named; platform migration V5, which runs before this one): what meeting knew is kept.
-- A ready_proposal row known only from approval's events (no submission yet) has no audience row:
-- the platform fails closed for it, as meeting did.
insert into audience_proposal (proposal_id, confidentiality, author, department, deciding_body)
select proposal_id, confidentiality, author, department, deciding_body from ready_proposal
where confidentiality is not null and author is not null
on conflict (proposal_id) do nothing;
insert into audience_seat (proposal_id, role, department) select proposal_id, role, department from proposal_seat;
insert into audience_named (proposal_id, subject) select proposal_id, subject from proposal_named on conflict do nothing;
drop table proposal_seat;
drop table proposal_named;
