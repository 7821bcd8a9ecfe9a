package org.pathway.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins counted per account and per address over a window: an account with {@value #ACCOUNT_LIMIT} failures
 * in {@link #WINDOW} is locked until the window has passed since its last failure (the right password included), and
 * an address with {@value #ADDRESS_LIMIT} failures (password guessing across accounts) is refused for as long. A
 * successful sign-in clears its account's count. The counts live in memory, bounded, and are lost on a restart.
 */
@Component
public class SignInThrottle {

    static final int ACCOUNT_LIMIT = 5;
    static final int ADDRESS_LIMIT = 50;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Cache<String, AtomicInteger> accounts;
    private final Cache<String, AtomicInteger> addresses;

    SignInThrottle(Clock clock) {
        this.accounts = counts(clock);
        this.addresses = counts(clock);
    }

    private static Cache<String, AtomicInteger> counts(Clock clock) {
        Ticker ticker = () -> TimeUnit.MILLISECONDS.toNanos(clock.millis());
        return Caffeine.newBuilder().ticker(ticker).expireAfterWrite(WINDOW).maximumSize(100_000).build();
    }

    public boolean isLocked(String username) {
        return over(accounts, username, ACCOUNT_LIMIT);
    }

    public boolean isBlocked(String address) {
        return over(addresses, address, ADDRESS_LIMIT);
    }

    /** Counts a failed sign-in; answers whether it is the one that locked the account. */
    boolean failed(String username, String address) {
        if (address != null) {
            count(addresses, address);
        }
        return count(accounts, username) == ACCOUNT_LIMIT;
    }

    void succeeded(String username) {
        accounts.invalidate(username);
    }

    private static boolean over(Cache<String, AtomicInteger> counts, String key, int limit) {
        AtomicInteger failures = key == null ? null : counts.getIfPresent(key);
        return failures != null && failures.get() >= limit;
    }

    /** Counts one more failure and restarts the key's window (a write), so a lock lasts from the last failure. */
    private static int count(Cache<String, AtomicInteger> counts, String key) {
        return counts.asMap().compute(key, (k, failures) -> {
            AtomicInteger next = failures == null ? new AtomicInteger() : failures;
            next.incrementAndGet();
            return next;
        }).get();
    }
}
