package org.boardpack.devtools;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.boardpack.cli.BoardpackCommand;
import org.boardpack.cli.ExitCodes;
import org.boardpack.corpus.SampleCorpus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Renders the bundled sample corpus again: the same seeds give the same PDFs and answers. */
@Command(name = "samples", mixinStandardHelpOptions = true,
        description = "Render the PDFBox packs of the bundled corpus (<name>.pdf) and their known answers (<name>.json).")
final class SamplesCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: the bundled corpus/packs).")
    Path outDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path out = outDir != null ? outDir : BoardpackCommand.defaultCorpus();
        try {
            for (String name : SampleCorpus.render(out)) {
                spec.commandLine().getOut().println(out.resolve(name + ".pdf"));
            }
        } catch (IOException e) {
            spec.commandLine().getErr().println("boardpack: cannot write the samples to " + out + ": " + e.getMessage());
            return ExitCodes.CANNOT_RUN;
        }
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
