package org.boardpack.index;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Objects;

/**
 * Who holds an index's write lock, as the holder wrote it down: enough for an operator to find
 * the process (and for the next run to tell a live holder from one left by a killed run).
 */
public record LockHolder(long pid, String host, Instant started) {

    public LockHolder {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(started, "started");
    }

    /** This process, now. */
    static LockHolder current() {
        return new LockHolder(ProcessHandle.current().pid(), localHost(), Instant.now());
    }

    /**
     * Whether the process named is running. Only answerable on the same host; a holder on another
     * host (a shared file system) is taken to be alive, since the lock says so.
     */
    public boolean alive() {
        if (!host.equals(localHost())) {
            return true;
        }
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    public String describe() {
        return "pid " + pid + " on " + host + ", started " + started;
    }

    static String localHost() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            // a host without a resolvable name still has one in the environment, usually
            String env = System.getenv("HOSTNAME");
            return env == null || env.isBlank() ? "unknown-host" : env;
        }
    }
}
