package nl.hamerslag.publication.ori;

import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.meeting.GroupResult;
import nl.hamerslag.contracts.publication.PublicDocument;
import nl.hamerslag.contracts.publication.PublicationKind;
import nl.hamerslag.publication.config.PublicationRules;
import nl.hamerslag.publication.vote.VoteSummary;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which ORI resources the public publications make, and what they say: never more than the public
 * catalogue shows, because they are made from the same events, and from nothing else.
 * <ul>
 *   <li>a publication's scope: a DECISION is a Besluit; a VOTE of the council or a committee a Stemming with
 *       a StemresultaatPerFractie per party group; every public document of any publication is an
 *       Informatieobject (its link is the public download);</li>
 *   <li>the scope {@value #FRACTIES}: a Fractie for each party group a public vote names;</li>
 *   <li>a meeting's scope, for council and committee meetings only (ORI has no meeting type for the
 *       college): the Vergadering, while any publication of it is public, and one Agendapunt per entry
 *       of its public agenda (whose text lists exactly the openbaar entries, "number. title").</li>
 * </ul>
 * Pure: the same publications give the same resources, in the same order, so content hashes and
 * sequence numbers come out the same on every rebuild.
 */
@Component
public class OriResources {

    /** The scope of every Fractie: a party group is known while a public vote names it. */
    public static final String FRACTIES = "fracties";

    /** ORI ids are at most 40 characters; ours that fit and are plain are kept, others become a name-based UUID. */
    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9._-]{1,40}");
    private static final Pattern AGENDA_LINE = Pattern.compile("(\\d{1,3})\\. (.*)");
    private static final Pattern GEMEENTE = Pattern.compile(".*/gemeente/gm(\\d{4})");

    private final OriLinks links;
    private final PublicationRules rules;

    OriResources(OriLinks links, PublicationRules rules) {
        this.links = links;
        this.rules = rules;
    }

    /** The resources of one publication's own scope (Besluit, Informatieobjecten); none once withdrawn. */
    public List<OriResource> ofPublication(OriPublication publication) {
        List<OriResource> resources = new ArrayList<>();
        String organisatiecode = organisatiecode(publication.organisation());
        if (publication.kind() == PublicationKind.DECISION) {
            String id = publication.publicationId().toString();
            Map<String, Object> besluit = head(OriResourceType.BESLUIT, id);
            besluit.put("besluitresultaat", bounded(publication.title(), 200));
            if (publication.text() != null && !publication.text().isBlank()) {
                besluit.put("besluittoelichting", bounded(publication.text(), 200));
            }
            common(besluit, publication.organisation(), publication.informationCategory(),
                    links.publicationPage(publication.publicationId()));
            resources.add(new OriResource(OriResourceType.BESLUIT, id, publication.scope(), organisatiecode, besluit));
        }
        if (publication.kind() == PublicationKind.VOTE && isCouncilMeeting(publication)) {
            VoteSummary.read(publication.text()).filter(vote -> vote.agendaNumber() != null)
                    .ifPresent(vote -> resources.addAll(stemming(publication, vote, organisatiecode)));
        }
        List<PublicDocument> documents = publication.documents();
        for (int i = 0; i < documents.size(); i++) {
            PublicDocument document = documents.get(i);
            String id = nameBased("informatieobject:" + publication.publicationId() + ":" + i);
            Map<String, Object> object = head(OriResourceType.INFORMATIEOBJECT, id);
            object.put("titel", bounded(document.name(), 200));
            informatieobjecttype(publication.kind()).ifPresent(type -> object.put("informatieobjecttype", type));
            object.put("formaat", document.mediaType());
            object.put("link", links.document(document.sha256().value()));
            object.put("taal", "dut");
            object.put("versie", bounded(Integer.toString(publication.version()), 5));
            if (isCouncilMeeting(publication)) {
                String meeting = oriId(publication.meetingId());
                object.put("vergaderingen", List.of(reference(OriResourceType.VERGADERING, meeting)));
            }
            common(object, publication.organisation(), publication.informationCategory(),
                    links.publicationPage(publication.publicationId()));
            resources.add(new OriResource(OriResourceType.INFORMATIEOBJECT, id, publication.scope(), organisatiecode,
                    object));
        }
        return resources;
    }

    /**
     * A Stemming on its Agendapunt (ORI requires one: a vote on no known agenda item makes none), and a
     * StemresultaatPerFractie per party group that took part. Individual votes (Stem) are left out: ORI names
     * a voter only as an AanwezigeDeelnemer, a resource of people we do not publish; the publication's page
     * names them.
     */
    private List<OriResource> stemming(OriPublication publication, VoteSummary vote, String organisatiecode) {
        String id = publication.publicationId().toString();
        String page = links.publicationPage(publication.publicationId());
        Map<String, Object> stemming = head(OriResourceType.STEMMING, id);
        stemming.put("agendapunt", reference(OriResourceType.AGENDAPUNT,
                agendapuntId(publication.meetingId(), Integer.toString(vote.agendaNumber()))));
        stemming.put("resultaatMondelingeStemming", switch (vote.result()) {
            case ADOPTED -> "voor";
            case REJECTED -> "tegen";
            case TIED -> "gelijk";
        });
        stemming.put("stemmingstype", vote.withoutVote() ? "regulier" : "hoofdelijk");
        common(stemming, publication.organisation(), publication.informationCategory(), page);
        List<OriResource> resources = new ArrayList<>();
        resources.add(new OriResource(OriResourceType.STEMMING, id, publication.scope(), organisatiecode, stemming));
        for (GroupResult group : vote.perGroup()) {
            String resultId = nameBased("stemresultaat:" + id + ":" + group.partyGroup());
            Map<String, Object> result = head(OriResourceType.STEMRESULTAAT_PER_FRACTIE, resultId);
            result.put("fractie", reference(OriResourceType.FRACTIE, fractieId(group.partyGroup())));
            result.put("stemming", reference(OriResourceType.STEMMING, id));
            result.put("fractiestemresultaat", group.votesAgainst() == 0 ? "aangenomen"
                    : group.votesFor() == 0 ? "verworpen" : "verdeeld");
            common(result, publication.organisation(), publication.informationCategory(), page);
            resources.add(new OriResource(OriResourceType.STEMRESULTAAT_PER_FRACTIE, resultId, publication.scope(),
                    organisatiecode, result));
        }
        return resources;
    }

    /** The Fracties the public votes name, by name, in name order; the first vote that names one gives its municipality. */
    public List<OriResource> fracties(List<OriPublication> votes) {
        Map<String, OriPublication> named = new TreeMap<>();
        votes.stream().filter(OriResources::isCouncilMeeting).sorted(Comparator.comparing(OriPublication::publicationId))
                .forEach(vote -> VoteSummary.read(vote.text()).filter(summary -> summary.agendaNumber() != null)
                        .ifPresent(summary -> summary.perGroup().forEach(group -> named.putIfAbsent(group.partyGroup(), vote))));
        List<OriResource> fracties = new ArrayList<>();
        named.forEach((name, vote) -> {
            String id = fractieId(name);
            Map<String, Object> fractie = head(OriResourceType.FRACTIE, id);
            fractie.put("fractienaam", bounded(name, 100));
            common(fractie, vote.organisation(), vote.informationCategory(), links.publicationPage(vote.publicationId()));
            fracties.add(new OriResource(OriResourceType.FRACTIE, id, FRACTIES, organisatiecode(vote.organisation()), fractie));
        });
        return fracties;
    }

    /** The scope of a meeting's resources, or empty for a publication that is about no council or committee meeting. */
    public Optional<String> meetingScope(OriPublication publication) {
        return isCouncilMeeting(publication) ? Optional.of("meeting:" + publication.meetingId()) : Optional.empty();
    }

    /** The Vergadering and its Agendapunten, from the public publications of that meeting (none: no resources). */
    public List<OriResource> ofMeeting(String meetingId, List<OriPublication> publications) {
        List<OriPublication> ofCouncil = publications.stream().filter(OriResources::isCouncilMeeting)
                .sorted(Comparator.comparing(OriPublication::publicationId)).toList();
        if (ofCouncil.isEmpty()) {
            return List.of();
        }
        String scope = "meeting:" + meetingId;
        String id = oriId(meetingId);
        OriPublication agenda = ofCouncil.stream().filter(p -> p.kind() == PublicationKind.AGENDA).findFirst().orElse(null);
        OriPublication any = agenda == null ? ofCouncil.get(0) : agenda;
        String organisatiecode = organisatiecode(any.organisation());
        DecidingBody body = any.body();
        List<OriResource> items = agenda == null ? List.of() : agendapunten(meetingId, agenda, scope);

        Map<String, Object> vergadering = head(OriResourceType.VERGADERING, id);
        vergadering.put("naam", bounded(gremiumnaam(body) + (any.meetingDate() == null ? "" : " " + any.meetingDate()), 100));
        if (any.meetingDate() != null) {
            vergadering.put("vergaderdatum", any.meetingDate().toString());
        }
        vergadering.put("vergaderingstype", body == DecidingBody.COUNCIL ? "raadsvergadering" : "commissievergadering");
        Map<String, Object> gremium = new LinkedHashMap<>();
        gremium.put("gremiumidentificatie", body == DecidingBody.COUNCIL ? "raad" : "commissie");
        gremium.put("gremiumnaam", gremiumnaam(body));
        vergadering.put("georganiseerdDoorGremium", gremium);
        vergadering.put("agendapunten", items.stream().map(item -> links.resource(OriResourceType.AGENDAPUNT,
                item.bronidentificatie())).toList());
        List<String> bijlagen = ofCouncil.stream().filter(p -> p.kind() == PublicationKind.MEETING_PACKAGE)
                .flatMap(p -> p.documents().stream()).map(d -> links.document(d.sha256().value())).distinct().toList();
        vergadering.put("bijlagen", bijlagen);
        common(vergadering, any.organisation(), any.informationCategory(), links.meetingPage(meetingId));

        List<OriResource> resources = new ArrayList<>();
        resources.add(new OriResource(OriResourceType.VERGADERING, id, scope, organisatiecode, vergadering));
        resources.addAll(items);
        return resources;
    }

    private List<OriResource> agendapunten(String meetingId, OriPublication agenda, String scope) {
        // the agenda's text is exactly its openbaar entries, one "number. title" a line (MeetingEventsTranslator);
        // a line that does not start so continues the title before it
        Map<String, StringBuilder> titles = new LinkedHashMap<>();
        String current = null;
        for (String line : agenda.text() == null ? new String[0] : agenda.text().split("\n")) {
            Matcher entry = AGENDA_LINE.matcher(line);
            if (entry.matches()) {
                current = entry.group(1);
                titles.put(current, new StringBuilder(entry.group(2)));
            } else if (current != null) {
                titles.get(current).append('\n').append(line);
            }
        }
        String organisatiecode = organisatiecode(agenda.organisation());
        String meeting = oriId(meetingId);
        List<OriResource> items = new ArrayList<>();
        titles.forEach((number, title) -> {
            String id = agendapuntId(meetingId, number);
            String text = title.toString().isBlank() ? "Agendapunt " + number : title.toString();
            Map<String, Object> item = head(OriResourceType.AGENDAPUNT, id);
            item.put("vergadering", reference(OriResourceType.VERGADERING, meeting));
            item.put("agendapuntKenmerk", number);
            item.put("agendapuntvolgnummer", number);
            item.put("agendapuntTitel", bounded(text, 100));
            item.put("agendapuntOmschrijving", text);
            item.put("indicatorBesloten", false);
            common(item, agenda.organisation(), agenda.informationCategory(), links.meetingPage(meetingId));
            items.add(new OriResource(OriResourceType.AGENDAPUNT, id, scope, organisatiecode, item));
        });
        return items;
    }

    private static String agendapuntId(String meetingId, String number) {
        return nameBased("agendapunt:" + meetingId + ":" + number);
    }

    private static String fractieId(String name) {
        return nameBased("fractie:" + name);
    }

    private Map<String, Object> head(OriResourceType type, String id) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("url", links.resource(type, id));
        content.put("id", id);
        return content;
    }

    /** What every resource carries: the municipality, and mini-ORI's Woo category and web page. */
    private void common(Map<String, Object> content, String organisation, String category, String page) {
        Matcher gemeente = GEMEENTE.matcher(organisation);
        if (gemeente.matches()) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("gemeentecode", gemeente.group(1));
            value.put("gemeentenaam", organisation.equals(rules.organisation().uri()) ? rules.organisation().name()
                    : "gm" + gemeente.group(1));
            content.put("gemeente", value);
        }
        content.put("wooInformatiecategorie", lastSegment(category));
        content.put("webpaginaLink", page);
    }

    private Map<String, Object> reference(OriResourceType type, String id) {
        Map<String, Object> reference = new LinkedHashMap<>();
        reference.put("id", id);
        reference.put("url", links.resource(type, id));
        return reference;
    }

    private static boolean isCouncilMeeting(OriPublication publication) {
        return publication.meetingId() != null
                && (publication.body() == DecidingBody.COUNCIL || publication.body() == DecidingBody.COMMITTEE);
    }

    private static Optional<String> informatieobjecttype(PublicationKind kind) {
        return switch (kind) {
            case DECISION, MEETING_PACKAGE -> Optional.of("besluitvormingsstuk");
            case ANSWER -> Optional.of("antwoord");
            case LETTER -> Optional.of("ingekomen_stuk");
            case AGENDA, DECISION_LIST, VOTE -> Optional.empty();
        };
    }

    private static String gremiumnaam(DecidingBody body) {
        return switch (body) {
            case COLLEGE -> "College van burgemeester en wethouders";
            case COMMITTEE -> "Raadscommissie";
            case COUNCIL -> "Gemeenteraad";
        };
    }

    /** The TOOI code of an organisation URI (its last segment, gm0344), as the feed names organisations. */
    public static String organisatiecode(String organisation) {
        return lastSegment(organisation);
    }

    static String oriId(String ours) {
        return PLAIN_ID.matcher(ours).matches() ? ours : nameBased("id:" + ours);
    }

    private static String nameBased(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String lastSegment(String uri) {
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    /** ORI bounds some texts; the whole text stays on the publication's page (webpaginaLink). */
    private static String bounded(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }
}
