package dev.checkout.email.support;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An email as GreenMail received it, with its parts decoded; attachments are every part that is not text. */
public record ReceivedEmail(String subject, List<String> to, List<String> from, String text, String html,
                            List<Attachment> attachments) {

    public static ReceivedEmail of(MimeMessage message) {
        try {
            Map<String, String> parts = new HashMap<>();
            List<Attachment> attachments = new ArrayList<>();
            collect(message, parts, attachments);
            return new ReceivedEmail(message.getSubject(), addresses(message.getRecipients(MimeMessage.RecipientType.TO)),
                    addresses(message.getFrom()), parts.get("text/plain"), parts.get("text/html"), attachments);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(Part part, Map<String, String> parts, List<Attachment> attachments)
            throws MessagingException, IOException {
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), parts, attachments);
            }
        } else if (!part.isMimeType("text/*")) {
            try (InputStream content = part.getInputStream()) {
                attachments.add(new Attachment(new ContentType(part.getContentType()).getBaseType(), part.getFileName(),
                        content.readAllBytes()));
            }
        } else if (part.isMimeType("text/plain")) {
            parts.put("text/plain", lines(part));
        } else if (part.isMimeType("text/html")) {
            parts.put("text/html", lines(part));
        }
    }

    /** SMTP carries CRLF line ends; the assertions read plain newlines. */
    private static String lines(Part part) throws MessagingException, IOException {
        return ((String) part.getContent()).replace("\r\n", "\n");
    }

    /** A part that is not text: its media type without parameters, its file name and its decoded bytes. */
    public record Attachment(String mediaType, String fileName, byte[] content) {
    }

    private static List<String> addresses(Address[] addresses) {
        return addresses == null ? List.of() : Arrays.stream(addresses)
                .map(address -> address instanceof InternetAddress internet ? internet.getAddress() : address.toString())
                .toList();
    }
}
