package dev.octavo.model;

/**
 * A page of the print edition for the EPUB's page list: its label ("12") and the anchor where it begins
 * ({@code document} is a chapter's name, {@code id} an element id in it). Each renderer makes its own hrefs.
 */
public record PageTarget(String label, String document, String id) {
}
