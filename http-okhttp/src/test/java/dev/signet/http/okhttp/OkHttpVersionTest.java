package dev.signet.http.okhttp;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.OkHttp;
import org.junit.jupiter.api.Test;

/** The build runs this module's tests twice, on OkHttp 4 and on OkHttp 5: this proves each run got the one it asked for. */
class OkHttpVersionTest {
    @Test
    void runsOnTheOkHttpMajorVersionTheBuildChose() throws ReflectiveOperationException {
        // read at run time: OkHttp.VERSION is a constant javac would inline from the version compiled against
        Object version = OkHttp.class.getField("VERSION").get(null);
        assertThat(version).asString().startsWith(System.getProperty("signet.expectOkHttpMajor") + ".");
    }
}
