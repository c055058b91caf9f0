package dev.signet.binance.guard;

import dev.signet.core.CredentialsException;
import dev.signet.credentials.FileRules;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The default {@link LimitStore}: a state file on the local disk that any number of processes on one host may share
 * (a restart overlapping the old process, several bots on one key) and together never pass a limit. Each reservation
 * holds an OS file lock on {@code <state>.lock} across read, check and write, and is on disk before the order is
 * signed: written to {@code <state>.tmp} (created new, links never followed, mode 0600), fsynced, renamed over the
 * state file, then the folder fsynced, so a {@code kill -9} or a power cut keeps the count. Reads take no lock (a
 * rename is atomic). The lock counts only while {@code <state>.lock} still names the locked file (checked after
 * locking and before the rename; a replaced lock file means starting again on the new one), and neither the state
 * file nor the lock file may be a symbolic link.
 *
 * <p>The state, lock and temp files pass the rules of secret files ({@link FileRules}: owned by this user, mode
 * 0600, every folder up to the root trusted); a state file that breaks them, or is not exactly what this store
 * writes ({@link StateFile}), is refused with {@link LimitStoreException}, never reset. {@link #open} checks the
 * folder and any existing state, so a bot fails at startup, not at its first order. Use a local file system: file
 * locks over NFS are not to be trusted.
 *
 * <pre>{@code LimitStore store = FileLimitStore.open(Path.of("/var/lib/bot/orders.state"));}</pre>
 */
public final class FileLimitStore implements LimitStore {
    /** One lock per state file in this JVM: the OS lock is per process, and two channels on one file must not both hold it. */
    private static final ConcurrentMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    /** Tries to lock a lock file that is being replaced, and to find one that is being deleted, before refusing. */
    private static final int LOCK_ATTEMPTS = 10;
    private static final LocalDate ANY_DAY = LocalDate.EPOCH;
    private static final FileAttribute<?> OWNER_ONLY = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    private final Path file;
    private final Path folder;
    private final Path lockFile;
    private final Path temp;
    private final String where;
    private final FileRules rules;
    private final boolean posix;
    private final ReentrantLock inProcess;

    private FileLimitStore(Path file, FileRules rules) {
        Path absolute = file.toAbsolutePath();
        if (absolute.getParent() == null || absolute.getFileName() == null) {
            throw new IllegalArgumentException("the trading-limit state needs a file name in a folder, got " + file);
        }
        this.file = absolute;
        this.folder = absolute.getParent();
        this.lockFile = folder.resolve(absolute.getFileName() + ".lock");
        this.temp = folder.resolve(absolute.getFileName() + ".tmp");
        this.where = "the trading-limit state " + absolute;
        this.rules = rules;
        this.posix = absolute.getFileSystem().supportedFileAttributeViews().contains("posix");
        try {
            rules.checkFolder(folder);
            this.inProcess = IN_PROCESS.computeIfAbsent(folder.toRealPath().resolve(absolute.getFileName().toString()),
                    path -> new ReentrantLock());
        } catch (CredentialsException e) {
            throw new LimitStoreException("the trading-limit state's folder: " + e.getMessage(), e);
        } catch (IOException e) {
            throw failed("cannot resolve the folder of", e);
        }
    }

    /**
     * The store on {@code stateFile}, whose folder must exist and pass the file rules. Creates the lock file (mode
     * 0600) if needed and reads the state file if there is one: no state file means no orders counted yet.
     *
     * @throws LimitStoreException if the folder is missing or insecure, or the state is unreadable, insecure or corrupt
     */
    public static FileLimitStore open(Path stateFile) {
        return open(stateFile, FileRules.create());
    }

    static FileLimitStore open(Path stateFile, FileRules rules) {
        FileLimitStore store = new FileLimitStore(stateFile, rules);
        store.inProcess.lock();
        try {
            store.lockFileKey(); // creates it if needed
            store.openChecked(store.lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE).close();
        } catch (IOException e) {
            throw store.failed("cannot create or open the lock file of", e);
        } finally {
            store.inProcess.unlock();
        }
        store.read(ANY_DAY);
        return store;
    }

    @Override
    public void reserve(Reservation reservation) {
        update(reservation.day(), state -> {
            state.reserve(reservation, where);
            return true;
        });
    }

    @Override
    public void release(String symbol, BigDecimal notional) {
        update(ANY_DAY, state -> {
            if (state.openNotional(symbol).signum() == 0) {
                return false;
            }
            state.release(symbol, notional);
            return true;
        });
    }

    @Override
    public int ordersOn(LocalDate day) {
        return read(day).ordersOn(day, where);
    }

    @Override
    public BigDecimal openNotional(String symbol) {
        return read(ANY_DAY).openNotional(symbol);
    }

    @Override
    public String toString() {
        return "FileLimitStore[" + file + "]";
    }

    /** Under this JVM's lock and the OS lock: reads the state, lets {@code change} change it, writes it if it did. */
    private void update(LocalDate day, Change change) {
        boolean written;
        inProcess.lock();
        try {
            written = updateLocked(day, change);
        } catch (IOException e) {
            throw failed("cannot lock or write", e);
        } finally {
            inProcess.unlock();
        }
        if (written) {
            syncFolder();
        }
    }

    /**
     * The OS lock counts only while {@code <state>.lock} still names the locked file: checked after locking and again
     * just before the new state replaces the old one. When the lock file was replaced (another process may then hold
     * the lock on the new file), the step starts again on the new file, at most {@link #LOCK_ATTEMPTS} times; so it does
     * when the state file read is no longer the one on disk (a process holding a replaced lock committed meanwhile).
     */
    @SuppressWarnings("try") // the pinned state file is held open, never read through
    private boolean updateLocked(LocalDate day, Change change) throws IOException {
        for (int attempt = 1; attempt <= LOCK_ATTEMPTS; attempt++) {
            Object locking = lockFileKey();
            try (FileChannel lockChannel = openChecked(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                lockChannel.lock(); // released when the channel closes
                if (!locking.equals(lockFileKey())) {
                    continue;
                }
                try (FileChannel pinned = pinStateFile()) {
                    Object reading = stateFileKey();
                    LimitState state = read(day);
                    if (!change.apply(state)) {
                        return false;
                    }
                    writeTemp(StateFile.format(state));
                    if (locking.equals(lockFileKey()) && Objects.equals(reading, stateFileKey())) {
                        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
                        return true;
                    }
                }
            }
        }
        Files.deleteIfExists(temp);
        throw new LimitStoreException("the lock file " + lockFile + " was replaced " + LOCK_ATTEMPTS + " times while this process "
                + "held or waited for it; refusing to sign. Something deletes or recreates it while bots run: stop that (only "
                + "the store creates it)");
    }

    /**
     * The file key of {@code <state>.lock}, created (mode 0600) if it is missing.
     *
     * @throws LimitStoreException if it is a symbolic link: processes reaching it by other names would not share the lock
     */
    private Object lockFileKey() throws IOException {
        for (int attempt = 1; attempt <= LOCK_ATTEMPTS; attempt++) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(lockFile, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (attributes.isSymbolicLink()) {
                    throw isLink(lockFile);
                }
                return attributes.fileKey() != null ? attributes.fileKey() : lockFile;
            } catch (NoSuchFileException deleted) {
                try {
                    createNew(lockFile).close();
                } catch (FileAlreadyExistsException recreated) {
                    // by another process
                }
            }
        }
        throw new LimitStoreException("the lock file " + lockFile + " disappeared " + LOCK_ATTEMPTS + " times in a row; refusing to "
                + "sign. Something deletes it while bots run: stop that (only the store creates it)");
    }

    /**
     * The state file held open for one step, so its file key cannot be reused by a new file while the step compares it
     * ({@code null} when there is none yet, or when it cannot be opened: {@link #read} then says why).
     */
    private FileChannel pinStateFile() {
        try {
            return FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException missingOrRefused) {
            return null;
        }
    }

    /** The identity of the state file on disk ({@code null} when there is none): every commit renames a new file over it. */
    private Object stateFileKey() throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (posix && ((Number) Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS)).intValue() > 1) {
                throw new LimitStoreException(file + " has another name (a hard link); refusing to sign: processes reaching it by "
                        + "another name would lock another file and keep their own count. Remove the other name (find it with "
                        + "find / -samefile " + file + ")");
            }
            return attributes.fileKey() != null ? attributes.fileKey() : attributes.lastModifiedTime();
        } catch (NoSuchFileException none) {
            return null;
        }
    }

    /** The state on disk, or an empty one on {@code day} when there is no state file. */
    private LimitState read(LocalDate day) {
        if (Files.notExists(file, LinkOption.NOFOLLOW_LINKS)) {
            return LimitState.empty(day);
        }
        try (FileChannel in = openUnlessLink(file)) {
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(in.size() + 1, StateFile.MAX_BYTES + 1L));
            while (buffer.hasRemaining() && in.read(buffer) >= 0) {
                // read until full or at the end
            }
            if (buffer.position() > StateFile.MAX_BYTES) {
                throw new LimitStoreException(where + " is larger than " + StateFile.MAX_BYTES / 1024 + " KiB: it is not a state "
                        + "file Signet wrote; refusing to sign. Check it; delete it only if you know today's count");
            }
            return StateFile.parse(Arrays.copyOf(buffer.array(), buffer.position()), where);
        } catch (IOException e) {
            throw failed("cannot read", e);
        }
    }

    /** Writes the next state to a new temp file (never through a link), fsynced; renaming it over the state file commits it. */
    private void writeTemp(byte[] bytes) throws IOException {
        Files.deleteIfExists(temp); // left by a process killed mid-write; deleting a link removes the link
        try (FileChannel out = createNew(temp)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(true);
        }
    }

    /** Makes the rename durable: without this a power cut may bring back the previous count. */
    private void syncFolder() {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            if (posix) { // elsewhere (Windows) a folder cannot be opened, and the rename is durable once it returns
                throw failed("cannot fsync the folder of", e);
            }
        }
    }

    /** Creates {@code path}, mode 0600, for writing; fails if anything (a link included) is there. */
    private FileChannel createNew(Path path) throws IOException {
        Set<OpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        return posix ? FileChannel.open(path, options, OWNER_ONLY) : FileChannel.open(path, options);
    }

    /** {@link #openChecked} for reading, refusing a link at {@code path} itself. */
    private FileChannel openUnlessLink(Path path) throws IOException {
        if (Files.isSymbolicLink(path)) {
            throw isLink(path);
        }
        return openChecked(path);
    }

    private FileChannel openChecked(Path path, StandardOpenOption... options) {
        try {
            return rules.open(path, options);
        } catch (CredentialsException e) {
            throw new LimitStoreException("trading-limit state: " + e.getMessage() + "; refusing to sign", e);
        }
    }

    private static LimitStoreException isLink(Path path) throws IOException {
        return new LimitStoreException(path + " is a symbolic link to " + Files.readSymbolicLink(path) + "; refusing to sign: "
                + "processes reaching the file by different names would not share the lock or the count. Name the real file in "
                + "every bot, not a link to it");
    }

    private LimitStoreException failed(String what, IOException e) {
        return new LimitStoreException(what + " " + where + " (" + e + "); refusing to sign. Check the disk and the folder's "
                + "permissions", e);
    }

    /** A change to the state under the lock; false when there is nothing to write. */
    private interface Change {
        boolean apply(LimitState state);
    }
}
