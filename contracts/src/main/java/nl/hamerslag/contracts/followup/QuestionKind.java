package nl.hamerslag.contracts.followup;

/** The kind of a council question (raadsvraag). */
public enum QuestionKind {
    /** technische vraag: a factual question, answered by the civil service. */
    TECHNICAL,
    /** schriftelijke politieke vraag: a written political question, answered by the college. */
    WRITTEN_POLITICAL
}
