package org.kneadwell.messaging;

import java.util.Objects;

/**
 * A document sent with a message (a progress report in PDF), as the sender gives it. At most {@link #MAX_BYTES}.
 */
public record Attachment(String fileName, String contentType, byte[] content) {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    public Attachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
        if (content.length == 0 || content.length > MAX_BYTES) {
            throw new IllegalArgumentException("An attachment holds 1 byte to 5 MB, not " + content.length);
        }
        if (fileName.isBlank() || fileName.length() > 200 || !fileName.matches("[A-Za-z0-9._ -]+")) {
            throw new IllegalArgumentException("A plain file name of at most 200 characters");
        }
    }

    /** What a thread shows of an attachment: its id, name and size. */
    public record Listed(java.util.UUID id, String fileName, int sizeBytes) {

        /** "182 KB". */
        public String size() {
            return sizeBytes < 1024 ? sizeBytes + " bytes" : Math.max(1, Math.round(sizeBytes / 1024.0)) + " KB";
        }
    }
}
