package org.kneadwell;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class KneadwellApplication {

    public static void main(String[] args) {
        SpringApplication.run(KneadwellApplication.class, args);
    }
}
