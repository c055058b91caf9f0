package dev.signet.testkit.contract;

/**
 * What the client under test returned.
 *
 * <pre>{@code new ContractResponse(response.statusCode(), response.body())}</pre>
 *
 * @param status the HTTP status
 * @param body the body as text
 */
public record ContractResponse(int status, String body) {}
