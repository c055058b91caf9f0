package dev.signet.http.okhttp;

import dev.signet.binance.HttpRequestSigner;
import dev.signet.testkit.contract.ClientSettings;
import dev.signet.testkit.contract.ContractClient;
import dev.signet.testkit.contract.ContractResponse;
import dev.signet.testkit.contract.HttpAdapterContract;
import java.io.IOException;
import okhttp3.Request;

/** The adapter contract on OkHttp's synchronous {@code Call.execute()}: failures are thrown by {@code execute}. */
class OkHttpExecuteContractTest extends HttpAdapterContract {
    @Override
    protected ContractClient newClient(HttpRequestSigner signer, ClientSettings settings) {
        return new OkHttpClientUnderTest(signer, settings) {
            @Override
            ContractResponse send(Request request) throws IOException {
                return toContract(client.newCall(request).execute());
            }
        };
    }
}
