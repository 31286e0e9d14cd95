package org.boardpack.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.boardpack.index.IndexException;
import org.boardpack.index.bodies.BodiesFile;
import org.boardpack.index.bodies.BodiesFileException;
import org.boardpack.index.bodies.BodyDeclaration;
import org.boardpack.web.ServeSettings;
import org.boardpack.web.WebServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code boardpack serve}: the index as local web pages and a JSON API, read-only, until stopped.
 * It binds to this machine only unless told otherwise, and says so when told.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the index as web pages (search with facets, meetings, people, decisions, the action "
                + "register, downloads) and a JSON API under /api/ (described at /api/openapi.json). Read-only; "
                + "only the files in the index are served. Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    IndexOption index;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 for any free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = ServeSettings.LOCALHOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 shares the index with the network).")
    String bind;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65_535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0 to 65535, not " + port);
        }
        try {
            if (!InetAddress.getByName(bind).isLoopbackAddress()) {
                err.println("boardpack: serving on " + bind + ": anyone who can reach this machine can read the index");
            }
        } catch (UnknownHostException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--bind: '" + bind + "' is not an address here");
        }
        WebServer server;
        try {
            List<BodyDeclaration> bodies = index.bodies == null ? List.of() : BodiesFile.readAnchored(index.bodies);
            server = WebServer.start(new ServeSettings(index.dir, bodies, bind, port, Clock.systemDefaultZone()));
        } catch (BodiesFileException e) {
            err.println("boardpack: --bodies: " + e.getMessage());
            return ExitCodes.CANNOT_RUN;
        } catch (IndexException e) {
            err.println("boardpack: " + e.getMessage());
            return ExitCodes.CANNOT_RUN;
        } catch (IOException e) {
            err.println("boardpack: " + e.getMessage());
            return ExitCodes.CANNOT_RUN;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                // the JVM is ending: nothing left to tell
            }
        }));
        out.println("Serving " + server.files() + " indexed file(s) of " + index.dir + " at " + server.url() + "/ (Ctrl-C to stop)");
        out.flush();
        server.join();
        return ExitCodes.OK;
    }
}
