package dev.signet.spring;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** The smallest Spring Boot application: whatever Signet's starter and Boot auto-configure, nothing else. */
@SpringBootConfiguration
@EnableAutoConfiguration
class BootTestApplication {}
