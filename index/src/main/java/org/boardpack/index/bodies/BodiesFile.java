package org.boardpack.index.bodies;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The bodies file, {@code boardpack-bodies.toml}: one {@code [[body]]} table per body.
 * <pre>
 * [[body]]
 * name = "Partnership Board for Bedfordshire, Luton and Milton Keynes"
 * aliases = ["BLMK Partnership Board"]
 * kind = "nhs-board"
 * paths = ["blmk/**"]
 * </pre>
 * The corrections {@code boardpack bodies merge|rename} record are written in the same format, so a
 * user can commit them beside the packs.
 */
public final class BodiesFile {

    /** The name a bodies file has beside an index or at the top of the input. */
    public static final String NAME = "boardpack-bodies.toml";

    private static final TomlMapper MAPPER = TomlMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private BodiesFile() {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private record Document(@JsonProperty("body") List<BodyDeclaration> body) {
    }

    /** The declarations {@code file} holds, in order. */
    public static List<BodyDeclaration> read(Path file) throws BodiesFileException {
        try {
            Document d = MAPPER.readValue(Files.readString(file), Document.class);
            return d == null || d.body() == null ? List.of() : List.copyOf(d.body());
        } catch (ValueInstantiationException e) {
            throw new BodiesFileException(file, e.getCause() != null && e.getCause().getMessage() != null
                    ? "is not a bodies file: " + e.getCause().getMessage() : "is not a bodies file");
        } catch (JacksonException e) {
            throw new BodiesFileException(file, "is not a bodies file: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
        } catch (IOException e) {
            throw new BodiesFileException(file, "cannot be read: " + e.getMessage());
        }
    }

    /**
     * The declarations {@code file} holds with their relative path globs made absolute against the
     * file's folder, so declarations read from several files can be resolved together.
     */
    public static List<BodyDeclaration> readAnchored(Path file) throws BodiesFileException {
        String dir = file.toAbsolutePath().normalize().getParent().toString().replace("\\", "/");
        return read(file).stream().map(d -> new BodyDeclaration(d.name(), d.aliases(), d.kind(),
                d.paths().stream().map(g -> g.startsWith("/") ? g : dir + "/" + g).toList())).toList();
    }

    /** Writes {@code bodies} to {@code file}, whole or not at all (a temporary file renamed). */
    public static void write(Path file, List<BodyDeclaration> bodies) throws BodiesFileException {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".bodies", ".toml");
            Files.writeString(tmp, "# boardpack bodies: one [[body]] per body (see docs/bodies.md)\n"
                    + MAPPER.writeValueAsString(new Document(List.copyOf(bodies))));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new BodiesFileException(file, "cannot be written: " + e.getMessage());
        }
    }
}
