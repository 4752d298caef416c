package uk.safeshare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SafeShareApplication {

    public static void main(String[] args) {
        SpringApplication.run(SafeShareApplication.class, args);
    }
}
