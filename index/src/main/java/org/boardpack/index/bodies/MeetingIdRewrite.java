package org.boardpack.index.bodies;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code boardpack/1} pack record with its meeting ids made the resolved body's: a pack whose
 * agenda printed the board's formal name ({@code partnership-board-for-…/2024-02-14}) and one whose
 * minutes printed its short name ({@code krs-partnership-board/2024-01-10}) come out under one id
 * ({@code krs-partnership-board/…}), wherever the record names a meeting (a meeting's {@code id},
 * a record's {@code meeting}, an action's raising meeting). With {@code names} the meetings'
 * {@code body} becomes the body's display name too (the register's view; an export keeps the
 * name as printed).
 */
public final class MeetingIdRewrite {

    /** The fields of the format that hold a meeting id. */
    private static final Set<String> ID_FIELDS = Set.of("id", "meeting", "raised_by", "meeting_id");
    private static final Pattern MEETING_ID = MeetingIds.MEETING_ID;

    private final BodyDirectory directory;

    public MeetingIdRewrite(BodyDirectory directory) {
        this.directory = directory;
    }

    /** Rewrites {@code pack} (a whole-pack record read as a tree) in place. */
    public void apply(ObjectNode pack, Path file, boolean names) {
        Map<String, Optional<Body>> bySlug = new HashMap<>();
        JsonNode meetings = pack.path("meetings");
        if (meetings.isArray()) {
            for (JsonNode m : meetings) {
                String id = m.path("id").asText("");
                Matcher mm = MEETING_ID.matcher(id);
                if (mm.matches()) {
                    Optional<Body> b = directory.of(m.path("body").asText(null), file);
                    bySlug.putIfAbsent(mm.group(1), b);
                    if (names && b.isPresent() && m instanceof ObjectNode o) {
                        o.put("body", b.get().name());
                    }
                }
            }
        }
        rewrite(pack, file, bySlug);
    }

    private void rewrite(JsonNode node, Path file, Map<String, Optional<Body>> bySlug) {
        if (node instanceof ObjectNode o) {
            for (Map.Entry<String, JsonNode> f : o.properties()) {
                if (f.getValue().isTextual() && ID_FIELDS.contains(f.getKey())) {
                    mapped(f.getValue().asText(), file, bySlug).ifPresent(v -> o.put(f.getKey(), v));
                } else if (f.getValue().isContainerNode()) {
                    rewrite(f.getValue(), file, bySlug);
                }
            }
        } else if (node instanceof ArrayNode a) {
            a.forEach(v -> rewrite(v, file, bySlug));
        }
    }

    private Optional<String> mapped(String value, Path file, Map<String, Optional<Body>> bySlug) {
        Matcher m = MEETING_ID.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<Body> body = bySlug.computeIfAbsent(m.group(1), slug -> directory.ofSlug(slug, file));
        return body.filter(b -> !b.id().equals(m.group(1))).map(b -> b.id() + "/" + m.group(2));
    }
}
