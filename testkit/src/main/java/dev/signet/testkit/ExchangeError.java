package dev.signet.testkit;

/**
 * The exchange error codes {@link MockExchange} answers with, and their HTTP status and message.
 *
 * <pre>{@code assertThat(response.body()).contains(ExchangeError.BAD_SIGNATURE.json());}</pre>
 */
public enum ExchangeError {
    /** -1021: timestamp outside the recvWindow. */
    TIMESTAMP_OUTSIDE_RECV_WINDOW(-1021, 400, "Timestamp for this request is outside of the recvWindow."),
    /** -1022: the signature does not match. */
    BAD_SIGNATURE(-1022, 400, "Signature for this request is not valid."),
    /** -1102: a mandatory parameter is missing. */
    MANDATORY_PARAM_MISSING(-1102, 400, "Mandatory parameter was not sent, was empty/null, or malformed."),
    /** -1100: illegal characters (raw non-ASCII, bad escapes). */
    ILLEGAL_CHARS(-1100, 400, "Illegal characters found in a parameter."),
    /** -2014: API key missing or unknown. */
    BAD_API_KEY_FORMAT(-2014, 401, "API-key format invalid."),
    /** -2015: IP not allowed or permission missing for the endpoint. */
    REJECTED_KEY_IP_OR_PERMISSION(-2015, 401, "Invalid API-key, IP, or permissions for action."),
    /** HTTP 404: no documented endpoint at this method and path (the exchange routes before it checks keys; code 0). */
    NO_SUCH_ENDPOINT(0, 404, "No such endpoint.");

    private final int code;
    private final int httpStatus;
    private final String message;

    ExchangeError(int code, int httpStatus, String message) {
        this.code = code;
        this.httpStatus = httpStatus;
        this.message = message;
    }

    /** The exchange's numeric code. */
    public int code() {
        return code;
    }

    /** The HTTP status sent with it. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The exchange-style JSON body, {@code {"code":-1022,"msg":"…"}}. */
    public String json() {
        return "{\"code\":" + code + ",\"msg\":\"" + message + "\"}";
    }
}
