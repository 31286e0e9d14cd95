package org.boardpack.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Walking the input never gives up: each unreadable part is one problem, the rest is found. */
class InputWalkTest {

    @TempDir
    Path tmp;

    private Path file(String relative) throws IOException {
        Path p = tmp.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, "%PDF-1.4\n");
    }

    @Test
    void aNameWithANewlineIsFound() throws IOException {
        Path odd = file("minutes\nMarch 2024.pdf");
        assertTrue(FileIngester.readableName(odd.getFileName().toString()));
        assertEquals(List.of(odd), InputWalk.under(tmp).files());
    }

    @Test
    void linksAreNotFollowedAndEachIsReportedBrokenOnesToo() throws IOException {
        Path real = file("2024/agenda.pdf");
        Path outside = Files.createTempFile("outside", ".pdf");
        try {
            Files.createSymbolicLink(tmp.resolve("linked.pdf"), outside);
            Files.createSymbolicLink(tmp.resolve("linked-folder"), real.getParent());
            Files.createSymbolicLink(tmp.resolve("gone.pdf"), tmp.resolve("nowhere.pdf"));

            InputWalk.Result r = InputWalk.under(tmp);

            assertEquals(List.of(real), r.files());
            assertEquals(3, r.problems().size(), r.problems().toString());
            assertTrue(r.problems().stream().anyMatch(p -> p.path().endsWith("gone.pdf")
                    && p.reason().startsWith("a broken symbolic link")));
            assertTrue(r.problems().stream().anyMatch(p -> p.path().endsWith("linked-folder")
                    && p.reason().startsWith("a symbolic link, not followed")));
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void aFolderGivenAsALinkIsWalked() throws IOException {
        Path real = file("packs/2024/minutes.pdf");
        Path link = Files.createSymbolicLink(tmp.resolve("current"), tmp.resolve("packs"));
        InputWalk.Result r = InputWalk.under(link);
        assertEquals(List.of(link.resolve("2024/minutes.pdf")), r.files());
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        assertTrue(Files.isSameFile(real, r.files().getFirst()));
    }

    @Test
    void aFolderThatCannotBeListedIsOneProblem() {
        // root reads every folder whatever its permissions: the failure is handed to the walker as the JDK gives it
        InputWalk.Visitor v = new InputWalk.Visitor(tmp);
        Path locked = tmp.resolve("confidential");
        v.visitFileFailed(locked, new AccessDeniedException(locked.toString()));
        assertEquals(List.of(new InputWalk.Problem(locked,
                "permission denied: the folder or file cannot be listed or read by this user")), v.problems);
    }

    @Test
    void aFolderWithoutReadPermissionIsOneProblemAndTheRestIsFound() throws IOException {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root reads every folder");
        Path good = file("open/minutes.pdf");
        file("locked/secret.pdf");
        Path locked = tmp.resolve("locked");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            InputWalk.Result r = InputWalk.under(tmp);
            assertEquals(List.of(good), r.files());
            assertEquals(1, r.problems().size());
            assertEquals(locked, r.problems().getFirst().path());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
