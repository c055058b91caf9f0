package dev.signet.binance.guard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.testing.Tools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What reaches the disk when one order is signed, read with {@code strace} from a separate JVM: the temp file is
 * fsynced before it is renamed over the state file, and the folder is fsynced after the rename, so a power cut cannot
 * bring back an older count (or an empty file).
 */
class FileLimitStoreDurabilityTest {
    private static final Pattern OPEN = Pattern.compile("openat\\(AT_FDCWD, \"([^\"]*)\", ([A-Z_|]+)[^)]*\\) = (\\d+)");
    private static final Pattern FSYNC = Pattern.compile("fsync\\((\\d+)\\) += 0");
    @TempDir
    Path dir;

    @Test
    void theTempFileIsSyncedBeforeTheRenameAndTheFolderAfterIt() throws Exception {
        Tools.require("strace");
        Path state = dir.resolve("orders.state");
        Path go = Files.writeString(dir.resolve("go"), "go\n");
        Path traces = Files.createDirectory(dir.resolve("trace"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process traced = new ProcessBuilder(List.of("strace", "-f", "-ff", "-qq", "-o", traces.resolve("t").toString(), "-e",
                "trace=openat,rename,renameat,renameat2,fsync,fdatasync", java, "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), FileHammer.class.getName(), state.toString(), "1", "1"))
                .redirectInput(go.toFile()).redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile()).start();
        assertThat(traced.waitFor()).as("the traced signer's exit code; see %s", dir.resolve("err")).isZero();
        assertThat(Files.readString(dir.resolve("out"))).contains("signed");

        List<String> calls = threadThatRenamed(traces, state);
        int rename = indexOf(calls, "rename", "\"" + state + ".tmp\"", "\"" + state + "\") = 0");
        assertThat(rename).as("the temp file renamed over the state file").isNotNegative();
        String tempFd = lastOpened(calls, rename, state + ".tmp");
        assertThat(syncedBetween(calls, tempFd, openedAt(calls, rename, state + ".tmp"), rename)).as("fsync of the temp file before the rename")
                .isTrue();
        int folderOpen = firstOpenedAfter(calls, rename, dir.toString());
        assertThat(folderOpen).as("the folder opened after the rename").isNotNegative();
        assertThat(syncedBetween(calls, fd(calls.get(folderOpen)), folderOpen, calls.size())).as("fsync of the folder after the rename")
                .isTrue();
    }

    /** The calls of the one thread that renamed the temp file (-ff writes a file per thread, so no call is split). */
    private static List<String> threadThatRenamed(Path traces, Path state) throws Exception {
        try (Stream<Path> files = Files.list(traces)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                List<String> calls = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (indexOf(calls, "rename", "\"" + state + ".tmp\"") >= 0) {
                    return calls;
                }
            }
        }
        throw new AssertionError("no thread renamed " + state + ".tmp");
    }

    private static int indexOf(List<String> calls, String... parts) {
        for (int i = 0; i < calls.size(); i++) {
            String call = calls.get(i);
            if (List.of(parts).stream().allMatch(call::contains)) {
                return i;
            }
        }
        return -1;
    }

    private static int openedAt(List<String> calls, int before, String path) {
        for (int i = before - 1; i >= 0; i--) {
            Matcher m = OPEN.matcher(calls.get(i));
            if (m.find() && m.group(1).equals(path)) {
                return i;
            }
        }
        return -1;
    }

    private static String lastOpened(List<String> calls, int before, String path) {
        int at = openedAt(calls, before, path);
        assertThat(at).as("%s opened", path).isNotNegative();
        return fd(calls.get(at));
    }

    private static int firstOpenedAfter(List<String> calls, int after, String path) {
        for (int i = after + 1; i < calls.size(); i++) {
            Matcher m = OPEN.matcher(calls.get(i));
            if (m.find() && m.group(1).equals(path)) {
                return i;
            }
        }
        return -1;
    }

    private static String fd(String call) {
        Matcher m = OPEN.matcher(call);
        assertThat(m.find()).as(call).isTrue();
        return m.group(3);
    }

    private static boolean syncedBetween(List<String> calls, String fd, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            Matcher m = FSYNC.matcher(calls.get(i));
            if (m.find() && m.group(1).equals(fd)) {
                return true;
            }
        }
        return false;
    }
}
