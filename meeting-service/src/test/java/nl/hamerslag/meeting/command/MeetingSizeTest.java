package nl.hamerslag.meeting.command;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.drafting.AttachmentKind;
import nl.hamerslag.contracts.drafting.Manifest;
import nl.hamerslag.contracts.meeting.AgendaChange;
import nl.hamerslag.contracts.meeting.AgendaChanged;
import nl.hamerslag.contracts.meeting.AgendaEntry;
import nl.hamerslag.contracts.meeting.AgendaItemKind;
import nl.hamerslag.contracts.meeting.AgendaItemType;
import nl.hamerslag.contracts.meeting.DecisionOutcome;
import nl.hamerslag.contracts.meeting.DecisionTaken;
import nl.hamerslag.contracts.meeting.FollowUpAction;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The largest events a meeting can publish fit one Kafka record with half of it to spare (as ADR 0026
 * asks of a proposal): an AgendaChanged with the most items and documents an agenda may hold, and a
 * DecisionTaken with every text at its limit, each text in the character that takes the most bytes in
 * JSON (a control character, six bytes). The documents' fields are as long as drafting allows
 * (file name 255, media type 200, attachment id 64: drafting's ProposalLimits).
 */
class MeetingSizeTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int HALF_A_RECORD = (int) ProducerConfig.configDef().defaultValues()
            .get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG) / 2;

    private static String longest(int length) {
        return String.join("", Collections.nCopies(length, "\u0001"));
    }

    @Test
    void theFullestAgendaFitsHalfAKafkaRecord() {
        List<AgendaEntry> items = new ArrayList<>();
        int documentsLeft = MeetingLimits.DOCUMENTS;
        for (int i = 0; i < MeetingLimits.ITEMS; i++) {
            int documents = Math.min(documentsLeft, (MeetingLimits.DOCUMENTS + MeetingLimits.ITEMS - 1) / MeetingLimits.ITEMS);
            documentsLeft -= documents;
            List<Manifest.Entry> entries = new ArrayList<>();
            for (int d = 0; d < documents; d++) {
                entries.add(new Manifest.Entry(longest(64), AttachmentKind.ANNEX, longest(255), longest(200),
                        Long.MAX_VALUE, ContentHash.sha256("d" + i + "/" + d)));
            }
            items.add(new AgendaEntry(longest(MeetingLimits.ID), i + 1, AgendaItemKind.PROPOSAL,
                    longest(MeetingLimits.TITLE), ProposalId.newId(), AgendaItemType.DEBATE_ITEM, true,
                    Confidentiality.ZEER_GEHEIM, entries));
        }
        AgendaChanged changed = new AgendaChanged(longest(MeetingLimits.ID), DecidingBody.COMMITTEE, AgendaChange.ADDED,
                longest(MeetingLimits.ID), longest(MeetingLimits.REASON + 100), items);

        int size = JSON.writeValueAsBytes(changed).length;

        assertThat(documentsLeft).isZero();
        assertThat(size).as("AgendaChanged of %d items and %d documents", MeetingLimits.ITEMS, MeetingLimits.DOCUMENTS)
                .isLessThanOrEqualTo(HALF_A_RECORD);
    }

    @Test
    void theLargestDecisionFitsHalfAKafkaRecord() {
        List<FollowUpAction> actions = Collections.nCopies(MeetingLimits.FOLLOW_UPS, new FollowUpAction(
                longest(MeetingLimits.FOLLOW_UP_DESCRIPTION), longest(MeetingLimits.NAME), longest(MeetingLimits.NAME),
                LocalDate.MAX));
        List<ContentHash> hashes = Collections.nCopies(MeetingLimits.DOCUMENTS, ContentHash.sha256("x"));
        DecisionTaken taken = new DecisionTaken(ProposalId.newId(), longest(36), longest(MeetingLimits.ID),
                DecidingBody.COUNCIL, DecisionOutcome.AMENDED, ContentHash.sha256("v"), Instant.MAX, DecidingBody.COUNCIL,
                longest(MeetingLimits.ID), longest(MeetingLimits.TITLE), longest(MeetingLimits.DECISION_TEXT),
                longest(MeetingLimits.DECISION_TEXT), Confidentiality.ZEER_GEHEIM, LocalDate.MAX, hashes, actions);

        assertThat(JSON.writeValueAsBytes(taken).length).isLessThanOrEqualTo(HALF_A_RECORD);
    }
}
