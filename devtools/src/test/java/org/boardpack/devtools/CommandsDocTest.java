package org.boardpack.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/commands.md is what the commands' --help says today: stale, it fails with how to refresh it. */
class CommandsDocTest {

    private static final Path ROOT = Path.of(System.getProperty("boardpack.root", ".."));

    @Test
    void theCommittedReferenceIsTheCommandsHelp() throws Exception {
        String committed = Files.readString(ROOT.resolve("docs/commands.md"));
        assertEquals(CommandsDoc.markdown(), committed,
                "docs/commands.md is stale: run ./boardpack-dev commands-doc and commit it");
    }

    @Test
    void everyUserCommandIsDescribed(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("commands.md");
        assertEquals(0, DevRun.of("commands-doc", "--out", out.toString()).exitCode());
        String md = Files.readString(out);
        for (String command : new String[] {"ingest", "index-records", "search", "decisions", "actions", "people",
                "show", "export", "tables", "eval", "bench-ingest"}) {
            assertTrue(md.contains(" " + command + "`\n"), command);
        }
    }
}
