package org.pathway;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service's clock (UTC): injected so that dates in audits and validations can be fixed in tests. */
@Configuration
class ServiceClock {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
