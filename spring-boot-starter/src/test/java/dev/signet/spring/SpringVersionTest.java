package dev.signet.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;
import org.springframework.core.SpringVersion;

/** The build runs these tests on Spring Boot 3 / Framework 6 and again on Boot 4 / Framework 7: each run got the one it asked for. */
class SpringVersionTest {
    @Test
    void runsOnTheSpringTheBuildChose() {
        String framework = System.getProperty("signet.expectSpringMajor");
        assertThat(SpringVersion.getVersion()).startsWith(framework + ".");
        assertThat(SpringBootVersion.getVersion()).startsWith(framework.equals("6") ? "3." : "4.");
    }
}
