package org.boardpack.app.query;

/**
 * {@code --owner NAME}: an action whose owner as printed ({@code Chair}, {@code SW},
 * {@code A Smith/B Jones}) or as resolved ({@code Sarah Wood}) has a person NAME names, by the one
 * name rule {@code people} uses too ({@link NameMatch}).
 */
public final class OwnerMatch {

    private final NameMatch name;

    public OwnerMatch(String name) {
        this.name = NameMatch.of(name);
    }

    public boolean matches(String owner, String ownerName) {
        return !name.ownersNamed(owner).isEmpty() || !name.ownersNamed(ownerName).isEmpty();
    }
}
