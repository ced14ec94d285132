package nl.hamerslag.publication.ori.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.hamerslag.publication.config.PublicationRules;
import nl.hamerslag.publication.ori.FeedRecord;
import nl.hamerslag.publication.ori.OriLinks;
import nl.hamerslag.publication.ori.OriResourceType;
import nl.hamerslag.publication.ori.OriResources;
import nl.hamerslag.publication.ori.OriStore;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ORI publication feed (concept 0.0.2): the service document, the feed with cursor, head and hasMore,
 * the snapshot with its feedCursor, and the feed as server-sent events. Public: no token, only what is
 * published openbaar.
 */
@RestController
@Tag(name = "ORI-publicatiefeed", description = "De publicatiefeed van Open Raadsinformatie (concept 0.0.2): alle "
        + "wijzigingen in openbare vergaderingen, agendapunten, besluiten en informatieobjecten, op volgorde van "
        + "volgnummer (sequenceNumber). Geen token nodig; alleen wat openbaar gepubliceerd is.")
class OriFeedController {

    private static final String CURSOR = "De cursor van de vorige pagina, precies zoals gegeven; weglaten om bij het "
            + "begin te starten.";
    private static final String BAD_REQUEST = "Een parameter is onbruikbaar; het antwoord (problem+json) zegt welke "
            + "en wat u kunt sturen.";

    private final OriStore store;
    private final OriLinks links;
    private final OriStream stream;
    private final PublicationRules rules;

    OriFeedController(OriStore store, OriLinks links, OriStream stream, PublicationRules rules) {
        this.store = store;
        this.links = links;
        this.stream = stream;
        this.rules = rules;
    }

    @GetMapping(path = "/api/public/ori/v1", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Servicedocument van de ORI-feed", description = "Welke organisatie publiceert, welke "
            + "resourcetypes de feed bevat, hoe ver de historie teruggaat, het epoch en de head. Ook bereikbaar als "
            + "/.well-known/ori-feed (via de gateway).")
    @ApiResponse(responseCode = "200", description = "Het servicedocument")
    ServiceDocument serviceDocument() {
        String api = links.api();
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put("feed", api + "/feed");
        paths.put("snapshot", api + "/snapshot");
        paths.put("stream", api + "/feed/stream");
        for (OriResourceType type : OriResourceType.values()) {
            paths.put(type.collection(), api + "/" + type.collection());
        }
        String organisation = rules.organisation().uri();
        return new ServiceDocument("Hamerslag ORI-publicatiefeed", "ORI publicatiefeed concept 0.0.2; resources volgens "
                + "Open Raadsinformatie 2.0.0-beta.4 met wooInformatiecategorie en webpaginaLink van mini-ORI",
                List.of(new ServiceDocument.Organisation(OriResources.organisatiecode(organisation),
                        rules.organisation().name(), organisation)),
                List.of(OriResourceType.VERGADERING.feedName(), OriResourceType.AGENDAPUNT.feedName(),
                        OriResourceType.BESLUIT.feedName(), OriResourceType.INFORMATIEOBJECT.feedName()),
                store.firstStoredAt().orElse(null), "Volledig: elke wijziging sinds de eerste publicatie; een redactie "
                        + "verwijdert eerdere records van een resource (de enige gaten in de volgnummers).",
                store.epoch(), store.head(), paths);
    }

    @GetMapping(path = "/api/public/ori/v1/feed", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "De feed", description = "Records op oplopend volgnummer: upsert (de volledige toestand, "
            + "vervangen), delete (met verwijderreden) of redact (haalt eerdere records uit de historie en noemt ze). "
            + "Ga verder met de cursor uit het antwoord zolang hasMore waar is; head is het hoogste volgnummer nu. "
            + "Een cursor van een eerder epoch (na een herbouw) geeft 409: begin dan opnieuw bij de snapshot.")
    @ApiResponse(responseCode = "200", description = "Een pagina van de feed")
    @ApiResponse(responseCode = "400", description = BAD_REQUEST)
    @ApiResponse(responseCode = "409", description = "De cursor is van voor een herbouw (ander epoch)")
    FeedPageResponse feed(
            @Parameter(description = CURSOR) @RequestParam(required = false) String cursor,
            @Parameter(description = "Hoeveel records ten hoogste (1 tot en met 1000, standaard 100)")
            @RequestParam(required = false) String limit,
            @Parameter(description = "Alleen records van deze organisatie (TOOI-code, bijvoorbeeld gm0344)")
            @RequestParam(required = false) String organisatiecode,
            @Parameter(description = "Alleen records van dit resourcetype: Vergadering, Agendapunt, Besluit, "
                    + "Informatieobject, Stemming, StemresultaatPerFractie of Fractie") @RequestParam(required = false) String resourceType) {
        int max = OriParameters.limit(limit);
        String organisation = OriParameters.organisatiecode(organisatiecode);
        OriResourceType type = OriParameters.resourceType(resourceType);
        long after = after(cursor);
        OriStore.FeedPage page = store.feed(after, max, organisation, type);
        List<FeedRecord> records = page.records();
        long next = page.hasMore() ? records.get(records.size() - 1).sequenceNumber() : Math.max(after, page.head());
        return new FeedPageResponse(records, OriCursor.feed(page.epoch(), next).encode(), page.head(), page.hasMore(),
                page.epoch());
    }

    @GetMapping(path = "/api/public/ori/v1/snapshot", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "De snapshot", description = "De huidige toestand van elke resource als upsert-record, per "
            + "pagina. De eerste pagina geeft feedCursor, vastgelegd voordat de snapshot gelezen werd: lees daarna de "
            + "feed vanaf die cursor en er valt niets tussen.")
    @ApiResponse(responseCode = "200", description = "Een pagina van de snapshot")
    @ApiResponse(responseCode = "400", description = BAD_REQUEST)
    @ApiResponse(responseCode = "409", description = "De cursor is van voor een herbouw (ander epoch)")
    SnapshotPageResponse snapshot(
            @Parameter(description = CURSOR) @RequestParam(required = false) String cursor,
            @Parameter(description = "Hoeveel records ten hoogste (1 tot en met 1000, standaard 100)")
            @RequestParam(required = false) String limit) {
        int max = OriParameters.limit(limit);
        OriCursor from = null;
        if (cursor != null && !cursor.isBlank()) {
            from = OriCursor.decodeSnapshot(cursor.trim());
            requireEpoch(from.epoch());
        }
        OriStore.SnapshotPage page = store.snapshot(from == null ? null : from.type(), from == null ? null : from.id(), max);
        List<FeedRecord> records = page.records();
        String next = null;
        if (page.hasMore()) {
            FeedRecord last = records.get(records.size() - 1);
            next = OriCursor.snapshot(page.epoch(), OriResourceType.byFeedName(last.resourceType()).orElseThrow().name(),
                    last.resource().bronidentificatie()).encode();
        }
        String feedCursor = from == null ? OriCursor.feed(page.epoch(), page.head()).encode() : null;
        return new SnapshotPageResponse(feedCursor, records, next, page.hasMore(), page.epoch());
    }

    @GetMapping(path = "/api/public/ori/v1/feed/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "De feed als server-sent events", description = "Eerst een bericht 'epoch', dan elk record "
            + "na Last-Event-ID (of na de cursor), en daarna nieuwe records zodra ze er zijn; id: is het volgnummer. "
            + "Een stroom duurt hoogstens vijf minuten; verbind opnieuw met Last-Event-ID. Na een herbouw (nieuw epoch) "
            + "sluit de stroom: begin opnieuw bij de snapshot.")
    @ApiResponse(responseCode = "200", description = "De stroom")
    @ApiResponse(responseCode = "400", description = BAD_REQUEST)
    @ApiResponse(responseCode = "409", description = "De cursor is van voor een herbouw (ander epoch)")
    SseEmitter stream(
            @Parameter(description = "Het volgnummer van het laatst ontvangen record (zoals de browser het meestuurt)")
            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
            @Parameter(description = CURSOR) @RequestParam(required = false) String cursor) {
        long after = 0;
        if (lastEventId != null && !lastEventId.isBlank()) {
            if (!lastEventId.trim().matches("\\d{1,18}")) {
                throw new InvalidOriRequest("Last-Event-ID: send the sequence number of the last record received "
                        + "(its id:), digits only.");
            }
            after = Long.parseLong(lastEventId.trim());
        } else {
            after = after(cursor);
        }
        return stream.open(after);
    }

    /** Where a feed cursor says to go on from: 0 without one; refused when it is malformed or of another epoch. */
    private long after(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        OriCursor from = OriCursor.decodeFeed(cursor.trim());
        requireEpoch(from.epoch());
        return from.sequenceNumber();
    }

    private void requireEpoch(int epoch) {
        int now = store.epoch();
        if (epoch != now) {
            throw new StaleCursor(epoch, now);
        }
    }
}
