package dev.signet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.binance.BinanceRequest;
import dev.signet.binance.RequestSigner;
import dev.signet.binance.guard.EndpointScopes;
import dev.signet.binance.guard.PermissionDeniedException;
import dev.signet.binance.guard.Scope;
import dev.signet.core.ApiKey;
import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.KeyedSigner;
import dev.signet.core.Signers;
import dev.signet.core.SigningKey;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What {@code doctor} says about the default policy is what a signer built without a guard, and the CLI, do. */
class DefaultPolicyTest {
    /** One endpoint per scope. */
    private static final Map<Scope, String> ENDPOINTS = Map.of(Scope.READ, "GET /api/v3/account", Scope.SPOT_TRADE, "POST /api/v3/order",
            Scope.MARGIN, "POST /sapi/v1/margin/borrow-repay", Scope.FUTURES, "POST /fapi/v1/leverage",
            Scope.TRANSFER, "POST /sapi/v1/asset/transfer", Scope.WITHDRAW, "POST /sapi/v1/capital/withdraw/apply",
            Scope.KEY_MANAGEMENT, "POST /sapi/v1/margin/apiKey", Scope.UNKNOWN, "POST /sapi/v9/somethingNew");

    @Test
    void doctorsPolicyLineIsWhatTheLibraryAndTheCliDo() {
        Cli doctor = Cli.run(CommandsTest.ENV, "doctor", "--prefix", "BINANCE");
        Matcher line = Pattern.compile("policy: .* sign \\[(.*)] and refuse \\[(.*)] unless code allows them; only "
                + "RequestGuard\\.unguarded\\(\\) turns the guard off").matcher(doctor.out());
        assertThat(line.find()).as(doctor.out()).isTrue();
        Set<Scope> signed = scopes(line.group(1));
        Set<Scope> refused = scopes(line.group(2));
        assertThat(EnumSet.copyOf(signed)).doesNotContainAnyElementsOf(refused);
        assertThat(signed.size() + refused.size()).isEqualTo(Scope.values().length);

        RequestSigner library = RequestSigner.builder().keyedSigner(new KeyedSigner(ApiKey.of("doctorKeyAbCdEfGh0123"),
                Signers.forKey(SigningKey.hmacSha256(InsecureSecretAccess.secretFromString(CommandsTest.SECRET))), "t")).build();
        for (Scope scope : Scope.values()) {
            String[] endpoint = ENDPOINTS.get(scope).split(" ");
            assertThat(EndpointScopes.scopeOf(endpoint[0], endpoint[1])).isEqualTo(scope);
            boolean librarySigns = signs(library, BinanceRequest.of(endpoint[0], endpoint[1]).param("x", "1").build());
            Cli cli = Cli.run(CommandsTest.ENV, "binance", "sign-request", "--secret-env", "BINANCE_API_SECRET", "--endpoint",
                    ENDPOINTS.get(scope), "--param", "x=1", "--timestamp", "1");
            assertThat(librarySigns).as(scope + " signed by the library").isEqualTo(signed.contains(scope));
            assertThat(cli.code()).as(scope + " " + cli.err()).isEqualTo(signed.contains(scope) ? 0 : 4);
        }
    }

    @Test
    void signRequestRefusesAWithdrawalNamingTheOption() {
        Cli withdraw = Cli.run(CommandsTest.ENV, "binance", "sign-request", "--secret-env", "BINANCE_API_SECRET",
                "--endpoint", "POST /SAPI/V1/CAPITAL/WITHDRAW/APPLY", "--param", "coin=BTC", "--timestamp", "1");
        assertThat(withdraw.code()).isEqualTo(4);
        assertThat(withdraw.err()).contains("WITHDRAW", "allowWithdrawalsAndTransfers");
        assertThat(withdraw.out()).isEmpty();
    }

    @Test
    void signWsRefusesALogonAndAnythingThatSignsTheSameText() {
        for (String[] methodAndParams : new String[][] {{"session.logon", "{}"}, {"account.status", "{}"}}) {
            Cli ws = Cli.run(CommandsTest.ENV, "binance", "sign-ws", "--secret-env", "BINANCE_API_SECRET", "--api-key-env", "BINANCE_API_KEY",
                    "--method", methodAndParams[0], "--params-json", methodAndParams[1], "--timestamp", "1655716096498");
            assertThat(ws.code()).as(methodAndParams[0]).isEqualTo(4);
            assertThat(ws.out()).isEmpty();
        }
    }

    private static boolean signs(RequestSigner signer, BinanceRequest request) {
        try {
            signer.sign(request);
            return true;
        } catch (PermissionDeniedException refused) {
            return false;
        }
    }

    private static Set<Scope> scopes(String list) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String name : list.split(", ")) {
            scopes.add(Scope.valueOf(name.strip()));
        }
        return scopes;
    }
}
