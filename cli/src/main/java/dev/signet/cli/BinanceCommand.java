package dev.signet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.signet.binance.BinanceRequest;
import dev.signet.binance.RequestSigner;
import dev.signet.binance.SignedRequest;
import dev.signet.binance.SignedWebSocketParams;
import dev.signet.binance.WebSocketApi;
import dev.signet.binance.WebSocketRequestSigner;
import dev.signet.core.ApiKey;
import dev.signet.core.KeyedSigner;
import dev.signet.core.Signers;
import dev.signet.core.SigningKey;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code signet binance}: the exchange's signing rules from the command line. */
@Command(name = "binance", mixinStandardHelpOptions = true, description = "Sign requests exactly as the exchange checks them.",
        subcommands = {BinanceCommand.SignRequest.class, BinanceCommand.SignWs.class})
final class BinanceCommand {
    /** The API key never enters the signed REST payload; the CLI prints only query and body. */
    private static final ApiKey UNUSED_API_KEY = ApiKey.of("not-sent-by-the-cli");

    @ParentCommand
    SignetCommand root;

    private static Clock at(long millis) {
        return Clock.fixed(Instant.ofEpochMilli(millis), ZoneOffset.UTC);
    }

    /** {@code binance sign-request}: prints {@code {"query":"…","body":"…"}}, exactly the strings to send. */
    @Command(name = "sign-request", mixinStandardHelpOptions = true,
            description = "Sign a REST request; values are raw, in sending order. Prints {\"query\":…,\"body\":…}.")
    static final class SignRequest implements Callable<Integer> {
        @ParentCommand
        BinanceCommand parent;
        @Spec
        CommandSpec spec;
        @Mixin
        KeyOptions key;
        @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A query parameter (repeatable, in order).")
        List<String> params = new ArrayList<>();
        @Option(names = "--body-param", paramLabel = "NAME=VALUE", description = "A form-body parameter (repeatable, in order).")
        List<String> bodyParams = new ArrayList<>();
        @Option(names = "--timestamp", required = true, paramLabel = "MS", description = "The request's timestamp, in ms since the epoch.")
        long timestamp;
        @Option(names = "--endpoint", defaultValue = "POST /api/v3/order", paramLabel = "'METHOD /PATH'",
                description = "The endpoint the request goes to, judged by the default signing policy (default: ${DEFAULT-VALUE}).")
        String endpoint;
        @Option(names = "--recv-window", paramLabel = "MS", description = "recvWindow to send (ms, at most 60000); none when absent.")
        BigDecimal recvWindow;
        @Mixin
        Verbose verbose;

        @Override
        public Integer call() throws IOException {
            String[] methodAndPath = endpoint.strip().split(" +", 2);
            if (methodAndPath.length != 2) {
                throw new IllegalArgumentException("--endpoint must be 'METHOD /path', e.g. 'POST /api/v3/order'");
            }
            BinanceRequest.Builder request = BinanceRequest.of(methodAndPath[0], methodAndPath[1]);
            for (String p : params) {
                String[] kv = split(p);
                request.param(kv[0], kv[1]);
            }
            for (String p : bodyParams) {
                String[] kv = split(p);
                request.bodyParam(kv[0], kv[1]);
            }
            try (SigningKey signingKey = key.load(parent.root.env, null);
                    KeyedSigner keyed = new KeyedSigner(UNUSED_API_KEY, Signers.forKey(signingKey), signingKey.fingerprint())) {
                RequestSigner.Builder signer = RequestSigner.builder().clock(at(timestamp)).keyedSigner(keyed);
                if (recvWindow != null) {
                    signer.recvWindow(recvWindow);
                }
                SignedRequest signed = signer.build().sign(request.build());
                ObjectMapper json = new ObjectMapper();
                ObjectNode out = json.createObjectNode().put("query", signed.query()).put("body", signed.body());
                spec.commandLine().getOut().println(json.writeValueAsString(out));
                return ExitCodes.OK;
            }
        }

        private static String[] split(String pair) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--param and --body-param take NAME=VALUE; one has no name or no '='");
            }
            return new String[] {pair.substring(0, eq), pair.substring(eq + 1)};
        }
    }

    /** {@code binance sign-ws}: prints the params object with apiKey, timestamp and signature added. */
    @Command(name = "sign-ws", mixinStandardHelpOptions = true,
            description = "Sign WebSocket API params (a JSON object of strings); prints them with apiKey, timestamp, signature.")
    static final class SignWs implements Callable<Integer> {
        @ParentCommand
        BinanceCommand parent;
        @Spec
        CommandSpec spec;
        @Mixin
        KeyOptions key;
        @Option(names = "--api-key-env", required = true, paramLabel = "NAME", description = "Variable holding the API key (sent as apiKey).")
        String apiKeyEnv;
        @Option(names = "--params-json", required = true, paramLabel = "JSON", description = "The request's params: a JSON object of strings.")
        String paramsJson;
        @Option(names = "--method", defaultValue = "order.place", paramLabel = "NAME",
                description = "The spot WebSocket API method, judged by the default signing policy (default: ${DEFAULT-VALUE}).")
        String method;
        @Option(names = "--timestamp", required = true, paramLabel = "MS", description = "The request's timestamp, in ms since the epoch.")
        long timestamp;
        @Mixin
        Verbose verbose;

        @Override
        public Integer call() throws IOException {
            String apiKey = KeyOptions.variable(parent.root.env, apiKeyEnv, "--api-key-env");
            ObjectMapper json = new ObjectMapper();
            Map<String, String> params = new LinkedHashMap<>();
            JsonNode node = paramsObject(json);
            node.properties().forEach(e -> params.put(e.getKey(), e.getValue().asText()));
            try (SigningKey signingKey = key.load(parent.root.env, null);
                    KeyedSigner signer = new KeyedSigner(ApiKey.of(apiKey), Signers.forKey(signingKey), signingKey.fingerprint())) {
                SignedWebSocketParams signed = WebSocketRequestSigner.builder().api(WebSocketApi.SPOT).keyedSigner(signer)
                        .clock(at(timestamp)).build().signParams(method, params, timestamp);
                spec.commandLine().getOut().println(signed.toJson());
                return ExitCodes.OK;
            }
        }

        /** {@code --params-json} parsed; its text is never quoted back (a parser's excerpt would echo it). */
        private JsonNode paramsObject(ObjectMapper json) {
            JsonNode node;
            try {
                node = json.readTree(paramsJson);
            } catch (IOException e) {
                node = null;
            }
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("--params-json must be a JSON object of string values");
            }
            return node;
        }
    }
}
