-- Governance: the "Safe to share?" recommendations tracker, its forums, the Vulnerability Board
-- packs and the frozen progress reports. Portable SQL for H2 (PostgreSQL mode) and PostgreSQL.
-- Nothing here is ever updated in place: every change is a new row, so the tracker as it stood on
-- any date can be rebuilt and every change is its own history.

-- The report's eight recommendations and three actions, in SafeShare's own words (reference data).
CREATE TABLE gov_item (
    code       VARCHAR(4)   PRIMARY KEY,
    seq        INTEGER      NOT NULL UNIQUE,
    kind       VARCHAR(20)  NOT NULL,
    num        INTEGER      NOT NULL,
    title      VARCHAR(200) NOT NULL,
    summary    TEXT         NOT NULL,
    addressees VARCHAR(300) NOT NULL
);
INSERT INTO gov_item (code, seq, kind, num, title, summary, addressees) VALUES
('R1', 1, 'RECOMMENDATION', 1, 'Stop sharing on doubts alone',
 'Until the law and policy are reviewed, officers who only have concerns or doubts about a domestic abuse victim''s immigration status should stop passing their information to Immigration Enforcement at once, and instead put the victim in touch with a third party that can advise and speak for them. It does not cover cases where there is evidence of an immigration offence.',
 'Chief constables'),
('R2', 2, 'RECOMMENDATION', 2, 'Review the law and policy, and consider a firewall',
 'Review the legal and policy framework so that police, other public services and immigration authorities know their priorities for migrant victims and witnesses; define and consider a firewall between police and immigration enforcement; consult victims'' groups; publish the conclusions with an equality impact assessment within six months.',
 'Home Office'),
('R3', 3, 'RECOMMENDATION', 3, 'A national safeguarding protocol',
 'Agree a safeguarding protocol between the Home Office and the police for all migrant victims and witnesses: who does what, when information may be shared and why, telling victims what is shared, data protection governance, MARACs, access to specialist support, and publicity so that victims trust the safe reporting pathways. The NPCC should then put it into practice across England and Wales.',
 'Home Office and the National Police Chiefs'' Council'),
('R4', 4, 'RECOMMENDATION', 4, 'Safe reporting pathways in every force',
 'Working with specialist organisations, make sure every migrant victim and witness is supported through safe reporting pathways: a policy and practice framework for officers, victim and witness policies that say when information is shared and tell people so, pathways to specialist organisations, training that separates modern slavery from domestic abuse responses, and regular outreach.',
 'Chief constables'),
('R5', 5, 'RECOMMENDATION', 5, 'Build confidence in reporting',
 'With specialist organisations, promote migrant victims'' and witnesses'' confidence that they can report crime through safe pathways without their immigration status being put first.',
 'Chief constables and police and crime commissioners'),
('R6', 6, 'RECOMMENDATION', 6, 'Assess local specialist support',
 'Assess how well victims can reach specialist support organisations and networks locally, and take the steps needed to build them up.',
 'Police and crime commissioners'),
('R7', 7, 'RECOMMENDATION', 7, 'Record and monitor information sharing',
 'Improve how information shared with the police is recorded and assured: record the status, ethnicity and nationality of people referred to immigration enforcement and whether they are victims, offenders or both, and monitor checks of police systems for immigration purposes, including live immigration markers, so that the public can see that everyone is treated fairly.',
 'Home Office'),
('R8', 8, 'RECOMMENDATION', 8, 'Report progress within six months',
 'Every body that received a recommendation tells the inspectorate how far it has got in putting it into practice within six months of the report''s publication.',
 'All recipients of recommendations'),
('A1', 9, 'ACTION', 1, 'Immigration status in risk assessment',
 'Work with others on how domestic abuse risk assessment tools used by the police and partners can include immigration status as a risk factor.',
 'College of Policing'),
('A2', 10, 'ACTION', 2, 'Consistent guidance and training',
 'When guidance and training are updated, make the message consistent: policing balances safeguarding a victim or witness against the national interest in investigating crime.',
 'College of Policing'),
('A3', 11, 'ACTION', 3, 'Future inspection',
 'Subject to Home Office funding, consider whether future inspection or monitoring should look at how forces have dealt with the issues the super-complaint raised.',
 'HMICFRS');

-- What this force and its OPCC say and decide about an item. The newest row is the item now.
CREATE TABLE gov_item_state (
    id              UUID         PRIMARY KEY,
    item_code       VARCHAR(4)   NOT NULL REFERENCES gov_item (code),
    applies_to      VARCHAR(20)  NOT NULL,
    force_response  TEXT,
    opcc_response   TEXT,
    rag_override    VARCHAR(10),
    override_reason TEXT,
    changed_by      VARCHAR(100) NOT NULL,
    changed_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX gov_item_state_item ON gov_item_state (item_code, changed_at);
INSERT INTO gov_item_state (id, item_code, applies_to, changed_by, changed_at) VALUES
('00000000-0000-0000-0000-0000000000a1', 'R1', 'FORCE',   'system', TIMESTAMP WITH TIME ZONE '2020-12-17 00:00:00+00'),
('00000000-0000-0000-0000-0000000000a2', 'R2', 'NEITHER', 'system', TIMESTAMP WITH TIME ZONE '2020-12-17 00:00:00+00'),
('00000000-0000-0000-0000-0000000000a3', 'R3', 'NEITHER', 'system', TIMESTAMP WITH TIME ZONE '2020-12-17 00:00:00+00'),
('00000000-0000-0000-0000-0000000000a4', 'R4', 'FORCE',   'system', TIMESTAMP WITH TIME ZONE '2020-12-17 00:00:00+00'),
('00000000-0000-0000-0000-0000000000a5', 'R5', 'BOTH',    'system', TIMESTAMP WITH TIME ZONE '2020-12-17 00:00:00+00'),
('00000000-0000-0000-0000-0000000000a6', 'R6', 'OPCC',    'system', TIMESTAMP WITH TIME ZONE '2020-12-17 00:00:00+00'),
('00000000-0000-0000-0000-0000000000a7', 'R7', 'NEITHER', 'system', TIMESTAMP WITH TIME ZONE '2020-12-17 00:00:00+00'),
('00000000-0000-0000-0000-0000000000a8', 'R8', 'BOTH',    'system', TIMESTAMP WITH TIME ZONE '2020-12-17 00:00:00+00'),
('00000000-0000-0000-0000-0000000000a9', 'A1', 'NEITHER', 'system', TIMESTAMP WITH TIME ZONE '2020-12-17 00:00:00+00'),
('00000000-0000-0000-0000-0000000000aa', 'A2', 'NEITHER', 'system', TIMESTAMP WITH TIME ZONE '2020-12-17 00:00:00+00'),
('00000000-0000-0000-0000-0000000000ab', 'A3', 'NEITHER', 'system', TIMESTAMP WITH TIME ZONE '2020-12-17 00:00:00+00');

-- Forum meetings: the Safe to Share working group and the Vulnerability Board.
CREATE TABLE gov_meeting (
    id          UUID         PRIMARY KEY,
    forum       VARCHAR(30)  NOT NULL,
    held_on     DATE         NOT NULL,
    attendees   TEXT         NOT NULL,
    decisions   TEXT,
    minutes     TEXT,
    recorded_by VARCHAR(100) NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE TABLE gov_meeting_item (
    meeting_id UUID       NOT NULL REFERENCES gov_meeting (id),
    item_code  VARCHAR(4) NOT NULL REFERENCES gov_item (code),
    PRIMARY KEY (meeting_id, item_code)
);

-- An action on an item; the newest gov_action_state row is the action now.
CREATE TABLE gov_action (
    id         UUID         PRIMARY KEY,
    item_code  VARCHAR(4)   NOT NULL REFERENCES gov_item (code),
    meeting_id UUID         REFERENCES gov_meeting (id),
    created_by VARCHAR(100) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE TABLE gov_action_state (
    id          UUID         PRIMARY KEY,
    action_id   UUID         NOT NULL REFERENCES gov_action (id),
    description TEXT         NOT NULL,
    owner_user  VARCHAR(100),
    owner_role  VARCHAR(200),
    due_on      DATE         NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    changed_by  VARCHAR(100) NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX gov_action_state_action ON gov_action_state (action_id, changed_at);
CREATE TABLE gov_action_update (
    id          UUID         PRIMARY KEY,
    action_id   UUID         NOT NULL REFERENCES gov_action (id),
    update_on   DATE         NOT NULL,
    note        TEXT         NOT NULL,
    recorded_by VARCHAR(100) NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Every change, in words, for the history pages and "changes since the last pack".
CREATE TABLE gov_change (
    id         UUID         PRIMARY KEY,
    item_code  VARCHAR(4)   REFERENCES gov_item (code),
    action_id  UUID,
    changed_by VARCHAR(100) NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    summary    TEXT         NOT NULL
);
CREATE INDEX gov_change_at ON gov_change (changed_at);

-- Vulnerability Board packs and progress reports, frozen when made: content is the JSON document,
-- sha256 its digest. Neither is ever updated or deleted.
CREATE TABLE gov_pack (
    id           UUID         PRIMARY KEY,
    generated_by VARCHAR(100) NOT NULL,
    generated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    content      TEXT         NOT NULL,
    sha256       VARCHAR(64)  NOT NULL
);
CREATE TABLE gov_report (
    id           UUID         PRIMARY KEY,
    as_of        DATE         NOT NULL,
    title        VARCHAR(200) NOT NULL,
    generated_by VARCHAR(100) NOT NULL,
    generated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    content      TEXT         NOT NULL,
    sha256       VARCHAR(64)  NOT NULL
);
