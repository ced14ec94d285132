package nl.hamerslag.publication.zgw;

/** BESLUITINFORMATIEOBJECT: a decision's document, the informatieobject in our Documenten API. */
record BesluitInformatieObject(String url, String informatieobject, String besluit) {
}
