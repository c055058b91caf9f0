package dev.signet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.binance.guard.LimitStoreException;
import dev.signet.binance.guard.TradingLimitExceededException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Exit codes of failures no command provokes on its own input. */
class ExitCodesTest {
    @Test
    void aLimitStoreThatCannotAnswerIsExitThreeNotARefusalByPolicy() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new SignetCommand(Map.of(), InputStream.nullInputStream())).setErr(new PrintWriter(err));
        LimitStoreException unreadable = new LimitStoreException("cannot read the trading-limit state /var/lib/bot/orders.state "
                + "(java.nio.file.AccessDeniedException); refusing to sign\nsecond line");

        int code = new ExitCodes().handleExecutionException(unreadable, cli, cli.parseArgs("doctor"));

        assertThat(code).isEqualTo(3);
        assertThat(err.toString()).startsWith("signet: cannot read the trading-limit state /var/lib/bot/orders.state")
                .doesNotContain("second line");
        assertThat(ExitCodes.codeOf(new TradingLimitExceededException("the limit of 200 orders per UTC day would be passed")))
                .isEqualTo(4);
    }
}
