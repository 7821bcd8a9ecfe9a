package org.pathway.web.merger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.pathway.problem.TooManyRequestsException;

/**
 * The book-keeping of merger simulation jobs, held in this instance's memory (plan jobs are in the database, see
 * {@code org.pathway.planning.PlanJobRunner}): who asked, whether it has finished (or failed), how many one user may
 * have running at once, and forgetting a finished job after {@link #KEPT}. What a job solves, and how, is
 * its owner's; the book holds it as {@code T}.
 */
final class JobBook<T> {

    /** How long a finished job can still be read. */
    public static final Duration KEPT = Duration.ofHours(1);

    /** One job: who asked, its owner's state, and when (and whether) it finished. */
    public static final class Entry<T> {
        private final UUID id;
        private final String requester;
        private final T state;
        private volatile Instant finishedAt;
        private volatile String failure;

        Entry(UUID id, String requester, T state) {
            this.id = id;
            this.requester = requester;
            this.state = state;
        }

        public UUID id() {
            return id;
        }

        public String requester() {
            return requester;
        }

        public T state() {
            return state;
        }

        public boolean finished() {
            return finishedAt != null;
        }

        /** Why the job failed, or null. */
        public String failure() {
            return failure;
        }
    }

    private final Map<UUID, Entry<T>> jobs = new ConcurrentHashMap<>();
    private final String what;
    private final int runningPerUser;
    private final Clock clock;

    /** {@code what} names the jobs for people, in the plural ("plans"). */
    public JobBook(String what, int runningPerUser, Clock clock) {
        this.what = what;
        this.runningPerUser = runningPerUser;
        this.clock = clock;
    }

    /** Books a new job for the requester, or refuses if they already have as many running as they may. */
    public synchronized Entry<T> add(String requester, T state) {
        forgetExpired();
        long running = jobs.values().stream().filter(j -> j.requester.equals(requester) && !j.finished()).count();
        if (running >= runningPerUser) {
            throw new TooManyRequestsException("you have " + running + " " + what + " being worked out; wait for one"
                    + " to finish, or stop one, before starting another (at most " + runningPerUser + " at once)");
        }
        Entry<T> entry = new Entry<>(UUID.randomUUID(), requester, state);
        jobs.put(entry.id, entry);
        return entry;
    }

    /** The job, if it is still held and was started by this requester (or the caller may see every job). */
    public Optional<Entry<T>> get(UUID id, String requester, boolean everyone) {
        forgetExpired();
        Entry<T> entry = jobs.get(id);
        return entry == null || !everyone && !entry.requester.equals(requester) ? Optional.empty()
                : Optional.of(entry);
    }

    /** Every job still held. */
    public Stream<Entry<T>> all() {
        forgetExpired();
        return jobs.values().stream();
    }

    /** Marks the job finished, having failed if {@code failure} is not null. */
    public void finish(Entry<T> entry, String failure) {
        entry.failure = failure;
        entry.finishedAt = clock.instant();
    }

    /** Forgets the jobs that match, whatever their state, and returns them (to be stopped by their owner). */
    public java.util.List<Entry<T>> remove(Predicate<Entry<T>> which) {
        java.util.List<Entry<T>> removed = jobs.values().stream().filter(which).toList();
        removed.forEach(e -> jobs.remove(e.id));
        return removed;
    }

    private void forgetExpired() {
        Instant cutOff = clock.instant().minus(KEPT);
        jobs.values().removeIf(job -> job.finishedAt != null && job.finishedAt.isBefore(cutOff));
    }
}
