package nl.hamerslag.contracts.meeting;

/** How an item is dealt with in the meeting. */
public enum AgendaItemType {
    /** hamerstuk: decided without debate. */
    HAMMER_ITEM,
    /** bespreekstuk: debated. */
    DEBATE_ITEM
}
