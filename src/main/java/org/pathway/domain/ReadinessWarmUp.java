package org.pathway.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.pathway.analysis.ReadinessEngine;
import org.pathway.people.Employee;
import org.pathway.role.RoleCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Runs the readiness rules on the sample employees for a short while before the service reports ready, so that the
 * first requests after a start do not pay for the rule engine's and the JIT's warm-up (issue 13: the first minute
 * after a start cost four times the CPU per request). {@code pathway.warm-up} sets how long (default 2 s; 0 turns it
 * off, as the tests do). It starts as soon as the first rules are in use, while the rest of the service is still
 * starting, rather than after it.
 */
@Component
class ReadinessWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(ReadinessWarmUp.class);

    private final WhileStarting<Void> warming;

    ReadinessWarmUp(Domain domain, @Value("${pathway.warm-up:2s}") Duration duration) {
        this.warming = duration.isZero() || duration.isNegative() ? WhileStarting.done(null)
                : WhileStarting.start("readiness-warm-up", () -> warmUp(domain, duration));
    }

    private static Void warmUp(Domain domain, Duration duration) {
        domain.ruleBase().get();
        long started = System.nanoTime();
        List<Employee> samples = domain.sampleEmployees();
        int rounds = run(domain.engine(), domain.roles(), samples, duration);
        LOG.info("Warmed up while starting: the {} sample employees analysed {} times in {} ms", samples.size(),
                rounds, (System.nanoTime() - started) / 1_000_000);
        return null;
    }

    /** After the first rules are in use ({@link DomainConfiguration}), before readiness is reported. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    void warmedUp() {
        warming.await();
    }

    /**
     * Analyses every sample employee against every role of their framework, with their promotion paths, round after
     * round until {@code duration} has passed (at least once when there is anyone); returns the rounds run.
     */
    static int run(ReadinessEngine engine, RoleCatalogue roles, List<Employee> samples, Duration duration) {
        if (samples.isEmpty()) {
            return 0;
        }
        LocalDate today = LocalDate.now();
        long until = System.nanoTime() + duration.toNanos();
        int rounds = 0;
        do {
            for (Employee employee : samples) {
                engine.analyse(employee, roles.rolesOf(employee.frameworkId()), today);
                engine.paths(employee, today);
            }
            rounds++;
        } while (System.nanoTime() < until);
        return rounds;
    }
}
