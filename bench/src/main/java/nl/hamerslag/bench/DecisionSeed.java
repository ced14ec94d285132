package nl.hamerslag.bench;

import nl.hamerslag.launcher.RunningSystem;

import java.net.http.HttpClient;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Agenda items a decision can be recorded on, made before the load and not measured: openbaar college proposals
 * (no financial or legal consequences, so their route is the manager and the municipal secretary) drafted, given a
 * one-page PDF, submitted and signed, then put on the agendas of college meetings that are published and opened.
 * A meeting holds at most 50 items (MeetingLimits.ITEMS), so item j goes to meeting j mod M of M = ⌈n/50⌉:
 * consecutive requests of the load then fall on different meetings. Straight to each service's own port, several
 * at a time, so the seeding is as short as the machine allows.
 */
final class DecisionSeed {

    static final int ITEMS_PER_MEETING = 50;
    private static final int WORKERS = 12;
    static final String PROPOSAL = """
            {"type":"COLLEGE_PROPOSAL","title":"Bankjes in het stadspark","summary":"Twintig nieuwe bankjes.",
             "portfolioHolder":"Wethouder Ruimte","department":"Ruimte","confidentiality":"openbaar",
             "financialConsequences":false,"legalConsequences":false,"decidingBody":"COLLEGE"}""";

    /** One agenda item, open for a decision. */
    record Item(String meetingId, String itemId) {
    }

    private final Api drafting;
    private final SignOff approval;
    private final MeetingApi meetings;

    DecisionSeed(RunningSystem system) {
        this.drafting = new Api(system.serviceUrl("drafting"), system);
        this.approval = new SignOff(new Api(system.serviceUrl("approval"), system), system);
        this.meetings = new MeetingApi(system.serviceUrl("meeting"), system);
    }

    /** {@code count} undecided items on opened meetings, in the order the load should decide them. */
    List<Item> items(int count) throws Exception {
        String[] approved = new String[count];
        AtomicInteger next = new AtomicInteger();
        inParallel(WORKERS, WORKERS, w -> () -> {
            HttpClient http = LoadGenerator.client();
            for (int j = next.getAndIncrement(); j < count; j = next.getAndIncrement()) {
                approved[j] = drafting.submittedOne(http, PROPOSAL, OnePagePdf.BYTES);
                approval.signAll(http, approved[j]);
            }
            return null;
        });
        return onAgendas(meetings, Arrays.asList(approved), WORKERS);
    }

    /**
     * The approved proposals on the agendas of new college meetings (item j on meeting j mod M), each meeting
     * filled by one worker, then published and opened. Returns the items in the order of {@code proposalIds}.
     */
    static List<Item> onAgendas(MeetingApi meetings, List<String> proposalIds, int workers) throws Exception {
        int m = meetingsFor(proposalIds.size());
        Item[] items = new Item[proposalIds.size()];
        inParallel(Math.min(workers, m), m, meeting -> () -> {
            HttpClient http = LoadGenerator.client();
            String meetingId = meetings.planOne(http);
            for (int j = meeting; j < items.length; j += m) {
                items[j] = new Item(meetingId, meetings.scheduleOne(http, meetingId, proposalIds.get(j)));
            }
            meetings.publishAndOpen(http, meetingId);
            return null;
        });
        return List.of(items);
    }

    static int meetingsFor(int items) {
        return (items + ITEMS_PER_MEETING - 1) / ITEMS_PER_MEETING;
    }

    @FunctionalInterface
    private interface Task {
        Callable<Void> number(int n);
    }

    /** Tasks 0..count-1 on {@code threads} threads; the first failure ends the seeding (the others are interrupted). */
    private static void inParallel(int threads, int count, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            CompletionService<Void> done = new ExecutorCompletionService<>(pool);
            for (int n = 0; n < count; n++) {
                done.submit(task.number(n));
            }
            for (int n = 0; n < count; n++) {
                done.take().get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
