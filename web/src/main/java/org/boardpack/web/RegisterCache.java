package org.boardpack.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.boardpack.app.query.ActionCriteria;
import org.boardpack.app.query.ActionLinks;
import org.boardpack.app.query.AsOfDays;
import org.boardpack.app.query.WordMatch;
import org.boardpack.app.register.LinkedAction;
import org.boardpack.index.DateRange;
import org.boardpack.index.IndexException;
import org.boardpack.index.PackSearcher;

/**
 * The action register linked once per body filter and as-of day, then filtered per request.
 * Linking reads every action of the index (seconds on thousands of packs), while the server's
 * index is a snapshot that cannot change under it, so the same register is never linked twice;
 * concurrent requests for one register wait for the one linking it. The few most recent are kept.
 */
final class RegisterCache {

    private static final int KEPT = 8;
    private static final Logger LOG = Logger.getLogger(RegisterCache.class.getName());

    private record Key(String body, LocalDate asOf) {
    }

    private final PackSearcher searcher;
    private final Map<Key, CompletableFuture<List<LinkedAction>>> linked = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, CompletableFuture<List<LinkedAction>>> eldest) {
            return size() > KEPT;
        }
    };

    RegisterCache(PackSearcher searcher) {
        this.searcher = searcher;
    }

    /**
     * Links today's whole register on a thread of its own, so the first person to open the register
     * does not wait seconds for it; a request meanwhile waits for the same linking.
     */
    Thread warm(LocalDate today) {
        ActionCriteria everything = new ActionCriteria(new WordMatch(List.of()), null, null, false, AsOfDays.on(today),
                DateRange.ANY);
        Thread t = new Thread(() -> {
            try {
                linked(null, everything);
            } catch (IndexException | RuntimeException e) {
                LOG.log(Level.WARNING, "boardpack serve: linking the action register failed", e);
            }
        }, "boardpack-register-warm");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** The actions the criteria accept, of the body named (any when null), in the register's order. */
    List<LinkedAction> linked(String body, ActionCriteria criteria) throws IndexException {
        Key key = new Key(body == null ? null : body.strip().toLowerCase(Locale.ROOT), criteria.asOf().fixedDay());
        CompletableFuture<List<LinkedAction>> mine = new CompletableFuture<>();
        CompletableFuture<List<LinkedAction>> existing;
        synchronized (linked) {
            existing = linked.putIfAbsent(key, mine);
        }
        if (existing == null) {
            try {
                ActionCriteria everything = new ActionCriteria(new WordMatch(List.of()), null, null, false,
                        criteria.asOf(), DateRange.ANY);
                mine.complete(ActionLinks.kept(searcher, body, everything.asOf(), everything));
            } catch (IndexException | RuntimeException e) {
                synchronized (linked) {
                    linked.remove(key, mine);
                }
                mine.completeExceptionally(e);
                throw e;
            }
            existing = mine;
        }
        try {
            return existing.get().stream().filter(criteria::accepts).toList();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IndexException ie) {
                throw ie;
            }
            throw new IllegalStateException("linking the action register failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the register was linked", e);
        }
    }
}
