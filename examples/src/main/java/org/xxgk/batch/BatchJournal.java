package org.xxgk.batch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.xxgk.spark.SparkDocument;

/**
 * What a batch has read so far, on disk: {@code OUT/journal/records}, one record per document
 * appended the moment it is read, so that a run holds no results in memory and a rerun over the same
 * {@code OUT} reads only what is not there yet.
 *
 * <p>A record is {@code length, body, CRC-32 of body}; a body is the kind (read or failed), the document's source
 * name, the SHA-256 of its content and the {@link SparkDocument} it reduced to (Java serialization,
 * deflated). The first record holds the settings the journal was written with (the xxgk build and
 * the limits); a journal of other settings is started over. Each record is written with one
 * {@code write}, so a killed process loses at most the record being written; that torn tail fails
 * its length or CRC when the journal is opened and is cut off. The last record of a source wins
 * (a file whose content changed is read again and recorded again); {@link #compact} drops the
 * records nothing refers to.
 *
 * <p>One run at a time: the journal holds an exclusive lock on {@code OUT/journal/lock}, which
 * the operating system releases when the process dies, however it dies.
 */
public final class BatchJournal implements Closeable {

    static final String RECORDS = "records";
    private static final String LOCK = "lock";
    private static final String COMPACTED = "records.compacting";

    private static final byte HEADER = 'H';
    private static final byte READ = 'R';
    private static final byte FAILED = 'F';
    /** Bumped when the record layout or what a {@link SparkDocument} holds changes. */
    private static final String FORMAT = "xxgk-batch-journal 2";
    private static final int MAX_RECORD = 1 << 30;

    /**
     * Only the classes a {@link SparkDocument} is made of are read back (the journal sits in a
     * folder others may write to).
     */
    private static final ObjectInputFilter CLASSES = ObjectInputFilter.Config.createFilter(
            "maxdepth=32;org.xxgk.**;java.lang.*;java.util.*;java.math.*;java.time.*;!*");

    /**
     * Where one document's record is.
     *
     * @param source the document's name
     * @param hash   the SHA-256 of its content, hex; empty when it was not read whole (too large, an
     *               I/O error), so that it is tried again
     * @param failed whether it was a failure
     */
    record Entry(String source, String hash, boolean failed, long offset, int length) {}

    /** A document made into a record, ready to {@link #append}. */
    record Record(String source, String hash, boolean failed, byte[] frame) {}

    /** Another run holds the journal. */
    static final class LockedException extends IOException {
        private static final long serialVersionUID = 1L;

        LockedException(Path folder) {
            super(folder + " is in use by another xxgk batch");
        }
    }

    private final Path folder;
    private final FileChannel channel;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final int resumable;
    private final Optional<String> note;
    private long end;

    private BatchJournal(
            Path folder, FileChannel lockChannel, FileLock lock, FileChannel channel, String settings, boolean fresh)
            throws IOException {
        this.folder = folder;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.channel = channel;
        Files.deleteIfExists(folder.resolve(COMPACTED)); // a compaction that was killed: the records are intact
        String loaded = load();
        if (fresh || !settings.equals(loaded)) {
            if (loaded != null && channel.size() > 0 && !fresh) {
                note = Optional.of("the journal in " + folder
                        + " was written by another xxgk build or with other limits; " + "reading everything again");
            } else {
                note = Optional.empty();
            }
            entries.clear();
            channel.truncate(0);
            end = 0;
            append(frame(HEADER, settings, "", new byte[0]));
        } else {
            note = Optional.empty();
        }
        this.resumable = entries.size();
    }

    /**
     * Opens (creating it if need be) the journal in {@code folder}, locked for this run.
     *
     * @param settings what the records depend on besides the files: a journal written with other
     *                 settings is started over
     * @param fresh    start over whatever the journal holds
     * @throws LockedException when another run holds it
     */
    static BatchJournal open(Path folder, String settings, boolean fresh) throws IOException {
        Files.createDirectories(folder);
        FileChannel lockChannel =
                FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this JVM
        } catch (IOException | RuntimeException e) {
            lockChannel.close();
            throw e;
        }
        if (lock == null) {
            lockChannel.close();
            throw new LockedException(folder);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(
                    folder.resolve(RECORDS),
                    StandardOpenOption.CREATE,
                    StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            return new BatchJournal(folder, lockChannel, lock, channel, settings, fresh);
        } catch (IOException | RuntimeException e) {
            if (channel != null) channel.close();
            lock.release();
            lockChannel.close();
            throw e;
        }
    }

    /** Why the journal was started over although it held records, for the user. */
    Optional<String> note() {
        return note;
    }

    /** How many documents the journal held when it was opened. */
    int resumable() {
        return resumable;
    }

    /** The record of {@code source} if it was made from content of that hash. Thread-safe. */
    Optional<Entry> done(String source, String hash) {
        if (hash.isEmpty()) return Optional.empty();
        Entry entry = entries.get(source);
        return entry != null && entry.hash().equals(hash) ? Optional.of(entry) : Optional.empty();
    }

    /** The last record of {@code source}. */
    Optional<Entry> entry(String source) {
        return Optional.ofNullable(entries.get(source));
    }

    /** Makes a document into a record; any thread. */
    static Record record(String source, String hash, SparkDocument document) {
        ByteArrayOutputStream payload = new ByteArrayOutputStream(8192);
        // the fastest level: less than half the CPU of the default one, for a journal about 12 % larger
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (ObjectOutputStream out = new ObjectOutputStream(new DeflaterOutputStream(payload, deflater))) {
            out.writeObject(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: only a class that is not serializable, a bug
        } finally {
            deflater.end();
        }
        boolean failed = document instanceof SparkDocument.Failed;
        return new Record(source, hash, failed, frame(failed ? FAILED : READ, source, hash, payload.toByteArray()));
    }

    /** Appends a record: one write, at the end. Called by one thread. */
    void append(Record record) throws IOException {
        long offset = append(record.frame());
        entries.put(
                record.source(),
                new Entry(record.source(), record.hash(), record.failed(), offset, record.frame().length));
    }

    private long append(byte[] frame) throws IOException {
        long offset = end;
        ByteBuffer buffer = ByteBuffer.wrap(frame);
        while (buffer.hasRemaining()) channel.write(buffer, end + buffer.position());
        end += frame.length;
        return offset;
    }

    /** The document a record holds. */
    SparkDocument read(Entry entry) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(entry.length());
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, entry.offset() + buffer.position()) < 0)
                throw new IOException("journal cut short");
        }
        Body body = parse(buffer.array());
        if (body == null) throw new IOException("journal record of " + entry.source() + " is damaged");
        try (ObjectInputStream in =
                new ObjectInputStream(new InflaterInputStream(new ByteArrayInputStream(body.payload())))) {
            in.setObjectInputFilter(CLASSES);
            return (SparkDocument) in.readObject();
        } catch (ClassNotFoundException | ClassCastException | InvalidClassException e) {
            throw new IOException("journal record of " + entry.source() + " cannot be read: " + e, e);
        }
    }

    /**
     * Rewrites the journal with the records of {@code sources} alone, when records nothing refers
     * to take more room than the others: into a new file, then renamed over the old one, so that a
     * kill leaves one or the other whole.
     */
    void compact(Collection<String> sources) throws IOException {
        long keep = 0;
        List<Entry> kept = new ArrayList<>();
        for (String source : sources) {
            Entry entry = entries.get(source);
            if (entry == null) continue;
            kept.add(entry);
            keep += entry.length();
        }
        if (end - keep <= keep) return;
        Path target = folder.resolve(COMPACTED);
        try (FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            // the header first, as read at open
            ByteBuffer header = ByteBuffer.allocate(Integer.BYTES);
            channel.read(header, 0);
            header.flip();
            transfer(out, 0, Integer.BYTES + header.getInt() + Integer.BYTES);
            for (Entry entry : kept) transfer(out, entry.offset(), entry.length());
            out.force(true);
        }
        Files.move(
                target, folder.resolve(RECORDS), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        // the channel still reads the old file: the next run opens the new one
    }

    private void transfer(FileChannel out, long offset, long length) throws IOException {
        long done = 0;
        while (done < length) done += channel.transferTo(offset + done, length - done, out);
    }

    /** Pushes the records to the disk (a kill never needs it; a power cut does). */
    void force() throws IOException {
        channel.force(false);
    }

    @Override
    public void close() throws IOException {
        try {
            channel.close();
        } finally {
            try {
                lock.release();
            } finally {
                lockChannel.close();
            }
        }
    }

    // ---- records -------------------------------------------------------------------------------

    private record Body(byte kind, String source, String hash, byte[] payload) {}

    private static byte[] frame(byte kind, String source, String hash, byte[] payload) {
        try {
            ByteArrayOutputStream body = new ByteArrayOutputStream(payload.length + 256);
            DataOutputStream data = new DataOutputStream(body);
            data.writeByte(kind);
            byte[] name = source.getBytes(StandardCharsets.UTF_8);
            data.writeInt(name.length);
            data.write(name);
            byte[] digest = hash.getBytes(StandardCharsets.US_ASCII);
            data.writeInt(digest.length);
            data.write(digest);
            data.write(payload);
            data.flush();
            byte[] bytes = body.toByteArray();
            CRC32 crc = new CRC32();
            crc.update(bytes);
            return ByteBuffer.allocate(Integer.BYTES + bytes.length + Integer.BYTES)
                    .putInt(bytes.length).put(bytes).putInt((int) crc.getValue()).array();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A frame's body, or null when the frame is damaged. */
    private static Body parse(byte[] frame) {
        if (frame.length < 2 * Integer.BYTES) return null;
        ByteBuffer buffer = ByteBuffer.wrap(frame);
        int length = buffer.getInt();
        if (length < 0 || length != frame.length - 2 * Integer.BYTES) return null;
        CRC32 crc = new CRC32();
        crc.update(frame, Integer.BYTES, length);
        if ((int) crc.getValue() != ByteBuffer.wrap(frame, Integer.BYTES + length, Integer.BYTES).getInt()) return null;
        try {
            byte kind = buffer.get();
            byte[] name = new byte[buffer.getInt()];
            buffer.get(name);
            byte[] digest = new byte[buffer.getInt()];
            buffer.get(digest);
            byte[] payload = new byte[Integer.BYTES + length - buffer.position()];
            buffer.get(payload);
            return new Body(
                    kind,
                    new String(name, StandardCharsets.UTF_8),
                    new String(digest, StandardCharsets.US_ASCII),
                    payload);
        } catch (RuntimeException e) { // NOPMD: a length field that lies
            return null;
        }
    }

    /**
     * Reads every record, indexing the documents, and cuts off a torn or damaged tail; the settings
     * of the header, or null when the journal is empty or does not start with one.
     */
    private String load() throws IOException {
        long size = channel.size();
        long offset = 0;
        String settings = null;
        ByteBuffer head = ByteBuffer.allocate(Integer.BYTES);
        while (offset < size) {
            head.clear();
            if (read(head, offset) < Integer.BYTES) break;
            int length = head.flip().getInt();
            if (length < 0 || length > MAX_RECORD || offset + 2L * Integer.BYTES + length > size) break;
            ByteBuffer frame = ByteBuffer.allocate(2 * Integer.BYTES + length);
            read(frame, offset);
            Body body = parse(frame.array());
            if (body == null) break;
            if (offset == 0) {
                if (body.kind() != HEADER) break;
                settings = body.source();
            } else if (body.kind() == READ || body.kind() == FAILED) {
                entries.put(
                        body.source(),
                        new Entry(body.source(), body.hash(), body.kind() == FAILED, offset, frame.capacity()));
            }
            offset += frame.capacity();
        }
        if (offset < size) channel.truncate(offset); // the torn tail of a killed run
        end = offset;
        return settings;
    }

    private int read(ByteBuffer buffer, long offset) throws IOException {
        int total = 0;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, offset + total);
            if (n < 0) break;
            total += n;
        }
        return total;
    }

    /** SHA-256 of {@code content}, hex. */
    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    static String settings(String build, Object limits) {
        return FORMAT + "\n" + Objects.requireNonNull(build, "build") + "\n" + limits;
    }
}
