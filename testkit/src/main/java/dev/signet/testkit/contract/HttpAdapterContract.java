package dev.signet.testkit.contract;

import dev.signet.binance.HttpRequestSigner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * The contract every Signet HTTP adapter passes, run identically against each: extend it in the adapter's tests and
 * build the client with the adapter installed. The cases ({@link SigningCases}, {@link RedirectCases},
 * {@link RefusalCases}, {@link RetryCases}, {@link ClockCases}) send through that client to loopback listeners
 * that verify like the exchange and record what every origin receives (see {@link ContractFixture}).
 *
 * <p>JUnit and AssertJ are optional dependencies of the testkit; a test that extends this class has both.
 *
 * <pre>{@code
 * class OkHttpContractTest extends HttpAdapterContract {
 *     protected ContractClient newClient(HttpRequestSigner signer, ClientSettings settings) {
 *         return new OkHttpClientUnderTest(SigningInterceptor.create(signer).installOn(new OkHttpClient.Builder()).build());
 *     }
 * }
 * }</pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings("exports") // JUnit is optional in the testkit; see MockExchangeExtension
public abstract class HttpAdapterContract implements SigningCases, RedirectCases, RefusalCases, RetryCases, ClockCases {
    private ContractFixture fixture;

    /** For subclasses. */
    protected HttpAdapterContract() {
        // the fixture starts before the first case
    }

    /**
     * A client of the adapter's HTTP library with the adapter installed, signing with {@code signer}.
     *
     * @param settings retries on (the library's default) or disabled, and the certificate to trust for https
     */
    protected abstract ContractClient newClient(HttpRequestSigner signer, ClientSettings settings) throws Exception;

    @Override
    public final ContractFixture fixture() {
        return fixture;
    }

    /** Starts the listeners and makes the keys, once per adapter. */
    @BeforeAll
    public final void startListeners() throws Exception {
        fixture = new ContractFixture(this);
    }

    /** Every case starts from empty recordings and default listener behaviour. */
    @BeforeEach
    public final void resetListeners() throws Exception {
        fixture.reset();
    }

    /** Closes the listeners and wipes the keys. */
    @AfterAll
    public final void stopListeners() throws Exception {
        fixture.close();
    }
}
