package org.agora.evidence.boundary;

/** A new source's file is stored; once the transaction commits its text is extracted ({@link Extractions}). */
public record SourceStored(long sourceId, String storageKey, String mediaType) {
}
