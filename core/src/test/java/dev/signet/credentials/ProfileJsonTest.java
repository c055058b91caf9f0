package dev.signet.credentials;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.CredentialsException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A malformed profile file is refused with the line where the JSON breaks, never with its content. */
class ProfileJsonTest {
    @Test
    void malformedJsonIsRefusedWithTheLineWhereItBreaks() {
        byte[] content = "{\n  \"profiles\": {\n    \"default\": {\"apiKey\" \"k3yIdAbCdEf\"}\n  }\n}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ProfileJson.read(content, "default", "file credentials.json"))
                .isInstanceOf(CredentialsException.class)
                .hasMessageStartingWith("file credentials.json is not valid JSON (line 3)").hasMessageNotContaining("k3yIdAbCdEf");
    }
}
