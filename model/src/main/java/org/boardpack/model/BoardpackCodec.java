package org.boardpack.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.boardpack.model.BoardpackJson;
import org.boardpack.model.PackRecord;

/**
 * The one codec of {@code boardpack/1}: a file's record as a JSON object, the same compact on one
 * line of a JSON Lines file, and any single record of a pack (an action, a decision …) read back
 * from the JSON the index stores. Field names are snake_case and never renamed; fields are only
 * added, and a reader ignores fields it does not know, so older readers survive newer files.
 */
public final class BoardpackCodec {

    private final ObjectMapper json;

    public BoardpackCodec() {
        this.json = BoardpackJson.newMapper();
    }

    /** The mapper behind this codec, for a writer that streams trees of its own. */
    public ObjectMapper mapper() {
        return json;
    }

    /** One file's record from its JSON object (as {@code extract} writes it, or one JSON Lines line). */
    public PackRecord pack(String text) throws JsonProcessingException {
        return json.readValue(text, PackRecord.class);
    }

    /** One record of a pack, e.g. an {@code Action}, from the JSON the index stores for it. */
    public <T> T record(String text, Class<T> type) throws JsonProcessingException {
        return json.readValue(text, type);
    }

    /**
     * A value of one of the format's vocabularies (a status, a decision's kind …) as the format
     * writes it: {@code in_attendance} for {@code IN_ATTENDANCE}.
     */
    public static String name(Enum<?> value) {
        try {
            JsonProperty p = value.getDeclaringClass().getField(value.name()).getAnnotation(JsonProperty.class);
            return p != null ? p.value() : value.name().toLowerCase(Locale.ROOT);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("an enum constant is a field of its enum", e);
        }
    }

    /** A file's record as a pretty JSON object ({@code extract}'s form). */
    public String prettyJson(PackRecord pack) throws JsonProcessingException {
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(pack);
    }

    /** A file's record as one line of JSON Lines, newline included. */
    public void writeLine(PackRecord pack, Writer out) throws IOException {
        out.write(json.writeValueAsString(pack));
        out.write('\n');
    }
}
