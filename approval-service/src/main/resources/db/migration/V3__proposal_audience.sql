-- Who may see a proposal's routes (docs/decisions/0017): the facts of its latest submission. The
-- route's seats and the people named in it (signers, delegates) are read from approval_step.
create table approval_proposal (
    proposal_id     uuid         not null primary key,
    confidentiality varchar(30)  not null,
    author          varchar(255) not null,
    department      varchar(200),
    deciding_body   varchar(40)
);
