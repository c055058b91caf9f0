package dev.signet.pkcs11.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.pkcs11.Pkcs11Uri;
import dev.signet.pkcs11.testing.SoftHsm;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xipki.pkcs11.wrapper.Session;
import org.xipki.pkcs11.wrapper.Token;

/** The session pool a token key signs through, against a SoftHSM2 token. */
class SessionPoolTest {
    @TempDir
    static Path dir;
    static Token token;

    @BeforeAll
    static void token() throws Exception {
        SoftHsm hsm = SoftHsm.start(dir);
        hsm.initToken("pool", SoftHsm.newPin());
        token = TokenSelection.find(Libraries.load(SoftHsm.LIBRARY), Pkcs11Uri.parse("pkcs11:token=pool;object=none"), "softhsm").token();
    }

    @Test
    void aThreadWaitingForABusyPoolOpensASessionAsSoonAsAFailedOneIsDropped() throws Exception {
        SessionPool pool = new SessionPool(token, "token 'pool'", 1);
        Session failed = pool.borrow();
        CompletableFuture<Session> waiter = CompletableFuture.supplyAsync(pool::borrow);
        Thread.sleep(300); // the waiter is now waiting for the pool's only session
        pool.giveBack(failed, false);
        Session next = waiter.get(3, TimeUnit.SECONDS); // not the pool's 10 s timeout
        assertThat(next).isNotSameAs(failed);
        pool.giveBack(next, true);
        pool.close();
    }
}
