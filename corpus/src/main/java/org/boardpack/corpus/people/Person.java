package org.boardpack.corpus.people;

/**
 * Someone listed in a pack. {@code given} is a forename ({@code Rima}) in NHS packs and initials
 * ({@code B J}) in council packs; {@code honorific} and {@code initials} may be null.
 */
public record Person(String honorific, String given, String family, String role, String initials) {

    /** The name without honorific, as the answers carry it. */
    public String name() {
        return given + " " + family;
    }

    /** The name as printed: honorific, given, family. */
    public String printed() {
        return honorific == null ? name() : honorific + " " + name();
    }

    /** {@code S Wood}, the agenda's lead style. */
    public String initialAndFamily() {
        return given.charAt(0) + " " + family;
    }

    public Person withRole(String newRole) {
        return new Person(honorific, given, family, newRole, initials);
    }
}
