package org.zsyz.scorecard.verification;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.zsyz.scorecard.config.ScorecardProperties;
import org.zsyz.scorecard.excel.SafeFiles;

/**
 * The 佐证材料 store: {@code evidence/<first two hex digits>/<sha256>} under the working folder (the folder the
 * portal keeps uploads in), one copy per content. A file arrives in {@code evidence/incoming/} under a generated
 * name and is moved into place only once it is accepted; nothing is ever named after the client's file.
 */
@Component
class EvidenceFiles {

    private final ScorecardProperties settings;

    EvidenceFiles(ScorecardProperties settings) {
        this.settings = settings;
    }

    /** A received file, not yet accepted. {@code tooLarge}: it passed the limit and was deleted. */
    record Received(Path file, String sha256, long size, boolean tooLarge) {}

    Path root() {
        return settings.home().resolve("evidence").toAbsolutePath().normalize();
    }

    /** Copies the stream to an incoming file, hashing as it goes; stops and deletes past {@code limit} bytes. */
    Received receive(InputStream in, long limit) throws IOException {
        Path incoming = SafeFiles.inside(root(), "incoming");
        Files.createDirectories(incoming);
        Path file = incoming.resolve(UUID.randomUUID() + ".part");
        MessageDigest sha = sha256();
        long size = 0;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                size += n;
                if (size > limit) {
                    out.close();
                    Files.deleteIfExists(file);
                    return new Received(null, null, size, true);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return new Received(file, HexFormat.of().formatHex(sha.digest()), size, false);
    }

    /** Moves an accepted file to its place (or drops it when the same content is stored already). */
    void keep(Received received) {
        try {
            Path target = stored(received.sha256());
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                Files.delete(received.file());
            } else {
                Files.move(received.file(), target, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("佐证材料无法保存到工作目录：" + e.getMessage(), e);
        }
    }

    void discard(Received received) {
        if (received != null && received.file() != null) {
            try {
                Files.deleteIfExists(received.file());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Where a content is stored: only ever from a SHA-256 in hex, so always inside {@link #root()}. */
    Path stored(String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return SafeFiles.inside(SafeFiles.inside(root(), sha256.substring(0, 2)), sha256);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
