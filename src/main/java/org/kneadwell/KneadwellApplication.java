package org.kneadwell;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class KneadwellApplication {

    public static void main(String[] args) {
        SpringApplication.run(KneadwellApplication.class, args);
    }
}
