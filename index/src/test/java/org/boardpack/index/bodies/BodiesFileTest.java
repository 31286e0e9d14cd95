package org.boardpack.index.bodies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BodiesFileTest {

    @TempDir
    Path tmp;

    @Test
    void readsEachBodyTable() throws Exception {
        Path file = tmp.resolve(BodiesFile.NAME);
        Files.writeString(file, """
                [[body]]
                name = "Partnership Board for Bedfordshire, Luton and Milton Keynes"
                aliases = ["BLMK Partnership Board"]
                kind = "nhs-board"
                paths = ["blmk/**"]

                [[body]]
                name = "Hill Parish Council"
                """);
        List<BodyDeclaration> bodies = BodiesFile.read(file);
        assertEquals(2, bodies.size());
        assertEquals(List.of("BLMK Partnership Board"), bodies.get(0).aliases());
        assertEquals(List.of("blmk/**"), bodies.get(0).paths());
        assertEquals(List.of(), bodies.get(1).aliases());
    }

    @Test
    void writesWhatItReads() throws Exception {
        Path file = tmp.resolve("sub").resolve(BodiesFile.NAME);
        List<BodyDeclaration> bodies = List.of(
                new BodyDeclaration("Finance Committee", List.of("FinCom", "Finance & Audit"), "council-committee", List.of()),
                new BodyDeclaration("Hill Parish Council", List.of(), null, List.of("hill/*.pdf")));
        BodiesFile.write(file, bodies);
        assertEquals(bodies, BodiesFile.read(file));
    }

    @Test
    void aMalformedFileSaysWhichFileAndWhere() throws Exception {
        Path file = tmp.resolve(BodiesFile.NAME);
        Files.writeString(file, "[[body]]\nname = \"Open quote\n");
        BodiesFileException e = assertThrows(BodiesFileException.class, () -> BodiesFile.read(file));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("line"), e.getMessage());
    }

    @Test
    void aBodyWithoutANameIsRefused() throws Exception {
        Path file = tmp.resolve(BodiesFile.NAME);
        Files.writeString(file, "[[body]]\nkind = \"charity\"\n");
        BodiesFileException e = assertThrows(BodiesFileException.class, () -> BodiesFile.read(file));
        assertTrue(e.getMessage().contains("needs a name"), e.getMessage());
    }
}
