package dev.signet.http.okhttp;

import dev.signet.binance.HttpRequestSigner;
import dev.signet.testkit.contract.ClientSettings;
import dev.signet.testkit.contract.ContractClient;
import dev.signet.testkit.contract.ContractResponse;
import dev.signet.testkit.contract.HttpAdapterContract;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Request;
import okhttp3.Response;

/** The adapter contract on OkHttp's {@code Call.enqueue()}: failures arrive in {@code Callback.onFailure}. */
class OkHttpEnqueueContractTest extends HttpAdapterContract {
    @Override
    protected ContractClient newClient(HttpRequestSigner signer, ClientSettings settings) {
        return new OkHttpClientUnderTest(signer, settings) {
            @Override
            ContractResponse send(Request request) throws Exception {
                CompletableFuture<ContractResponse> result = new CompletableFuture<>();
                client.newCall(request).enqueue(new Callback() {
                    @Override
                    public void onFailure(Call call, IOException failure) {
                        result.completeExceptionally(failure);
                    }

                    @Override
                    public void onResponse(Call call, Response response) {
                        try {
                            result.complete(toContract(response));
                        } catch (IOException failure) {
                            result.completeExceptionally(failure);
                        }
                    }
                });
                return ContractClient.await(result);
            }
        };
    }
}
