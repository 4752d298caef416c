package uk.safeshare.shared.metrics;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    @Bean
    CountsFromDatabase countsFromDatabase(JdbcClient jdbc, Clock clock) {
        return new CountsFromDatabase(jdbc, clock);
    }
}
