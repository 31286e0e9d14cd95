package org.boardpack.index.bodies;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boardpack.model.names.BodySlug;

/**
 * Meeting ids as a user sees them: the resolved body's id and the meeting's date
 * ({@code blmk-partnership-board/2024-02-14}) whichever of the body's names the pack printed
 * ({@code partnership-board-for-…/2024-02-14} in a pack whose agenda printed the formal name), and
 * back from such an id to the ids the packs printed for it. An id whose body does not resolve stays
 * as printed. Each answer is kept, since a file's rows ask the same question many times.
 */
public final class MeetingIds {

    /** A meeting id of the format: the body's slug, a slash, a day, month or year. */
    static final Pattern MEETING_ID = Pattern.compile("([a-z0-9-]+)/(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)");

    private final BodyDirectory directory;
    private final Map<String, String> resolved = new HashMap<>();

    public MeetingIds(BodyDirectory directory) {
        this.directory = directory;
    }

    /**
     * The id of the meeting a file printed as {@code printedId} for the body it printed as
     * {@code printedBody} (null when not known): the body's id and the date; as printed when no body resolves.
     */
    public synchronized String resolved(String printedId, String printedBody, String file) {
        if (printedId == null) {
            return null;
        }
        return resolved.computeIfAbsent(printedId + "\n" + printedBody + "\n" + file, k -> {
            Matcher m = MEETING_ID.matcher(printedId);
            if (!m.matches()) {
                return printedId;
            }
            Path path = file == null ? null : Path.of(file);
            Optional<Body> body = printedBody == null ? Optional.empty() : directory.of(printedBody, path);
            if (body.isEmpty() || !slugs(body.get()).contains(m.group(1))) {
                // the name printed beside the id is not the id's body (or is unknown): go by the id's slug
                body = directory.ofSlug(m.group(1), path);
            }
            return body.map(b -> b.id() + "/" + m.group(2)).orElse(printedId);
        });
    }

    /**
     * The ids packs may have printed for the meeting {@code id} names, a resolved id or one as
     * printed: the slug of each name of its body with the date, and {@code id} itself first.
     */
    public Set<String> printed(String id) {
        Set<String> out = new LinkedHashSet<>();
        out.add(id);
        Matcher m = id == null ? null : MEETING_ID.matcher(id);
        if (m == null || !m.matches()) {
            return out;
        }
        Optional<Body> body = directory.bodies().stream().filter(b -> b.id().equals(m.group(1))).findFirst();
        if (body.isEmpty()) {
            body = directory.ofSlug(m.group(1), null);
        }
        body.ifPresent(b -> slugs(b).forEach(s -> out.add(s + "/" + m.group(2))));
        return out;
    }

    /** The slugs a body's meetings may be printed under: its id and each alias's slug. */
    private static Set<String> slugs(Body b) {
        Set<String> out = new LinkedHashSet<>();
        out.add(b.id());
        b.aliases().forEach(a -> out.add(BodySlug.of(a.name())));
        return out;
    }
}
