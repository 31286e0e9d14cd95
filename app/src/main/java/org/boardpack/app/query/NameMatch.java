package org.boardpack.app.query;

import java.util.List;
import org.boardpack.extract.actions.JointOwners;
import org.boardpack.index.PersonNames;

/**
 * The one rule by which a name a user gives names a person, in {@code people} and in
 * {@code actions --owner} alike: every word of the given name, as the index's name field reads
 * words (case and accents folded, honorifics in one form, {@code Cllr} = {@code Councillor}), is a
 * word of the person's name. So {@code Hodgson}, {@code dave hodgson} and {@code Mayor Dave Hodgson}
 * name Mayor Dave Hodgson; {@code Jane Hart} does not name Zoë Hart, nor {@code Wood} Sam Woodward.
 * An owner written for two people ({@code A Smith/B Jones}, {@code Ann Lee, Raj Shah}) names each,
 * split by the one joint-owner rule ({@link JointOwners}). Agreeing with the index's name field
 * means {@code people} and {@code actions --owner} find whom {@code search} finds.
 */
public final class NameMatch {

    /**
     * The name analysis of a match made without a caller's {@link PersonNames}: an analyzer is safe
     * to share between threads, and this one lives as long as the process.
     */
    private static final PersonNames SHARED = new PersonNames();

    private final PersonNames names;
    private final List<String> wanted;

    /** @param names the name analysis, which the caller owns and closes */
    public NameMatch(PersonNames names, String given) {
        this.names = names;
        this.wanted = names.terms(given);
    }

    /** The match of {@code given} over the process's shared name analysis. */
    public static NameMatch of(String given) {
        return new NameMatch(SHARED, given);
    }

    /** Whether the given name has a word a name could match (stop words and punctuation have none). */
    public boolean isEmpty() {
        return wanted.isEmpty();
    }

    /** Whether the given name names the one person {@code name} ({@code Mayor Dave Hodgson}). */
    public boolean names(String name) {
        return !wanted.isEmpty() && name != null && names.terms(name).containsAll(wanted);
    }

    /** The owners of an owner as printed or resolved ({@code A Smith/B Jones}) that the given name names, in order. */
    public List<String> ownersNamed(String owners) {
        return owners == null ? List.of() : JointOwners.of(owners).stream().filter(this::names).toList();
    }
}
