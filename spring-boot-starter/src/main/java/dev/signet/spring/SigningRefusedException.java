package dev.signet.spring;

import java.io.IOException;

/**
 * A request Signet refused to sign — outside the signing policy's scopes, over a trading limit, or a body that is not
 * a form — raised through the HTTP client's normal error channel as an {@link IOException}: {@code RestClient} and
 * {@code RestTemplate} wrap it in a {@code ResourceAccessException}, {@code WebClient} in a
 * {@code WebClientRequestException}, as they do any I/O failure.
 * The guard's exception is the cause; nothing was sent.
 *
 * <pre>{@code catch (ResourceAccessException e) { if (e.getCause() instanceof SigningRefusedException refused) alert(refused.getMessage()); }}</pre>
 */
public class SigningRefusedException extends IOException {
    private static final long serialVersionUID = 1L;

    /** @param cause the guard's refusal (its message names the endpoint and the rule, never a secret) */
    public SigningRefusedException(RuntimeException cause) {
        super("Signet refused to sign this request: " + cause.getMessage(), cause);
    }
}
