package dev.signet.binance;

/**
 * Which of the exchange's WebSocket APIs a {@link WebSocketRequestSigner} signs for. The same method name means a
 * different endpoint on each ({@code order.place} is a spot order on one, a futures order on another), and the signature
 * covers neither the method nor the host, so the signer must be told: its guard then judges each method as the REST
 * request it mirrors on that API.
 *
 * <pre>{@code WebSocketRequestSigner.builder().api(WebSocketApi.USDM_FUTURES)}</pre>
 */
public enum WebSocketApi {
    /** The spot WebSocket API, {@code wss://ws-api.binance.com:443/ws-api/v3}: methods mirror {@code /api/v3}. */
    SPOT,
    /** The USDⓈ-M futures WebSocket API, {@code wss://ws-fapi.binance.com/ws-fapi/v1}: methods mirror {@code /fapi}. */
    USDM_FUTURES,
    /** The COIN-M futures WebSocket API, {@code wss://ws-dapi.binance.com/ws-dapi/v1}: methods mirror {@code /dapi}. */
    COINM_FUTURES
}
